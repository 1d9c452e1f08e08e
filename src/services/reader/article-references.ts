import { referenceFile } from '../../citations/references/reference-files.js';
import type { Article } from '../../domain/article.js';
import { notFound } from '../../domain/errors.js';
import { articleReferences, type ReferenceFormat } from '../../domain/reference-formats.js';
import type { Clock, Store } from '../ports.js';
import type { ArticlePage } from './article-page.js';
import { loadChrome, type SiteChrome } from './chrome.js';

/** A published article's references as one file. */
export interface ReferencesFile {
  chrome: SiteChrome;
  article: Article;
  count: number;
  body: string;
}

/** The references of a published article in `format`; `NotFound` for drafts, scheduled and unknown slugs. */
export async function articleReferencesFile(store: Store, clock: Clock, slug: string, format: ReferenceFormat): Promise<ReferencesFile> {
  const now = clock().toISOString();
  const found = await store.repos.articles.findForReader(slug, now);
  if (!found) throw notFound(`There is no published article "${slug}".`);
  const [chrome, notes] = await Promise.all([loadChrome(store.repos, now), store.repos.articles.notesOf(found.article.id)]);
  return pageReferencesFile({ chrome, article: found.article, notes }, format);
}

/** The same file made from an article page already loaded (its article and notes): no look-up. */
export async function pageReferencesFile(page: Pick<ArticlePage, 'chrome' | 'article' | 'notes'>, format: ReferenceFormat): Promise<ReferencesFile> {
  const items = articleReferences(page.article.slug, page.notes);
  return { chrome: page.chrome, article: page.article, count: items.length, body: await referenceFile(items, format) };
}
