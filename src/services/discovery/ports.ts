// Ports of discovery: the full-text index and the stored "You may also like" lists.
import type { ArticleSummary } from '../../domain/article.js';
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
  sectionIds?: number[];
  authorId?: number;
  tagId?: number;
  /** ISO times bounding the publication date: from inclusive, to exclusive. */
  from?: string;
  to?: string;
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
  remove(articleId: number): Promise<void>;
  /** One page of ranked hits and how many there are in all. */
  search(request: SearchRequest): Promise<{ hits: SearchHit[]; total: number }>;
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
  /** An article's stored list as summaries, best first, only those published by `now`. */
  publishedFor(articleId: number, now: string): Promise<ArticleSummary[]>;
}
