import { LINK_STATUSES, type LinkStatus } from '../../domain/link-health.js';
import type { CheckLinksReport } from '../../services/sources/check-links.js';
import type { LinkCheckResult } from '../../services/sources/check-link.js';
import { healthyCount, linkHealthLine } from '../../domain/link-summary.js';
import type { LinksReport, StatusCounts } from '../../services/sources/links-report.js';
import { captureLine } from '../../domain/capture.js';
import type { ListedSnapshot } from '../../services/sources/page-snapshots.js';

const pad = (text: string | number, width: number) => String(text).padEnd(width);

/** One finished check as a line: status, HTTP code, URL, reason. */
export function resultLine(result: LinkCheckResult): string {
  const { link, outcome } = result;
  const code = outcome.httpStatus === null ? '---' : String(outcome.httpStatus);
  const warn = link.fragmentLost ? ' [#fragment lost on redirect]' : '';
  return `${pad(link.status, 10)} ${code} ${link.url}  (${link.reason ?? ''}; ${outcome.durationMs} ms)${warn}`;
}

/** A results summary as JSON-ready data. */
export function checkJson(report: CheckLinksReport, elapsedMs: number) {
  return {
    checked: report.results.length,
    elapsedMs,
    counts: countResults(report.results),
    results: report.results.map(({ link, outcome, verdict, target }) => ({
      url: link.url, status: link.status, httpStatus: link.httpStatus, reason: link.reason, countedFailure: verdict.failure,
      consecutiveFailures: link.consecutiveFailures, finalUrl: link.finalUrl, redirects: link.redirects, fragmentLost: link.fragmentLost,
      archive: link.archive, durationMs: outcome.durationMs, articles: target.articles,
    })),
    unusable: report.unusable.map((c) => ({ article: c.articleSlug, note: c.noteNumber, url: c.sourceUrl })),
  };
}

function countResults(results: LinkCheckResult[]): Partial<Record<LinkStatus, number>> {
  const counts: Partial<Record<LinkStatus, number>> = {};
  for (const r of results) counts[r.link.status] = (counts[r.link.status] ?? 0) + 1;
  return counts;
}

function countsLine(counts: Partial<StatusCounts>): string {
  return [...LINK_STATUSES, 'unchecked' as const].filter((s) => (counts[s] ?? 0) > 0).map((s) => `${s} ${counts[s]}`).join(' · ') || 'nothing';
}

/** The table printed after `links check`. */
export function checkSummary(report: CheckLinksReport, elapsedMs: number): string {
  const times = report.results.map((r) => r.outcome.durationMs).sort((a, b) => a - b);
  const median = times.length ? times[Math.floor(times.length / 2)] : 0;
  const lines = [`Checked ${report.results.length} link${report.results.length === 1 ? '' : 's'} in ${(elapsedMs / 1000).toFixed(1)} s (median ${median} ms, slowest ${times.at(-1) ?? 0} ms): ${countsLine(countResults(report.results))}.`];
  const archiveFailed = report.results.filter((r) => r.link.archiveError !== null);
  if (archiveFailed.length) lines.push(`Archive look-up failed for ${archiveFailed.length}: ${archiveFailed[0]!.link.archiveError}`);
  const problems = report.results.filter((r) => r.link.status !== 'ok').sort((a, b) => LINK_STATUSES.indexOf(a.link.status) - LINK_STATUSES.indexOf(b.link.status));
  if (problems.length) lines.push('', 'Not ok:', ...problems.map((r) => `  ${resultLine(r)}  in ${r.target.articles.join(', ')}`));
  if (report.unusable.length) {
    lines.push('', `Not checkable (not an http(s) URL, malformed, or too long): ${report.unusable.length}`);
    lines.push(...report.unusable.slice(0, 20).map((c) => `  ${c.articleSlug} note ${c.noteNumber}: ${c.sourceUrl.slice(0, 120)}`));
  }
  return `${lines.join('\n')}\n`;
}

/** `links report` as text: site counts, then each article worst first. */
export function reportText(report: LinksReport): string {
  const { site } = report;
  const lines = [`Links: ${linkHealthLine(site.total, site.counts, site.archiveFailed)}`];
  lines.push(`Last check: ${site.lastCheckedAt ?? 'never'}`, captureLine(report.captures));
  for (const f of report.captures.failures) lines.push(`  capture failed: ${f.url}  ${f.error ?? 'no reason given'} (${f.updatedAt})`);
  lines.push('');
  for (const article of report.articles) {
    const archive = article.archiveFailed > 0 ? ` · archive look-up failed ${article.archiveFailed}` : '';
    lines.push(`${article.slug} (${article.total}, ${healthyCount(article.counts)} reach their source): ${countsLine(article.counts)}${archive}`);
    for (const p of article.problems) {
      const archived = p.archiveUrl ? `  archive: ${p.archiveUrl}` : '';
      const failed = p.archiveError ? `  archive look-up failed: ${p.archiveError}` : '';
      lines.push(`  note ${p.notes.join(', ')}: ${pad(p.status, 10)} ${p.url}${archived}${failed}`);
    }
  }
  return `${lines.join('\n')}\n`;
}

/** `links snapshots` as text. */
export function snapshotsText(snapshots: ListedSnapshot[]): string {
  if (snapshots.length === 0) return 'No page copies yet (turn on the snapshotOnPublish setting to keep them).\n';
  return `${snapshots
    .map((s) => `${s.fetchedAt} ${s.url}\n  ${s.error ? `no copy: ${s.error}` : `HTTP ${s.httpStatus} sha256 ${s.sha256} “${s.title ?? ''}”${s.truncated ? ' (first megabyte)' : ''}`} — cited in ${s.articles.join(', ')}`)
    .join('\n')}\n`;
}
