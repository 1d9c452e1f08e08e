import { readGhostExport } from '../../importers/ghost/ghost-export.js';
import { mapGhostPost } from '../../importers/ghost/map-post.js';
import type { Clock, Store } from '../ports.js';
import { refreshRelatedLists } from '../discovery/related-lists.js';
import { createSummary, type ImportSummary } from './import-summary.js';
import { createImportBatch } from './import-batch.js';
import { defaultNavigation, sectionTally } from './import-navigation.js';
import { createPreparePool } from './prepare-pool.js';
import { ensureTag } from './wordpress-structure.js';

/**
 * Imports a Ghost export (Ghost 1–5) in one transaction: users as authors, tags (each post's
 * primary tag becomes its section), posts and pages with their content from HTML, Lexical or
 * Mobiledoc, in byline order. Importing the same file again adds nothing.
 */
export async function importGhost(store: Store, clock: Clock, input: { file: string; json: string }): Promise<ImportSummary> {
  const data = readGhostExport(input.file, input.json);
  const summary = createSummary();
  // Ghost ids are globally unique ObjectIds, so one source name serves every Ghost site.
  const source = 'ghost';
  const pool = createPreparePool();
  try {
    await store.transaction(async (repos) => {
    const now = clock().toISOString();
    const batch = createImportBatch(repos, clock, source, summary, pool);
    try {
    const tagsBySlug = new Map(data.tags.map((t) => [t.slug, t]));
    for (const user of data.users) {
      if (await repos.authors.findBySlug(user.slug)) summary.count('authors', 'skipped');
      else {
        await repos.authors.insert({ slug: user.slug, name: user.name, bio: user.bio ?? '' }, now);
        summary.count('authors', 'created');
      }
    }
    for (const tag of data.tags) await ensureTag(repos, tag.slug, tag.name, summary);
    const sections = new Set((await repos.sections.all()).map((s) => s.slug));
    const filed = sectionTally();
    for (const post of data.posts) {
      const mapped = mapGhostPost(post, data);
      if ('skip' in mapped) {
        summary.count('other items', 'skipped');
        continue;
      }
      // Ghost's primary tag is the post's section; the tag stays on it too.
      const primary = mapped.kind === 'article' ? mapped.tags[0] : undefined;
      if (primary && !sections.has(primary)) {
        const tag = tagsBySlug.get(primary);
        await repos.sections.insert({ slug: primary, name: tag?.name ?? primary, description: tag?.description ?? '', parentId: null, position: sections.size }, now);
        sections.add(primary);
        summary.count('sections', 'created');
      }
      filed.add(primary);
      await batch.add({
        externalId: mapped.externalId,
        kind: mapped.kind,
        title: mapped.title,
        slug: mapped.slug,
        status: mapped.status,
        publishedAt: mapped.publishedAt,
        updatedAt: mapped.updatedAt,
        excerpt: mapped.excerpt,
        sticky: mapped.featured,
        sectionSlug: primary ?? null,
        tagSlugs: mapped.tags,
        authorSlugs: mapped.authors,
        body: mapped.body,
        oldPaths: mapped.kind === 'page' ? [] : [`/${mapped.slug}/`, `/${mapped.slug}`],
        warnings: mapped.warnings,
      }, `${input.file} (post ${mapped.slug})`);
    }
    await batch.flush();
    const header = await defaultNavigation(repos, filed.counts);
    if (header) summary.warnings.push(`The site has more sections than fit in the header: it links to ${header.length} of them (${header.join(', ')}), those with most articles; choose others with \`dossier settings set navigationSections '["slug", …]'\`.`);
    if (Object.values(summary.kinds).some((c) => c.created + c.updated > 0)) await refreshRelatedLists(repos, clock());
    } catch (error) {
      // Batches may still be rendering or writing: let them finish before the rollback.
      await batch.idle();
      throw error;
    }
    });
  } finally {
    await pool.close();
  }
  return summary;
}
