import type { FetchOutcome } from '../../domain/link-health.js';
import { createArchiveClient, type ArchiveAnswer } from './archive-client.js';
import { createLinkChecker, outboundOf, type LinkCheckerOptions } from './link-checker.js';
import type { PageCopy } from './page-copy.js';

/** How the network side of link health is set up. */
export interface LinkToolOptions extends Omit<LinkCheckerOptions, 'outbound'> {
  /** Base URL of the Wayback availability API (default `https://archive.org`). */
  archiveApiUrl?: string;
}

/** Checker, archive client and page copier, sharing one identity and politeness. */
export interface LinkToolSet {
  probe: { check(url: string): Promise<FetchOutcome> };
  archive: { closest(url: string, timestamp: string): Promise<ArchiveAnswer> };
  copier: { copy(url: string): Promise<PageCopy> };
}

/** The default archive: the Internet Archive's Wayback Machine. */
export const DEFAULT_ARCHIVE_API_URL = 'https://archive.org';

/** Builds the link tools one process uses (one robots.txt cache, one per-host gate). */
export function createLinkTools(options: LinkToolOptions = {}): LinkToolSet {
  // One guarded fetch for checks, robots.txt, page copies and archive look-ups alike.
  const outbound = outboundOf(options);
  const checker = createLinkChecker({ ...options, outbound });
  const archive = createArchiveClient({
    baseUrl: options.archiveApiUrl ?? DEFAULT_ARCHIVE_API_URL,
    outbound,
    ...(options.siteUrl ? { siteUrl: options.siteUrl } : {}),
    ...(options.timeoutMs ? { timeoutMs: options.timeoutMs } : {}),
    ...(options.hostDelayMs !== undefined ? { hostDelayMs: options.hostDelayMs } : {}),
  });
  return {
    probe: checker,
    archive,
    // Readability and its DOM are loaded only when a page is copied.
    copier: { copy: async (url) => (await import('./page-copy.js')).makePageCopy(await checker.fetchPage(url)) },
  };
}
