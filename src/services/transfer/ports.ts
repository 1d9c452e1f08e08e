// Ports of imports and exports.
import type { Note } from '../../domain/article.js';
import type { ArticleRecord } from '../articles/ports.js';
import type { NewComment } from '../comments/ports.js';


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

/** A WordPress export to import: its name (for messages) and its text, chunk by chunk. */
export interface WordPressImportInput {
  file: string;
  chunks: AsyncIterable<string>;
  /** Told how many items have been read so far. */
  onItem?: (items: number) => void;
  /**
   * Reads a file of the old site's uploads folder (wp-content/uploads) by its relative path;
   * without it, attachments are counted as skipped.
   */
  readUpload?: (relativePath: string, url?: string) => Promise<Buffer | null>;
}

/** An imported article or page ready to store, with what `writeArticle` would set on it one statement at a time. */
export interface BulkArticle {
  record: ArticleRecord;
  createdAt: string;
  authorIds: number[];
  tagIds: number[];
  notes: Note[];
  lintErrors: number;
  lintWarnings: number;
}

/** One row of provenance, as `ImportSourceRepository.save` takes it. */
export interface ImportSourceRow extends ImportedRecord {
  source: string;
  kind: string;
  externalId: string;
  now: string;
}

/**
 * The writes of an import, many rows a statement: what the one-at-a-time repositories do
 * for a single saved article, for a batch of new ones (a few statements instead of ~25 each).
 */
export interface ImportWriterRepository {
  /** Inserts articles with their bylines, tags, notes and lint counts; returns their ids in order. */
  insertArticles(articles: BulkArticle[]): Promise<number[]>;
  /** Inserts comments (parents must already have ids); returns their ids in order. */
  insertComments(comments: NewComment[]): Promise<number[]>;
  /** Of these slugs, those an article or page already has. */
  takenSlugs(slugs: string[]): Promise<Set<string>>;
  /** Provenance records of one source and kind, by external id. */
  findSources(source: string, kind: string, externalIds: string[]): Promise<Map<string, ImportedRecord>>;
  saveSources(rows: ImportSourceRow[]): Promise<void>;
  /** Of these paths, those a redirect already starts from. */
  redirectedPaths(paths: string[]): Promise<Set<string>>;
  insertRedirects(rows: Array<{ fromPath: string; toPath: string; statusCode: 301; createdAt: string }>): Promise<void>;
  /** Queues jobs, one statement. */
  enqueueJobs(jobs: Array<{ kind: string; payload: unknown; now: string }>): Promise<void>;
  /** Opens or closes comments on many articles, a few statements. */
  setCommentsOpen(rows: Array<{ articleId: number; open: boolean }>): Promise<void>;
  /** Stores many articles' relatedness term counts. */
  setTerms(rows: Array<{ articleId: number; terms: Record<string, number> }>): Promise<void>;
}

/**
 * Rows of whole tables, for the export's records (export/site-records.ts): read in order,
 * inserted as given (without their ids), updated by a key column.
 */
export interface SiteRecordsRepository {
  rows(table: string, orderBy: string[]): Promise<Array<Record<string, unknown>>>;
  insert(table: string, rows: Array<Record<string, unknown>>): Promise<void>;
  update(table: string, keyColumn: string, key: unknown, values: Record<string, unknown>): Promise<void>;
  /** Each row's id by the value of `keyColumn`. */
  idsByKey(table: string, keyColumn: string): Promise<Map<string, number>>;
}
