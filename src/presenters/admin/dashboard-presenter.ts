import type { Dashboard } from '../../services/articles/dashboard.js';
import { linkHealthLine } from '../../domain/link-summary.js';
import { presentDateTime } from './admin-dates.js';
import type { AdminChromeView, DashboardView } from './admin-view-models.js';
import { presentArticleRow } from './article-rows.js';

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
      ? `${linkHealthLine(link.total, link.counts, link.archiveFailed)}${link.lastCheckedAt ? ` Last check ${presentDateTime(link.lastCheckedAt, chrome.timeZone)?.label}.` : ''}`
      : 'no cited links yet (the link checker reports here).',
    failedJobs: data.failedJobs.items.map((job) => ({ kind: job.kind, error: job.lastError ?? 'Unknown error', when: presentDateTime(job.updatedAt, chrome.timeZone) })),
    failedJobsTotal: data.failedJobs.total,
  };
}
