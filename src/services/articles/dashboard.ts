import type { Job } from '../../domain/job.js';
import type { UserActor } from '../../policies/policy.js';
import type { Clock, Store } from '../ports.js';
import type { StatusCounts } from '../../domain/link-summary.js';
import type { CaptureSummary } from '../../domain/capture.js';
import { linksReport } from '../sources/links-report.js';
import { listArticles, type AdminListedArticle } from './article-lists.js';

/** Everything the dashboard shows at a glance. */
export interface Dashboard {
  drafts: { total: number; items: AdminListedArticle[] };
  scheduled: { total: number; items: AdminListedArticle[] };
  published: number;
  /** Comments waiting for moderation. */
  pendingComments: number;
  citationHealth: { total: number; items: AdminListedArticle[] };
  linkHealth: LinkHealthSummary | null;
  failedJobs: { total: number; items: Job[] };
}

/** Link-check figures for the dashboard: each status counted separately, failed archive look-ups too. */
export interface LinkHealthSummary {
  total: number;
  counts: StatusCounts;
  archiveFailed: number;
  lastCheckedAt: string | null;
  captures: CaptureSummary;
}

/** Cited links by status (unchecked ones as unchecked); null when no article cites a link. */
async function linkHealth(store: Store, clock: Clock): Promise<LinkHealthSummary | null> {
  const report = await linksReport(store, clock);
  const { counts, total, archiveFailed, lastCheckedAt } = report.site;
  return total === 0 ? null : { total, counts, archiveFailed, lastCheckedAt, captures: report.captures };
}

/** The dashboard for one account (authors and contributors see their own articles). */
export async function loadDashboard(store: Store, clock: Clock, actor: UserActor): Promise<Dashboard> {
  const [drafts, scheduled, published, health, pendingComments, links, failed, counts] = await Promise.all([
    listArticles(store, actor, { status: 'draft', limit: 8 }),
    listArticles(store, actor, { status: 'scheduled', limit: 8 }),
    listArticles(store, actor, { status: 'published', limit: 1 }),
    listArticles(store, actor, { withLintFindings: true, limit: 8 }),
    store.repos.comments.list({ status: 'pending', limit: 100_000 }).then((list) => list.length),
    linkHealth(store, clock),
    store.repos.jobs.list({ status: 'failed', limit: 5 }),
    store.repos.jobs.countByStatus(),
  ]);
  return {
    drafts,
    scheduled,
    published: published.total,
    pendingComments,
    citationHealth: health,
    linkHealth: links,
    failedJobs: { total: counts.failed, items: failed },
  };
}
