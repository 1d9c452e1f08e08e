import type { FormatItem } from '../citations/styles/format-request.js';
import type { Comment, CommentStatus, PublicComment } from '../domain/comment.js';
import type { Job, JobStatus } from '../domain/job.js';
import type { Article, ArticleKind, ArticleStatus, ArticleSummary, Note } from '../domain/article.js';
import type { Author, Redirect, Tag } from '../domain/people.js';
import type { RelatednessInput, RelatedPick } from '../domain/relatedness.js';
import type { SearchQuery } from '../domain/search-query.js';
import type { Section } from '../domain/section.js';
import type { LinkRepository } from './links/link-ports.js';

export type { LinkRepository } from './links/link-ports.js';
import type {
  CorrectionRepository, EditorialRepository, LoginFailureRepository, MediaRepository, RevisionRepository,
  SessionRepository, StructureAdminRepository, UserRepository,
} from './admin/admin-ports.js';

export type * from './admin/admin-ports.js';

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
  /** Sticky articles first (the home page). */
  stickyFirst?: boolean;
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
  /** Turns scheduled articles dated at or before `now` into published ones; returns their ids. */
  publishDue(now: string): Promise<number[]>;
  insert(record: ArticleRecord, createdAt: string): Promise<number>;
  update(id: number, record: ArticleRecord): Promise<void>;
  setAuthors(articleId: number, authorIds: number[]): Promise<void>;
  setTags(articleId: number, tagIds: number[]): Promise<void>;
  setNotes(articleId: number, notes: Note[]): Promise<void>;
  /**
   * Stores notes rendered in a citation style. A note whose text changed since it was
   * rendered (the writer saved again meanwhile) is left alone; returns how many were stored.
   */
  setStyledNotes(articleId: number, notes: Array<{ number: number; rawText: string; html: string; style: string }>): Promise<number>;
  /** Ids of articles and pages that have at least one note. */
  idsWithNotes(): Promise<number[]>;
  findById(id: number): Promise<Article | null>;
  /** Every article and page in any status, oldest first (for export). */
  listAll(): Promise<Article[]>;
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
  /** `email` (never shown) is where comment notifications go. */
  insert(author: Omit<Author, 'id'> & { email?: string | null }, createdAt: string): Promise<number>;
  all(): Promise<Author[]>;
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
  /** Every redirect, by old path. */
  all(): Promise<Redirect[]>;
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
  jobs: JobRepository;
  importSources: ImportSourceRepository;
  links: LinkRepository;
  comments: CommentRepository;
  commentAttempts: CommentAttemptRepository;
  search: SearchRepository;
  related: RelatedRepository;
  // The editorial admin (services/admin/admin-ports.ts).
  users: UserRepository;
  sessions: SessionRepository;
  loginFailures: LoginFailureRepository;
  revisions: RevisionRepository;
  corrections: CorrectionRepository;
  media: MediaRepository;
  editorial: EditorialRepository;
  structureAdmin: StructureAdminRepository;
}

/** Storage as services see it: repositories, and a way to run work in one transaction. */
export interface Store {
  repos: Repositories;
  /** Runs `work` in one transaction: all of its writes land, or none do. */
  transaction<T>(work: (repos: Repositories) => Promise<T>): Promise<T>;
}

/** The current time; injected so tests can fix it. */
export type Clock = () => Date;

/** A job to add to the queue. */
export interface NewJob {
  kind: string;
  payload?: unknown;
  /** When set, no second pending or running job with the same key is added. */
  uniqueKey?: string;
  runAt?: string;
  maxAttempts?: number;
}

