import type { Clock, Store } from '../ports.js';
import { checkLinks, type CheckLinksInput } from './check-links.js';
import type { LinkTools } from './ports.js';
import { queueDueChecks } from './link-jobs.js';
import { linksReport } from './links-report.js';
import { lintDocument } from './lint-document.js';
import { listSnapshots, queueSnapshots, snapshotPage } from './page-snapshots.js';
import { queueCaptures } from './capture-links.js';

/** Notes, cited links and archives, bound to a store, a clock and the network tools. */
export function createSourceServices(store: Store, clock: Clock, tools: LinkTools) {
  return {
    /** Lints the notes of a document (Markdown or plain text, detected unless given). */
    lint: (text: string, format: 'markdown' | 'plain' | 'auto' = 'auto') => lintDocument(text, clock, format),
    /** Checks links now, in this process (the CLI's `links check`). */
    check: (input: CheckLinksInput = {}) => checkLinks(store, clock, tools, input),
    report: () => linksReport(store, clock),
    /** A link's recent checks, newest first. */
    history: (url: string, limit = 20) => store.repos.links.history(url, limit),
    snapshots: (filter: { articleSlug?: string } = {}) => listSnapshots(store, filter),
    snapshotNow: (url: string) => snapshotPage(store, clock, tools, url),
    queueDueChecks: () => queueDueChecks(store, clock),
    /** After an article is saved: queue copies of its cited pages when the site keeps them, and their archive captures. */
    afterSave: async (articleId: number) => {
      await queueSnapshots(store, clock, { articleId });
      await queueCaptures(store.repos, clock(), { articleId });
    },
  };
}

/** The source services. */
export type SourceServices = ReturnType<typeof createSourceServices>;
