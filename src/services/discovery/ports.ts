// Ports of discovery: the full-text index and the stored "You may also like" lists.
import type { ArticleSummary } from '../../domain/article.js';
import type { FeaturedImage, MediaSize } from '../../domain/media.js';
import type { Author } from '../../domain/people.js';
import type { RelatedPick, RelatednessInput } from '../../domain/relatedness.js';
import type { SearchQuery } from '../../domain/search-query.js';

/** A published article as the search index holds it, all plain text. */
export interface SearchDocument {
  articleId: number;
  title: string;
  dek: string;
  body: string;
  tags: string;
  authors: string;
}

/** A search with its filters; only published articles dated at or before `now` match. */
export interface SearchRequest {
  query: SearchQuery;
  now: string;
  limit: number;
  offset: number;
  /** A section: its articles and its subsections'. */
  sectionId?: number;
  authorId?: number;
  tagId?: number;
  /** ISO times bounding the publication date: from inclusive, to exclusive. */
  from?: string;
  to?: string;
  /** Only articles in this language. */
  language?: string;
}

/** One result: the article, and its title and a snippet with matches between HIGHLIGHT_START/END. */
export interface SearchHit {
  article: ArticleSummary;
  markedTitle: string;
  markedSnippet: string;
}

/** Full-text search over published articles: SQLite FTS5 or PostgreSQL tsvector behind one port. */
export interface SearchRepository {
  /** Adds or replaces an article's entry. */
  index(document: SearchDocument): Promise<void>;
  /** Adds or replaces many articles' entries, a few statements in all (imports). */
  indexMany(documents: SearchDocument[]): Promise<void>;
  remove(articleId: number): Promise<void>;
  /**
   * One page of ranked hits and how many there are in all; `capped` when more articles
   * matched than are ranked (the newest are), so `total` is a lower bound.
   */
  search(request: SearchRequest): Promise<{ hits: SearchHit[]; total: number; capped: boolean }>;
}

/** Stored "You may also like" lists and the term counts they are computed from. */
export interface RelatedRepository {
  /** Stores (or with null, removes) an article's weighted term counts. */
  setTerms(articleId: number, terms: Record<string, number> | null): Promise<void>;
  /** Every published article that has stored terms; the caller fills in section roots. */
  inputs(): Promise<Array<Omit<RelatednessInput, 'sectionRootId'>>>;
  /** Every stored list, keyed by article id. */
  lists(): Promise<Map<number, RelatedPick[]>>;
  /** Replaces the stored lists of the given articles. */
  replace(lists: Map<number, RelatedPick[]>): Promise<void>;
  /** An article's stored list as summaries, best first, only those published by `now`, with their featured image's sizes (none: []). */
  publishedFor(articleId: number, now: string): Promise<Array<ArticleSummary & { thumbSizes: MediaSize[] }>>;
}

/** The lists readers browse: the home page (sticky first), the whole site (feeds, sitemaps), a section with its subsections, a tag, an author. */
export type ListingScope = 'home' | 'site' | 'section' | 'tag' | 'author' | LanguageScope;

/** The same list of one language's articles (`home@fr`, `section@fr`…; migration 016). */
export type LanguageScope = `${'home' | 'site' | 'section' | 'tag'}@${string}`;

/** One list; `scopeId` is the section, tag or author id (0 for home and site). */
export interface ListingKey {
  scope: ListingScope;
  scopeId: number;
}

/** One page of a list: only articles published by `now`, newest first. */
export interface ListingPageQuery extends ListingKey {
  now: string;
  limit: number;
  offset: number;
  /** Only articles published at or after this ISO time (the news sitemap). */
  since?: string;
}

/** What rewriting some articles' list rows changed. */
export interface ListingChange {
  /** Lists whose members or order changed. */
  lists: ListingKey[];
  /** Whether any list's last-modified time moved. */
  lastModified: boolean;
}

/**
 * Every list a published article appears in, kept on write with its count and newest
 * change, so list pages, counts and feeds cost the same at any archive size.
 */
/** What an article's address and last change are made of (article sitemaps). */
export type ArticleAddress = Pick<ArticleSummary, 'id' | 'kind' | 'slug' | 'publishedAt' | 'createdAt' | 'sectionId' | 'updatedAt' | 'language'>;

export interface ListingRepository {
  /**
   * Rewrites the articles' rows from their current state (none unless published articles),
   * keeping counts exact. Says which lists they entered, left or moved in, and whether a
   * list's newest change moved.
   */
  sync(articleIds: number[]): Promise<ListingChange>;
  /** Takes the articles out of every list (before they are deleted). */
  withdraw(articleIds: number[]): Promise<ListingChange>;
  page(query: ListingPageQuery): Promise<ArticleSummary[]>;
  /** The bylines (in order), approved comment counts and featured images of the articles on that page (`since` not taken), by article id. */
  pageDetails(query: ListingPageQuery): Promise<{ authors: Map<number, Author[]>; approvedComments: Map<number, number>; images: Map<number, FeaturedImage> }>;
  /** The same details for articles already read (a deep page: its offset is walked once, not again for each detail). */
  detailsOf(articleIds: number[]): Promise<{ authors: Map<number, Author[]>; approvedComments: Map<number, number>; images: Map<number, FeaturedImage> }>;
  /** The list's articles with ids from `fromId` to `toId` (inclusive) published by `now`, by id. */
  idRange(query: ListingKey & { now: string; fromId: number; toId: number }): Promise<ArticleSummary[]>;
  /** The same rows with only what an address and its last change need (article sitemaps). */
  addressRange(query: ListingKey & { now: string; fromId: number; toId: number }): Promise<ArticleAddress[]>;
  /** How many articles the list shows by `now`. */
  count(key: ListingKey, now: string): Promise<number>;
  /** The newest update in each non-empty list of a kind (home and site: id 0). */
  lastModified(scope: ListingScope): Promise<Map<number, string>>;
  /** Rebuilds every list from the articles (after a section moved, or bulk writes). */
  rebuildAll(): Promise<void>;
}
