import type { ArticleStatus } from './article.js';
import type { ArchiveSnapshot } from './archive-choice.js';
import type { LinkStatus, RedirectHop } from './link-health.js';

/** A cited URL and where it stands, keyed by its normalised form. Times are ISO 8601 UTC. */
export interface LinkRecord {
  url: string;
  status: LinkStatus;
  httpStatus: number | null;
  /** Why it has this status, for editors. */
  reason: string | null;
  firstCheckedAt: string;
  lastCheckedAt: string;
  consecutiveFailures: number;
  firstFailureAt: string | null;
  finalUrl: string | null;
  redirects: RedirectHop[];
  /** A #fragment cited with it did not survive a redirect. */
  fragmentLost: boolean;
  archive: Pick<ArchiveSnapshot, 'url' | 'capturedAt'> | null;
  archiveCheckedAt: string | null;
  archiveError: string | null;
}

/** One check of a link, kept as history. */
export interface LinkCheck {
  url: string;
  checkedAt: string;
  status: LinkStatus;
  /** Whether it counted towards calling the link dead. */
  failure: boolean;
  httpStatus: number | null;
  error: string | null;
  durationMs: number;
  finalUrl: string | null;
  redirects: RedirectHop[];
}

/** A URL as a note cites it: the article, the note, the URL as typed and its access date. */
export interface CitedLink {
  articleId: number;
  articleSlug: string;
  articleTitle: string;
  articleStatus: ArticleStatus;
  noteNumber: number;
  sourceUrl: string;
  accessed: string | null;
}

/** What an article page needs to know about one note's link. */
export interface NoteLinkHealth {
  noteNumber: number;
  /** The normalised link the note's URL is checked as. */
  url: string;
  status: LinkStatus;
  lastCheckedAt: string;
  archiveUrl: string | null;
  archiveCapturedAt: string | null;
}

/** Our own copy of a cited page, taken when its article was published. */
export interface PageSnapshot {
  url: string;
  fetchedAt: string;
  finalUrl: string | null;
  httpStatus: number | null;
  contentType: string | null;
  /** sha256 of the bytes kept, hex. */
  sha256: string | null;
  /** The page's HTML (its first megabyte), null for other content types. */
  html: string | null;
  /** The readable text Firefox's Reader View would show, null when none was found. */
  readableText: string | null;
  title: string | null;
  truncated: boolean;
  /** Why no copy could be made, null when one was. */
  error: string | null;
}
