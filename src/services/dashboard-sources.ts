import type { DashboardSources } from './admin/admin-ports.js';
import { linksReport } from './links/links-report.js';
import type { Clock, Store } from './ports.js';

/** The dashboard's figures from reader comments and the link checker. */
export function dashboardSources(store: Store, clock: Clock): DashboardSources {
  return {
    pendingComments: async () => (await store.repos.comments.list({ status: 'pending', limit: 100_000 })).length,
    linkHealth: async () => {
      const report = await linksReport(store, clock);
      const { counts, total } = report.site;
      if (total === 0 || counts.unchecked === total) return null;
      const checks = await store.repos.jobs.list({ kind: 'link-check', status: 'done', limit: 1 });
      return { checked: total - counts.unchecked, broken: counts.dead + counts['soft-404'], lastCheckedAt: checks[0]?.updatedAt ?? null };
    },
  };
}
