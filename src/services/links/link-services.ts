import type { Clock, Store } from '../ports.js';
import { checkLinks, type CheckLinksInput } from './check-links.js';
import type { LinkTools } from './link-ports.js';
import { queueDueChecks } from './link-jobs.js';
import { linksReport } from './links-report.js';
import { listSnapshots, queueSnapshots, snapshotPage } from './page-snapshots.js';

/** Link health use cases, bound to a store, a clock and the network tools. */
export function createLinkServices(store: Store, clock: Clock, tools: LinkTools) {
  return {
    /** Checks links now, in this process (the CLI's `links check`). */
    check: (input: CheckLinksInput = {}) => checkLinks(store, clock, tools, input),
    report: () => linksReport(store, clock),
    /** A link's recent checks, newest first. */
    history: (url: string, limit = 20) => store.repos.links.history(url, limit),
    snapshots: (filter: { articleSlug?: string } = {}) => listSnapshots(store, filter),
    snapshotNow: (url: string) => snapshotPage(store, clock, tools, url),
    queueDueChecks: () => queueDueChecks(store, clock),
    /** After an article is saved: queue copies of its cited pages when the site keeps them. */
    afterSave: (articleId: number) => queueSnapshots(store, clock, { articleId }),
  };
}
