import type { Selectable } from 'kysely';
import type { LinkStatus, RedirectHop } from '../../domain/link-health.js';
import type { LinkCheck, LinkRecord, PageSnapshot } from '../../domain/link-record.js';
import type { LinkChecksTable, LinksTable, PageSnapshotsTable } from '../schema.js';

/** A stored redirect chain; a damaged one reads as no redirects rather than failing the page. */
export function parseChain(json: string): RedirectHop[] {
  try {
    const value = JSON.parse(json) as unknown;
    return Array.isArray(value) ? (value as RedirectHop[]) : [];
  } catch {
    return [];
  }
}

export function toLinkRecord(row: Selectable<LinksTable>): LinkRecord {
  return {
    url: row.url,
    status: row.status as LinkStatus,
    httpStatus: row.http_status,
    reason: row.reason,
    firstCheckedAt: row.first_checked_at,
    lastCheckedAt: row.last_checked_at,
    consecutiveFailures: row.consecutive_failures,
    firstFailureAt: row.first_failure_at,
    finalUrl: row.final_url,
    redirects: parseChain(row.redirect_chain),
    fragmentLost: row.fragment_lost === 1,
    archive: row.archive_url && row.archive_captured_at ? { url: row.archive_url, capturedAt: row.archive_captured_at } : null,
    archiveCheckedAt: row.archive_checked_at,
    archiveError: row.archive_error,
  };
}

export function linkRow(link: LinkRecord): Selectable<LinksTable> {
  return {
    url: link.url,
    status: link.status,
    http_status: link.httpStatus,
    reason: link.reason,
    first_checked_at: link.firstCheckedAt,
    last_checked_at: link.lastCheckedAt,
    consecutive_failures: link.consecutiveFailures,
    first_failure_at: link.firstFailureAt,
    final_url: link.finalUrl,
    redirect_chain: JSON.stringify(link.redirects),
    fragment_lost: link.fragmentLost ? 1 : 0,
    archive_url: link.archive?.url ?? null,
    archive_captured_at: link.archive?.capturedAt ?? null,
    archive_checked_at: link.archiveCheckedAt,
    archive_error: link.archiveError,
  };
}

export function toLinkCheck(row: Selectable<LinkChecksTable>): LinkCheck {
  return {
    url: row.url,
    checkedAt: row.checked_at,
    status: row.status as LinkStatus,
    failure: row.counted_failure === 1,
    httpStatus: row.http_status,
    error: row.error,
    durationMs: row.duration_ms,
    finalUrl: row.final_url,
    redirects: parseChain(row.redirect_chain),
  };
}

export function toSnapshot(row: Omit<Selectable<PageSnapshotsTable>, 'id' | 'html' | 'readable_text'> & { html?: string | null; readable_text?: string | null }): PageSnapshot {
  return {
    url: row.url,
    fetchedAt: row.fetched_at,
    finalUrl: row.final_url,
    httpStatus: row.http_status,
    contentType: row.content_type,
    sha256: row.sha256,
    html: row.html ?? null,
    readableText: row.readable_text ?? null,
    title: row.title,
    truncated: row.truncated === 1,
    error: row.error,
  };
}
