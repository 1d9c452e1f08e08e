import type { Dashboard } from '../../services/articles/dashboard.js';
import type { CaptureSummary } from '../../domain/capture.js';
import { captureText, linkHealthText } from './link-health-line.js';
import { presentDateTime } from './admin-dates.js';
import type { AdminChromeView, DashboardView } from './admin-view-models.js';
import { presentArticleRow } from './article-rows.js';
import { t } from '../i18n/translate.js';

/** The latest capture failure, named, so a failing archive is never silent. */
function latestFailure(captures: CaptureSummary, locale: string): string {
  const last = captures.failures[0];
  return last ? ` ${t(locale, 'admin.dashboard.lastFailed', { url: last.url, reason: last.error ?? t(locale, 'admin.dashboard.noReason') })}` : '';
}

/** The dashboard's cards. */
export function presentDashboard(chrome: AdminChromeView, data: Dashboard): DashboardView {
  const link = data.linkHealth;
  const { locale, timeZone } = chrome;
  const row = (item: Dashboard['drafts']['items'][number]) => presentArticleRow(item, timeZone, locale);
  const count = (key: string, value: number, href: string) => ({ label: t(locale, `admin.dashboard.${key}`, { count: value }), value, href });
  return {
    chrome,
    counts: [
      count('drafts', data.drafts.total, '/admin/articles?status=draft'),
      count('scheduled', data.scheduled.total, '/admin/articles?status=scheduled'),
      count('published', data.published, '/admin/articles?status=published'),
      count('findings', data.citationHealth.total, '/admin/articles?lint=1'),
    ],
    drafts: data.drafts.items.map(row),
    scheduled: data.scheduled.items.map(row),
    pendingComments: data.pendingComments,
    citationHealth: data.citationHealth.items.map(row),
    linkHealth: link
      ? `${linkHealthText(locale, link.total, link.counts, link.archiveFailed)}${link.lastCheckedAt ? ` ${t(locale, 'admin.dashboard.lastCheck', { date: presentDateTime(link.lastCheckedAt, timeZone, locale)?.label ?? '' })}` : ''} ${captureText(locale, link.captures)}${latestFailure(link.captures, locale)}`
      : t(locale, 'admin.dashboard.noLinks'),
    failedJobs: data.failedJobs.items.map((job) => ({ kind: job.kind, error: job.lastError ?? t(locale, 'admin.dashboard.unknownError'), when: presentDateTime(job.updatedAt, timeZone, locale) })),
    failedJobsTotal: data.failedJobs.total,
  };
}
