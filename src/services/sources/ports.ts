import type { ArchiveSnapshot } from '../../domain/archive-choice.js';
import type { LinkCapture } from '../../domain/capture.js';
import type { ArticleKind } from '../../domain/article.js';
import type { FetchOutcome, LinkStatus } from '../../domain/link-health.js';
import type { CitedLink, LinkCheck, LinkRecord, NoteLinkHealth, PageSnapshot } from '../../domain/link-record.js';

/** A written URL and the fragment it carried, as mapped to its link. */
export interface LinkSource {
  sourceUrl: string;
  fragment: string | null;
}

/** A checked link and one published article citing it. */
export interface CitedSourceRow {
  url: string;
  status: LinkStatus;
  lastCheckedAt: string;
  archiveUrl: string | null;
  article: { id: number; slug: string; title: string; kind: ArticleKind; publishedAt: string | null; createdAt: string; sectionId: number | null };
}

/** Cited links, their check history and our page copies. */
export interface LinkRepository {
  /** Every http(s)-looking URL notes cite, with article and access date; one article when named; published articles' only when asked. */
  citedLinks(filter: { articleSlug?: string; articleId?: number; publishedOnly?: boolean }): Promise<CitedLink[]>;
  findMany(urls: string[]): Promise<LinkRecord[]>;
  /** When each known link was last checked. */
  lastChecked(): Promise<Map<string, string>>;
  /** Writes the link's new state, one history row, and the written forms that map to it. */
  saveCheck(link: LinkRecord, check: LinkCheck, sources: LinkSource[]): Promise<number[]>;
  /** A link's checks, newest first. */
  history(url: string, limit: number): Promise<LinkCheck[]>;
  /** Status and archive of each note of an article whose link has been checked (one query). */
  noteHealth(articleId: number): Promise<NoteLinkHealth[]>;
  /**
   * Up to `limit` checked links published articles cite, by URL after `after` (a walk of the
   * primary key), as (link, citing article) rows: every published article citing each.
   */
  citedSources(after: string, limit: number, now: string): Promise<CitedSourceRow[]>;
  saveSnapshot(snapshot: PageSnapshot): Promise<void>;
  /** Copies of these URLs, newest first (without their HTML and text when `full` is false). */
  snapshots(urls: string[], full: boolean): Promise<PageSnapshot[]>;
}

/** Save Page Now requests per cited link, one row per normalised URL. */
export interface CaptureRepository {
  /** The latest capture of each of these URLs (those that have one). */
  findMany(urls: string[]): Promise<LinkCapture[]>;
  /** Writes a link's capture (replacing the one before); returns the articles whose notes cite it as `sourceUrls`. */
  save(capture: LinkCapture, sourceUrls: string[]): Promise<number[]>;
  /** How many links' captures are pending, captured and failed. */
  countByStatus(): Promise<Record<LinkCapture['status'], number>>;
  /** The most recent failed captures, newest first. */
  failures(limit: number): Promise<LinkCapture[]>;
}

/** Checks one URL over the network; reports every failure in the outcome. */
export interface LinkProbe {
  check(url: string): Promise<FetchOutcome>;
}

/** Asks a web archive for the capture closest to a timestamp (YYYYMMDD[hhmmss], '' = newest). */
export interface ArchiveLookup {
  closest(url: string, timestamp: string): Promise<{ ok: true; snapshot: ArchiveSnapshot | null } | { ok: false; error: string }>;
}

/** Fetches a page and makes our own copy of it; never throws. */
export interface PageCopier {
  copy(url: string): Promise<Omit<PageSnapshot, 'url' | 'fetchedAt'>>;
}

/** The network side of link health, handed to the link services. */
export interface LinkTools {
  probe: LinkProbe;
  archive: ArchiveLookup;
  copier: PageCopier;
}

/** Puts notes into a citation style; the one definition lives beside its worker-thread implementation. */
export type { CitationFormatter } from '../../citations/styles/citation-formatter.js';
