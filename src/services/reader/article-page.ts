import type { Article, Note } from '../../domain/article.js';
import type { Correction } from '../../domain/editorial.js';
import type { Media } from '../../domain/media.js';
import { notFound } from '../../domain/errors.js';
import type { NoteLinkHealth } from '../../domain/link-record.js';
import type { Author, Tag } from '../../domain/people.js';
import { sectionAncestry, type Section } from '../../domain/section.js';
import type { CommentKeys } from '../comments/comment-keys.js';
import { loadCommentSection, type CommentSection, type CommentViewer } from '../comments/comment-section.js';
import type { Clock, Store } from '../ports.js';
import { loadChrome, type SiteChrome } from './chrome.js';
import { withListDetails, type ListedArticle } from './listed-article.js';

/** Everything an article page shows. */
export interface ArticlePage {
  chrome: SiteChrome;
  article: Article;
  /** Sections from the top down to the article's own. */
  ancestry: Section[];
  authors: Author[];
  tags: Tag[];
  notes: Note[];
  /** Checked notes' link status and archived copy, by note number. */
  noteLinks: NoteLinkHealth[];
  related: ListedArticle[];
  comments: CommentSection;
  /** Public corrections and updates, oldest first. */
  corrections: Correction[];
  /** The featured image and the alt text to show with it. */
  featured: { media: Media; alt: string } | null;
}

/** A standalone page (About, Contact). */
export interface StandalonePage {
  chrome: SiteChrome;
  page: Article;
}

/**
 * A published article by slug, with the comment thread as `viewer` sees it; `NotFound`
 * for drafts, scheduled and unknown slugs, and for a comment page that does not exist.
 */
export async function articlePage(store: Store, clock: Clock, slug: string, viewer: CommentViewer, commentKeys: () => Promise<CommentKeys>): Promise<ArticlePage> {
  const time = clock();
  const now = time.toISOString();
  const { repos } = store;
  const article = await repos.articles.findPublishedBySlug(slug, 'article', now);
  if (!article) throw notFound(`There is no published article "${slug}".`);
  const [chrome, authors, tags, notes, noteLinks, related] = await Promise.all([
    loadChrome(repos, now),
    repos.articles.authorsOf([article.id]),
    repos.articles.tagsOf([article.id]),
    repos.articles.notesOf(article.id),
    repos.links.noteHealth(article.id),
    repos.related.publishedFor(article.id, now),
  ]);
  const [corrections, featured] = await Promise.all([repos.corrections.listFor(article.id), featuredImage(store, article.id)]);
  const section = chrome.sections.find((s) => s.id === article.sectionId);
  // Related lists are computed on write (save, publication, import, `dossier related rebuild`), never here.
  const [relatedItems, comments] = await Promise.all([
    withListDetails(repos, related, chrome.sections),
    commentKeys().then((keys) => loadCommentSection(repos, keys, article, chrome.settings, viewer, time)),
  ]);
  return {
    chrome,
    article,
    ancestry: section ? sectionAncestry(chrome.sections, section) : [],
    authors: authors.get(article.id) ?? [],
    tags: tags.get(article.id) ?? [],
    notes,
    noteLinks,
    related: relatedItems,
    comments,
    corrections,
    featured,
  };
}

async function featuredImage(store: Store, articleId: number): Promise<ArticlePage['featured']> {
  const editorial = await store.repos.editorial.find(articleId);
  if (!editorial?.featuredMediaId) return null;
  const media = await store.repos.media.findById(editorial.featuredMediaId);
  return media ? { media, alt: editorial.featuredAlt ?? media.alt } : null;
}

/** A published standalone page by slug. */
export async function standalonePage(store: Store, clock: Clock, slug: string): Promise<StandalonePage> {
  const now = clock().toISOString();
  const page = await store.repos.articles.findPublishedBySlug(slug, 'page', now);
  if (!page) throw notFound(`There is no page "${slug}".`);
  return { chrome: await loadChrome(store.repos, now), page };
}
