import type { MarkdownArticle } from '../../importers/markdown/read-markdown-file.js';
import type { Clock, Repositories, Store } from '../ports.js';
import { refreshRelatedLists } from '../discovery/related-lists.js';
import { createSummary, type ImportSummary } from './import-summary.js';
import { createImportBatch } from './import-batch.js';
import { createPreparePool } from './prepare-pool.js';
import { ensureTag } from './wordpress-structure.js';

const titleCase = (slug: string) => slug.split('-').map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join(' ');

async function ensureSection(repos: Repositories, slug: string, now: string, summary: ReturnType<typeof createSummary>, known: Set<string>): Promise<void> {
  if (known.has(slug)) return;
  known.add(slug);
  if ((await repos.sections.all()).some((s) => s.slug === slug)) return;
  await repos.sections.insert({ slug, name: titleCase(slug), description: '', parentId: null, position: 0 }, now);
  summary.count('sections', 'created');
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
    const sections = new Set<string>();
    const authors = new Set<string>();
    for (const article of input.articles) {
      if (article.section) await ensureSection(repos, article.section, now, summary, sections);
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
        sectionSlug: article.section,
        tagSlugs: tags,
        authorSlugs: article.authors,
        body: article.body,
        oldPaths: [],
        warnings: [],
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
