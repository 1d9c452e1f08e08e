import { readGhostExport } from '../../importers/ghost/ghost-export.js';
import { mapGhostPost } from '../../importers/ghost/map-post.js';
import type { Clock, Store } from '../ports.js';
import { refreshRelatedLists } from '../discovery/related-lists.js';
import { createSummary, type ImportSummary } from './import-summary.js';
import { authorPath, tagPath } from '../../domain/permalinks.js';
import type { MediaTools } from '../media/ports.js';
import type { Repositories } from '../ports.js';
import { importGhostImage, resolveGhostImage, type ReadGhostContent } from './ghost-media.js';
import { ghostShareCard } from './ghost-share-card.js';
import { createImportBatch } from './import-batch.js';
import { defaultNavigation, sectionTally } from './import-navigation.js';
import { createPreparePool } from './prepare-pool.js';
import { ensureTag } from './wordpress-structure.js';

/** A Ghost export to import, and optionally a copy of the site's `content` folder for its images. */
export interface GhostImportInput {
  file: string;
  json: string;
  readContent?: ReadGhostContent;
}

/** A 301 from a Ghost address, unless one exists. */
async function redirect(repos: Repositories, from: string, to: string, now: string, summary: ReturnType<typeof createSummary>): Promise<void> {
  if (await repos.redirects.find(from)) summary.count('redirects', 'skipped');
  else {
    await repos.redirects.insert({ fromPath: from, toPath: to, statusCode: 301 }, now);
    summary.count('redirects', 'created');
  }
}

/**
 * Imports a Ghost export (Ghost 1–5) in one transaction: users as authors, tags (each post's
 * primary tag becomes its section), posts and pages with their content from HTML, Lexical or
 * Mobiledoc, in byline order. Importing the same file again adds nothing.
 */
export async function importGhost(store: Store, clock: Clock, input: GhostImportInput, media?: MediaTools): Promise<ImportSummary> {
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
        const where = `${input.file} (user ${user.slug})`;
        const avatar = user.profile_image?.trim() ? await resolveGhostImage(repos, clock, user.profile_image.trim(), user.name, input.readContent, media, where, summary, 'profile image') : null;
        await repos.authors.insert({ slug: user.slug, name: user.name, bio: user.bio ?? '', avatarMediaId: avatar?.mediaId ?? null, avatarUrl: avatar && avatar.mediaId === null ? avatar.url : null }, now);
        summary.count('authors', 'created');
        if (avatar && avatar.mediaId === null && avatar.url) summary.warnings.push(`${where}: the profile image of ${user.name} is kept at its address, not copied into the media library: ${avatar.url}`);
        if (avatar && 'dropped' in avatar) {
          summary.warnings.push(`${where}: the profile image of ${user.name} (${user.profile_image}) was not kept: ${avatar.dropped}.`);
          summary.count('authors', 'lossy');
        }
      }
      await redirect(repos, `/author/${user.slug}/`, authorPath(user.slug), now, summary);
    }
    for (const tag of data.tags) {
      await ensureTag(repos, tag.slug, tag.name, summary);
      await redirect(repos, `/tag/${tag.slug}/`, tagPath(tag.slug), now, summary);
    }
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
      const where = `${input.file} (post ${mapped.slug})`;
      const image = mapped.featureImage;
      const mediaId = image ? await importGhostImage(repos, clock, image, input.readContent, media, where, summary) : null;
      let body = mapped.body;
      const warnings = [...mapped.warnings];
      if (image && mediaId === null) {
        // Not as media (no content folder, or not found in it): kept at the top of the body.
        body = `![${image.alt.replace(/[[\]]/g, '')}](${image.url.replace('__GHOST_URL__', '').replace(/[()\s]/g, encodeURIComponent)}${image.caption ? ` "${image.caption.replace(/"/g, '\\"')}"` : ''})\n\n${body}`;
        warnings.push(`its feature image was kept at the top of the body, not as the featured image: give a copy of the Ghost site's content folder with --content DIR to import it as media`);
      }
      const shareCard = mapped.shareCard ? await ghostShareCard(repos, clock, mapped.shareCard, input.readContent, media, where, summary, warnings) : null;
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
        body,
        oldPaths: [`/${mapped.slug}/`, ...(mapped.kind === 'page' ? [] : [`/${mapped.slug}`])],
        warnings,
        lossy: mapped.lossy || Boolean(image && mediaId === null) || Boolean(shareCard?.lossy),
      }, where, async (articleId) => {
        const fields = {
          ...(mapped.seoTitle ? { seoTitle: mapped.seoTitle.slice(0, 300) } : {}),
          ...(mapped.seoDescription ? { seoDescription: mapped.seoDescription.slice(0, 500) } : {}),
          ...(mediaId !== null ? { featuredMediaId: mediaId, featuredAlt: image?.alt || null, featuredCaption: image?.caption || null } : {}),
          ...(shareCard ? { shareCard: shareCard.card } : {}),
        };
        if (Object.keys(fields).length > 0) await repos.editorial.set(articleId, fields);
      });
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
