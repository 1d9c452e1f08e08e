import type { Article, ArticleKind, ArticleSummary, Note } from '../domain/article.js';
import type { FormatItem } from '../citations/styles/format-request.js';
import type { Job, JobStatus } from '../domain/job.js';
import type { Author, Redirect, Tag } from '../domain/people.js';
import type { Section } from '../domain/section.js';
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
  insert(author: Omit<Author, 'id'>, createdAt: string): Promise<number>;
}

/** Tags. */
export interface TagRepository {
  findBySlug(slug: string): Promise<Tag | null>;
  findManyBySlugs(slugs: string[]): Promise<Tag[]>;
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
  jobs: JobRepository;
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
