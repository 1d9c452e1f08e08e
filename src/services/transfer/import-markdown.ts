import type { MarkdownArticle } from '../../importers/markdown/read-markdown-file.js';
import type { Clock, Repositories, Store } from '../ports.js';
import { refreshRelatedLists } from '../discovery/related-lists.js';
import { createSummary, type ImportSummary } from './import-summary.js';
import { createImportBatch } from './import-batch.js';
import { createPreparePool } from './prepare-pool.js';
import { ensureTag } from './wordpress-structure.js';
import { sectionSlug } from '../../importers/markdown/front-matter-keys.js';

const titleCase = (slug: string) => slug.split('-').map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join(' ');

/**
 * The sections of a path such as ['News', 'Local'], each under the one before (created when
 * missing); returns the last one's slug. A slug already used under another parent is kept
 * where it is, and said.
 */
async function ensureSections(repos: Repositories, names: string[], now: string, summary: ReturnType<typeof createSummary>, where: string, known: Map<string, { id: number; parentId: number | null }>): Promise<string | null> {
  let parent: { id: number; slug: string } | null = null;
  for (const name of names) {
    const slug = sectionSlug(name);
    const existing = known.get(slug);
    if (existing) {
      if (existing.parentId !== (parent?.id ?? null)) summary.warnings.push(`${where}: the section "${slug}" already exists ${parent ? `outside "${parent.slug}"` : 'inside another section'}; the article was put in it where it is.`);
      parent = { id: existing.id, slug };
      continue;
    }
    const id = await repos.sections.insert({ slug, name: name.includes(' ') || name !== name.toLowerCase() ? name : titleCase(slug), description: '', parentId: parent?.id ?? null, position: 0 }, now);
    known.set(slug, { id, parentId: parent?.id ?? null });
    summary.count('sections', 'created');
    parent = { id, slug };
  }
  return parent?.slug ?? null;
}

async function ensureAuthor(repos: Repositories, slug: string, now: string, summary: ReturnType<typeof createSummary>, known: Set<string>): Promise<void> {
  if (known.has(slug)) return;
  known.add(slug);
  if (await repos.authors.findBySlug(slug)) return;
  await repos.authors.insert({ slug, name: titleCase(slug), bio: '' }, now);
  summary.count('authors', 'created');
}

/**
 * Imports Markdown files (one article each, already read) in one transaction; sections,
 * tags and authors they name are created when missing. Files are keyed by their path
 * relative to the folder, so importing the folder again updates rather than duplicates.
 */
export async function importMarkdown(store: Store, clock: Clock, input: { folder: string; articles: MarkdownArticle[] }): Promise<ImportSummary> {
  const summary = createSummary();
  const pool = createPreparePool();
  try {
    await store.transaction(async (repos) => {
    const now = clock().toISOString();
    const batch = createImportBatch(repos, clock, `markdown:${input.folder}`, summary, pool);
    try {
    const authors = new Set<string>();
    // Read once, not once an article: only this import adds sections while it runs.
    const sections = new Map((await repos.sections.all()).map((s) => [s.slug, { id: s.id, parentId: s.parentId }]));
    for (const article of input.articles) {
      const section = await ensureSections(repos, article.sections, now, summary, article.file, sections);
      for (const author of article.authors) await ensureAuthor(repos, author, now, summary, authors);
      const tags: string[] = [];
      for (const tag of article.tags) tags.push(await ensureTag(repos, tag, titleCase(tag), summary, true));
      await batch.add({
        externalId: article.file,
        kind: article.kind,
        title: article.title,
        slug: article.slug,
        status: article.status,
        publishedAt: article.publishedAt ?? (article.status === 'published' ? now : null),
        updatedAt: article.updatedAt,
        excerpt: article.excerpt,
        dek: article.dek,
        sticky: false,
        sectionSlug: section,
        ...(article.language ? { language: article.language } : {}),
        tagSlugs: tags,
        authorSlugs: article.authors,
        body: article.body,
        oldPaths: article.oldPaths,
        warnings: article.warnings,
      }, article.file);
    }
    await batch.flush();
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
