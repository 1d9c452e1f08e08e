import { forbidden, m, notFound } from '../../domain/errors.js';
import { sectionAncestry } from '../../domain/section.js';
import { canArticle } from '../../policies/articles.js';
import type { UserActor } from '../../policies/policy.js';
import type { Clock, Store } from '../ports.js';
import type { ArticlePage } from '../reader/article-page.js';
import { loadChrome } from '../reader/chrome.js';
import { articleResource } from './save-article.js';

/**
 * The public article page for an article in any state (a draft, a scheduled one), for
 * the editor's "Preview" — exactly what readers will see, without "You may also like".
 */
export async function previewArticlePage(store: Store, clock: Clock, actor: UserActor, id: number): Promise<ArticlePage> {
  const { repos } = store;
  const article = await repos.editorial.findArticle(id);
  if (!article || article.kind !== 'article') throw notFound(m`There is no such article.`);
  if (!canArticle(actor, 'edit', await articleResource(repos, article))) throw forbidden(m`You may not preview this article.`);
  const [chrome, authors, tags, notes, corrections, editorial] = await Promise.all([
    loadChrome(repos, clock().toISOString()), repos.articles.authorsOf([id]), repos.articles.tagsOf([id]), repos.articles.notesOf(id),
    repos.corrections.listFor(id), repos.editorial.find(id),
  ]);
  const media = editorial?.featuredMediaId ? await repos.media.findById(editorial.featuredMediaId) : null;
  const section = chrome.sections.find((s) => s.id === article.sectionId);
  return {
    chrome,
    article,
    ancestry: section ? sectionAncestry(chrome.sections, section) : [],
    authors: authors.get(id) ?? [],
    tags: tags.get(id) ?? [],
    notes,
    related: [],
    noteLinks: [],
    // A preview shows no reader comments, and no form to write one.
    comments: { count: 0, thread: { nodes: [], page: 1, pageCount: 1 }, closed: 'article', formToken: null, replyTo: null },
    corrections,
    featured: media ? { media, alt: editorial?.featuredAlt ?? media.alt } : null,
    translations: [],
  };
}
