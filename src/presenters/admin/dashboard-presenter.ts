import type { Dashboard } from '../../services/articles/dashboard.js';
import { linkHealthLine } from '../../domain/link-summary.js';
import { captureLine, type CaptureSummary } from '../../domain/capture.js';
import { presentDateTime } from './admin-dates.js';
import type { AdminChromeView, DashboardView } from './admin-view-models.js';
import { presentArticleRow } from './article-rows.js';

/** The latest capture failure, named, so a failing archive is never silent. */
function latestFailure(captures: CaptureSummary): string {
  const last = captures.failures[0];
  return last ? ` Last failed: ${last.url} (${last.error ?? 'no reason given'}).` : '';
}

/** The dashboard's cards. */
export function presentDashboard(chrome: AdminChromeView, data: Dashboard): DashboardView {
  const link = data.linkHealth;
  return {
    chrome,
    counts: [
      { label: 'drafts', value: data.drafts.total, href: '/admin/articles?status=draft' },
      { label: 'scheduled', value: data.scheduled.total, href: '/admin/articles?status=scheduled' },
      { label: 'published', value: data.published, href: '/admin/articles?status=published' },
      { label: 'with citation findings', value: data.citationHealth.total, href: '/admin/articles?lint=1' },
    ],
    drafts: data.drafts.items.map((row) => presentArticleRow(row, chrome.timeZone)),
    scheduled: data.scheduled.items.map((row) => presentArticleRow(row, chrome.timeZone)),
    pendingComments: data.pendingComments,
    citationHealth: data.citationHealth.items.map((row) => presentArticleRow(row, chrome.timeZone)),
    linkHealth: link
      ? `${linkHealthLine(link.total, link.counts, link.archiveFailed)}${link.lastCheckedAt ? ` Last check ${presentDateTime(link.lastCheckedAt, chrome.timeZone)?.label}.` : ''} ${captureLine(link.captures)}${latestFailure(link.captures)}`
      : 'no cited links yet (the link checker reports here).',
    failedJobs: data.failedJobs.items.map((job) => ({ kind: job.kind, error: job.lastError ?? 'Unknown error', when: presentDateTime(job.updatedAt, chrome.timeZone) })),
    failedJobsTotal: data.failedJobs.total,
  };
}
