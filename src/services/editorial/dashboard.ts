import type { Job } from '../../domain/job.js';
import type { UserActor } from '../../policies/policy.js';
import type { DashboardSources, LinkHealthSummary, Store } from '../ports.js';
import { listArticles, type AdminListedArticle } from './article-lists.js';

/** Everything the dashboard shows at a glance. */
export interface Dashboard {
  drafts: { total: number; items: AdminListedArticle[] };
  scheduled: { total: number; items: AdminListedArticle[] };
  published: number;
  /** Comments waiting for moderation (0 until reader comments exist). */
  pendingComments: number;
  citationHealth: { total: number; items: AdminListedArticle[] };
  linkHealth: LinkHealthSummary | null;
  failedJobs: { total: number; items: Job[] };
}

/** Sources the dashboard reads before the modules that fill them exist. */
export const NO_DASHBOARD_SOURCES: DashboardSources = {
  pendingComments: async () => 0,
  linkHealth: async () => null,
};

/** The dashboard for one account (authors and contributors see their own articles). */
export async function loadDashboard(store: Store, actor: UserActor, sources: DashboardSources): Promise<Dashboard> {
  const [drafts, scheduled, published, health, pendingComments, linkHealth, failed, counts] = await Promise.all([
    listArticles(store, actor, { status: 'draft', limit: 8 }),
    listArticles(store, actor, { status: 'scheduled', limit: 8 }),
    listArticles(store, actor, { status: 'published', limit: 1 }),
    listArticles(store, actor, { withLintFindings: true, limit: 8 }),
    sources.pendingComments(),
    sources.linkHealth(),
    store.repos.jobs.list({ status: 'failed', limit: 5 }),
    store.repos.jobs.countByStatus(),
  ]);
  return {
    drafts,
    scheduled,
    published: published.total,
    pendingComments,
    citationHealth: health,
    linkHealth,
    failedJobs: { total: counts.failed, items: failed },
  };
}
