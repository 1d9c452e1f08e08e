import type { Clock, Store } from '../ports.js';
import { publishDueArticles } from '../articles/publish-scheduled.js';
import type { JobHandler, RecurringJob } from './job-runner.js';

/** Job kinds every Dossier worker runs. */
export function coreJobHandlers(store: Store, clock: Clock): Record<string, JobHandler> {
  return {
    'publish-scheduled': async () => {
      await publishDueArticles(store, clock);
    },
  };
}

/** Scheduled articles go live within a minute of their time. */
export const CORE_RECURRING_JOBS: readonly RecurringJob[] = [{ kind: 'publish-scheduled', everyMs: 60_000 }];
