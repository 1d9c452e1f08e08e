import type { Article, ArticleKind, ArticleStatus, ArticleSummary, Note } from '../domain/article.js';
import type { Author, Redirect, Tag } from '../domain/people.js';
import type { RelatednessInput, RelatedPick } from '../domain/relatedness.js';
import type { SearchQuery } from '../domain/search-query.js';
import type { Section } from '../domain/section.js';

/** Filters for a list of public articles, newest first. */
export interface PublishedListQuery {
  kind: ArticleKind;
  /** ISO time; only articles published at or before it are listed. */
  now: string;
  limit: number;
  offset: number;
  sectionIds?: number[];
  tagId?: number;
  authorId?: number;
}

/** Everything written when an article is saved. */
export type ArticleRecord = Omit<Article, 'id' | 'createdAt'>;

/** Articles and pages with their authors, tags and notes. */
export interface ArticleRepository {
  /** One page of published articles or pages, newest first. */
  listPublished(query: PublishedListQuery): Promise<ArticleSummary[]>;
  /** How many items `listPublished` has in all for the same filters. */
  countPublished(query: Omit<PublishedListQuery, 'limit' | 'offset'>): Promise<number>;
  findPublishedBySlug(slug: string, kind: ArticleKind, now: string): Promise<Article | null>;
  findBySlug(slug: string): Promise<Article | null>;
  authorsOf(articleIds: number[]): Promise<Map<number, Author[]>>;
  tagsOf(articleIds: number[]): Promise<Map<number, Tag[]>>;
  notesOf(articleId: number): Promise<Note[]>;
  /** Published articles sharing tags with `articleId`, most shared tags first, then newest. */
  sharingTags(articleId: number, now: string, limit: number): Promise<ArticleSummary[]>;
  count(): Promise<number>;
  insert(record: ArticleRecord, createdAt: string): Promise<number>;
  update(id: number, record: ArticleRecord): Promise<void>;
  setAuthors(articleId: number, authorIds: number[]): Promise<void>;
  setTags(articleId: number, tagIds: number[]): Promise<void>;
  setNotes(articleId: number, notes: Note[]): Promise<void>;
  findById(id: number): Promise<Article | null>;
  setStatus(id: number, status: ArticleStatus, updatedAt: string): Promise<void>;
  /** Deletes an article with its authors, tags, notes and related lists. */
  remove(id: number): Promise<void>;
  /** Rendered bodies by article id, for feeds. */
  bodiesOf(articleIds: number[]): Promise<Map<number, string>>;
  /** Notes of several articles, by article id. */
  notesOfMany(articleIds: number[]): Promise<Map<number, Note[]>>;
  /** Newest `updated_at` of published articles per section, tag or author id. */
  lastModifiedBy(group: 'section' | 'tag' | 'author', now: string): Promise<Map<number, string>>;
}

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

/** Sections of the site. */
export interface SectionRepository {
  all(): Promise<Section[]>;
  insert(section: Omit<Section, 'id'>, createdAt: string): Promise<number>;
}

/** Authors. */
export interface AuthorRepository {
  findBySlug(slug: string): Promise<Author | null>;
  findManyBySlugs(slugs: string[]): Promise<Author[]>;
  all(): Promise<Author[]>;
  insert(author: Omit<Author, 'id'>, createdAt: string): Promise<number>;
}

/** Tags. */
export interface TagRepository {
  findBySlug(slug: string): Promise<Tag | null>;
  findManyBySlugs(slugs: string[]): Promise<Tag[]>;
  all(): Promise<Tag[]>;
  insert(tag: Omit<Tag, 'id'>): Promise<number>;
}

/** Old paths mapped to new ones. */
export interface RedirectRepository {
  find(fromPath: string): Promise<Redirect | null>;
  insert(redirect: Redirect, createdAt: string): Promise<void>;
}

/** Site settings as stored key/value pairs. */
export interface SettingsRepository {
  all(): Promise<Record<string, unknown>>;
  set(key: string, value: unknown): Promise<void>;
}

/** Every repository, bound to one connection or transaction. */
export interface Repositories {
  articles: ArticleRepository;
  sections: SectionRepository;
  authors: AuthorRepository;
  tags: TagRepository;
  redirects: RedirectRepository;
  settings: SettingsRepository;
  search: SearchRepository;
  related: RelatedRepository;
}

/** Storage as services see it: repositories, and a way to run work in one transaction. */
export interface Store {
  repos: Repositories;
  /** Runs `work` in one transaction: all of its writes land, or none do. */
  transaction<T>(work: (repos: Repositories) => Promise<T>): Promise<T>;
}

/** The current time; injected so tests can fix it. */
export type Clock = () => Date;
