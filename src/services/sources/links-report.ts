import { LINK_STATUSES, type LinkStatus } from '../../domain/link-health.js';
import type { LinkRecord } from '../../domain/link-record.js';
import { emptyCounts, type StatusCounts } from '../../domain/link-summary.js';
import { captureEnabled, type CaptureSummary } from '../../domain/capture.js';
import { settingsFromEntries } from '../../domain/settings.js';
import type { Clock, Store } from '../ports.js';
import { groupTargets } from './link-targets.js';

export type { StatusCounts };

/** A link worth an editor's attention. */
export interface ReportedLink {
  url: string;
  notes: number[];
  status: LinkStatus;
  httpStatus: number | null;
  reason: string | null;
  lastCheckedAt: string;
  fragmentLost: boolean;
  archiveUrl: string | null;
  /** Why the last archive look-up failed, null when it worked. */
  archiveError: string | null;
}

/** One article's links. */
export interface ArticleLinkReport {
  slug: string;
  title: string;
  total: number;
  counts: StatusCounts;
  /** Links whose last archive look-up failed. */
  archiveFailed: number;
  /** Links that are not `ok`, or whose archive look-up failed, worst first. */
  problems: ReportedLink[];
}

/** The site's link health: counts site-wide (each URL once) and per article, worst first. */
export interface LinksReport {
  generatedAt: string;
  site: { total: number; counts: StatusCounts; archiveFailed: number; lastCheckedAt: string | null };
  /** Save Page Now captures: counts and the latest failures. */
  captures: CaptureSummary;
  articles: ArticleLinkReport[];
}

const rank = (status: LinkStatus) => LINK_STATUSES.indexOf(status);

/** Orders articles by most dead links, then most soft-404s, and so on down the statuses. */
export function worstFirst(a: ArticleLinkReport, b: ArticleLinkReport): number {
  for (const status of LINK_STATUSES.slice(0, -2)) {
    if (a.counts[status] !== b.counts[status]) return b.counts[status] - a.counts[status];
  }
  return a.slug.localeCompare(b.slug);
}

/** Builds the links report from what the last checks recorded. */
export async function linksReport(store: Store, clock: Clock): Promise<LinksReport> {
  const cited = await store.repos.links.citedLinks({});
  const { targets } = groupTargets(cited);
  const records = new Map<string, LinkRecord>((await store.repos.links.findMany(targets.map((t) => t.url))).map((r) => [r.url, r]));
  const site = emptyCounts();
  let siteArchiveFailed = 0;
  let lastCheckedAt: string | null = null;
  for (const target of targets) {
    const record = records.get(target.url);
    site[record?.status ?? 'unchecked'] += 1;
    if (record?.archiveError) siteArchiveFailed += 1;
    if (record && (!lastCheckedAt || record.lastCheckedAt > lastCheckedAt)) lastCheckedAt = record.lastCheckedAt;
  }
  const articles: ArticleLinkReport[] = [];
  const byArticle = new Map<string, typeof cited>();
  for (const c of cited) byArticle.set(c.articleSlug, [...(byArticle.get(c.articleSlug) ?? []), c]);
  for (const [slug, own] of byArticle) {
    const report: ArticleLinkReport = { slug, title: own[0]!.articleTitle, total: 0, counts: emptyCounts(), archiveFailed: 0, problems: [] };
    for (const target of groupTargets(own).targets) {
      const record = records.get(target.url);
      report.total += 1;
      report.counts[record?.status ?? 'unchecked'] += 1;
      if (record?.archiveError) report.archiveFailed += 1;
      if (!record || (record.status === 'ok' && !record.archiveError)) continue;
      const notes = own.filter((c) => target.sources.some((s) => s.sourceUrl === c.sourceUrl)).map((c) => c.noteNumber);
      report.problems.push({
        url: target.url, notes, status: record.status, httpStatus: record.httpStatus, reason: record.reason,
        lastCheckedAt: record.lastCheckedAt, fragmentLost: record.fragmentLost, archiveUrl: record.archive?.url ?? null,
        archiveError: record.archiveError,
      });
    }
    report.problems.sort((x, y) => rank(x.status) - rank(y.status) || x.notes[0]! - y.notes[0]!);
    articles.push(report);
  }
  const [captureCounts, captureFailures, settings] = await Promise.all([store.repos.captures.countByStatus(), store.repos.captures.failures(20), store.repos.settings.all()]);
  const captures: CaptureSummary = {
    enabled: captureEnabled(settingsFromEntries(settings)),
    counts: captureCounts,
    failures: captureFailures.map((c) => ({ url: c.url, error: c.error, updatedAt: c.updatedAt })),
  };
  return { generatedAt: clock().toISOString(), site: { total: targets.length, counts: site, archiveFailed: siteArchiveFailed, lastCheckedAt }, captures, articles: articles.sort(worstFirst) };
}
