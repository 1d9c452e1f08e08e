import { LINK_STATUSES, isGone, type LinkStatus } from './link-health.js';

/** Counts by status, plus links never checked yet. */
export type StatusCounts = Record<LinkStatus | 'unchecked', number>;

/** The statuses that mean a reader reaches the source: only these are ever called healthy. */
export const HEALTHY_STATUSES: readonly LinkStatus[] = ['ok', 'redirected'];

/** Every count, worst first, never-checked last. */
export const COUNTED: ReadonlyArray<LinkStatus | 'unchecked'> = [...LINK_STATUSES, 'unchecked'];

export const STATUS_LABELS: Record<LinkStatus | 'unchecked', string> = {
  dead: 'dead', 'soft-404': 'gone (soft 404)', error: 'error', timeout: 'timed out', refused: 'refused (not a public address)',
  blocked: 'blocked by robots.txt', paywalled: 'paywalled', redirected: 'redirected', ok: 'ok', unchecked: 'not yet checked',
};

export const emptyCounts = (): StatusCounts => Object.fromEntries(COUNTED.map((s) => [s, 0])) as StatusCounts;

/** Links whose last check reached the source (ok or redirected); unchecked and failing links never count. */
export function healthyCount(counts: StatusCounts): number {
  return HEALTHY_STATUSES.reduce((sum, s) => sum + counts[s], 0);
}

/** "12 error · 3 not yet checked": each non-zero status once, worst first. */
export function statusBreakdown(counts: Partial<StatusCounts>): string {
  return COUNTED.filter((s) => (counts[s] ?? 0) > 0).map((s) => `${counts[s]} ${STATUS_LABELS[s]}`).join(' · ') || 'none';
}

/**
 * The site's link health in one honest line: how many cited links, how many reach their
 * source, each other status counted separately, and failed archive look-ups.
 */
export function linkHealthLine(total: number, counts: StatusCounts, archiveFailed: number): string {
  if (total === 0) return 'no cited links yet.';
  const checked = total - counts.unchecked;
  const parts = [
    `${healthyCount(counts)} of ${total} cited link${total === 1 ? '' : 's'} reach their source`,
    statusBreakdown(counts),
  ];
  if (checked === 0) parts.push('none checked yet');
  if (archiveFailed > 0) parts.push(`archive look-up failed for ${archiveFailed}`);
  return `${parts.join(' — ')}.`;
}

/** One note link as the article page sees it. */
export interface NoteLinkState {
  url: string;
  status: LinkStatus | null;
  lastCheckedAt: string | null;
  archived: boolean;
}

/** What the article's summary line says, before dates are formatted. */
export interface SourcesSummary {
  sources: number;
  links: number;
  unchecked: number;
  /** The latest check of any of its links, ISO 8601, null when none was checked. */
  lastCheckedAt: string | null;
  counts: StatusCounts;
  /** Gone links (dead, soft 404) for which an archived copy is shown. */
  goneArchived: number;
}

/** Sums an article's note links, each distinct URL once. */
export function summariseSources(notes: number, links: readonly NoteLinkState[]): SourcesSummary {
  const byUrl = new Map(links.map((l) => [l.url, l]));
  const counts = emptyCounts();
  let lastCheckedAt: string | null = null;
  let goneArchived = 0;
  for (const link of byUrl.values()) {
    counts[link.status ?? 'unchecked'] += 1;
    if (link.lastCheckedAt && (!lastCheckedAt || link.lastCheckedAt > lastCheckedAt)) lastCheckedAt = link.lastCheckedAt;
    if (isGone(link.status) && link.archived) goneArchived += 1;
  }
  return { sources: notes, links: byUrl.size, unchecked: counts.unchecked, lastCheckedAt, counts, goneArchived };
}

/**
 * "14 sources · links checked 28 November 2026 · 1 dead, archived copy shown". `checkedOn`
 * is the formatted date of `summary.lastCheckedAt` (an absolute date: cached pages stay true).
 */
export function sourcesLine(summary: SourcesSummary, checkedOn: string | null): string {
  const parts = [`${summary.sources} source${summary.sources === 1 ? '' : 's'}`];
  if (summary.links === 0) return `${parts[0]} · no links to check`;
  if (summary.lastCheckedAt === null || checkedOn === null) {
    parts.push(`${summary.links} link${summary.links === 1 ? '' : 's'} not yet checked`);
    return parts.join(' · ');
  }
  parts.push(`links checked ${checkedOn}`);
  const { counts } = summary;
  const gone = counts.dead + counts['soft-404'];
  if (gone > 0) {
    const archived = summary.goneArchived === gone ? ', archived copy shown' : summary.goneArchived > 0 ? `, ${summary.goneArchived} with archived copy shown` : ', no archived copy found';
    parts.push(`${gone} dead${archived}`);
  }
  const failing = counts.error + counts.timeout;
  if (failing > 0) parts.push(`${failing} not reached at last check`);
  const other = counts.refused + counts.blocked;
  if (other > 0) parts.push(`${other} not checkable`);
  if (counts.paywalled > 0) parts.push(`${counts.paywalled} paywalled`);
  if (summary.unchecked > 0) parts.push(`${summary.unchecked} not yet checked`);
  if (gone + failing + other + counts.paywalled + summary.unchecked === 0) parts.push('all reachable');
  return parts.join(' · ');
}
