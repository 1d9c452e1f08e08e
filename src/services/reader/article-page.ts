import type { Article, Note } from '../../domain/article.js';
import type { Correction } from '../../domain/editorial.js';
import type { Media } from '../../domain/media.js';
import { notFound } from '../../domain/errors.js';
import type { Author, Tag } from '../../domain/people.js';
import { pickRelated } from '../../domain/related.js';
import { sectionAncestry, type Section } from '../../domain/section.js';
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
  related: ListedArticle[];
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

const RELATED_COUNT = 4;

/** A published article by slug; `NotFound` for drafts, scheduled and unknown slugs. */
export async function articlePage(store: Store, clock: Clock, slug: string): Promise<ArticlePage> {
  const now = clock().toISOString();
  const { repos } = store;
  const article = await repos.articles.findPublishedBySlug(slug, 'article', now);
  if (!article) throw notFound(`There is no published article "${slug}".`);
  const [chrome, authors, tags, notes, sameSection, sharingTags] = await Promise.all([
    loadChrome(repos, now),
    repos.articles.authorsOf([article.id]),
    repos.articles.tagsOf([article.id]),
    repos.articles.notesOf(article.id),
    article.sectionId === null
      ? Promise.resolve([])
      : repos.articles.listPublished({ kind: 'article', now, sectionIds: [article.sectionId], limit: RELATED_COUNT + 1, offset: 0 }),
    repos.articles.sharingTags(article.id, now, RELATED_COUNT + 1),
  ]);
  const [corrections, featured] = await Promise.all([repos.corrections.listFor(article.id), featuredImage(store, article.id)]);
  const section = chrome.sections.find((s) => s.id === article.sectionId);
  const related = pickRelated(article.id, sameSection, sharingTags, RELATED_COUNT);
  return {
    chrome,
    article,
    ancestry: section ? sectionAncestry(chrome.sections, section) : [],
    authors: authors.get(article.id) ?? [],
    tags: tags.get(article.id) ?? [],
    notes,
    related: await withListDetails(repos, related, chrome.sections),
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