/** The background job queue. */
export interface JobRepository {
  /** Adds a job; returns its id, or null when an active job already holds `uniqueKey`. */
  enqueue(job: NewJob, now: string): Promise<number | null>;
  /** Marks the next due pending job running for `workerId` and returns it; never the same job to two workers. */
  claimNext(workerId: string, now: string): Promise<Job | null>;
  complete(id: number, now: string): Promise<void>;
  /** Records a failure: back to pending at `retryAt`, or failed for good when it is null. */
  fail(id: number, error: string, retryAt: string | null, now: string): Promise<void>;
  /** Returns running jobs locked before `lockedBefore` (their worker died) to pending. */
  releaseStale(lockedBefore: string, now: string): Promise<number>;
  list(filter: { status?: JobStatus; kind?: string; limit: number }): Promise<Job[]>;
  countByStatus(): Promise<Record<JobStatus, number>>;
}

/** Puts notes into a citation style; implemented off the main thread in citations/styles. */
export interface CitationFormatter {
  format(styleName: string, language: string, items: FormatItem[]): Promise<string[]>;
}

/** A record created by an import, keyed by where it came from. */
export interface ImportedRecord {
  localId: number;
  checksum: string;
}

/** Remembers imported records so that importing the same file again adds nothing. */
export interface ImportSourceRepository {
  find(source: string, kind: string, externalId: string): Promise<ImportedRecord | null>;
  save(source: string, kind: string, externalId: string, record: ImportedRecord, now: string): Promise<void>;
}

/** A comment to store. */
export interface NewComment extends Omit<Comment, 'id'> {
  /** Salted hash of the sender's IP address; the address itself is never stored. */
  ipHash: string;
  /** Hash of the sender's browser token, so they alone see it while it is pending. */
  authorTokenHash: string | null;
}

/** A comment with the slug of its article, for moderators. */
export interface CommentListing extends Comment {
  articleSlug: string;
}

/** An approved comment with what a feed needs of its article. */
export interface FeedComment extends PublicComment {
  article: Pick<ArticleSummary, 'slug' | 'title' | 'kind' | 'publishedAt' | 'createdAt' | 'sectionId'>;
}

/** Reader comments and the per-article comment switch. */
export interface CommentRepository {
  insert(comment: NewComment): Promise<number>;
  findById(id: number): Promise<Comment | null>;
  /** A comment with what a notification needs of its article. */
  findWithArticle(id: number): Promise<{ comment: Comment; article: FeedComment['article'] } | null>;
  /** An article's approved comments, plus the pending ones sent with `authorTokenHash`; no emails. */
  visibleOn(articleId: number, authorTokenHash: string | null): Promise<PublicComment[]>;
  /** How many approved comments each article has (articles without any are absent). */
  countApproved(articleIds: number[]): Promise<Map<number, number>>;
  /** Whether this (lower-cased) email has an approved comment anywhere on the site. */
  hasApproved(email: string): Promise<boolean>;
  /** Sets the status of the comments; returns the ids that exist. */
  setStatus(ids: number[], status: CommentStatus, now: string): Promise<number[]>;
  /** Newest first. */
  list(filter: { status?: CommentStatus; limit: number }): Promise<CommentListing[]>;
  /** Newest approved comments on published articles (on one article when given). */
  latestApproved(filter: { articleId?: number; now: string; limit: number }): Promise<FeedComment[]>;
  /** Whether the article takes comments (its own switch; settings may still close it). */
  isOpen(articleId: number): Promise<boolean>;
  setOpen(articleId: number, open: boolean): Promise<void>;
  /** Emails of the article's authors that have one, in byline order. */
  authorEmails(articleId: number): Promise<string[]>;
}

/** Comment attempts per IP hash, for the rate limit shared by every process. */
export interface CommentAttemptRepository {
  record(ipHash: string, at: string): Promise<void>;
  /** Attempts by `ipHash` at or after `since`, and the time of the oldest of them. */
  since(ipHash: string, since: string): Promise<{ count: number; oldest: string | null }>;
  /** Forgets attempts older than `before`. */
  prune(before: string): Promise<void>;
}

/** An email to send. */
export interface MailMessage {
  to: string[];
  subject: string;
  text: string;
  replyTo?: string;
}

/** Sends email (SMTP in production); throwing fails the job that sends, which is retried. */
export interface Mailer {
  send(message: MailMessage): Promise<void>;
}
