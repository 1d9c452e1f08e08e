import type { JobStatus } from '../../domain/job.js';
import type { Clock, Store } from '../ports.js';
import type { NewJob } from './ports.js';

/** The background queue as commands and screens see it, bound to one store and clock. */
export function createJobServices(store: Store, clock: Clock) {
  return {
    enqueue: (job: NewJob) => store.repos.jobs.enqueue(job, clock().toISOString()),
    list: (filter: { status?: JobStatus; kind?: string; limit?: number } = {}) => store.repos.jobs.list({ ...filter, limit: filter.limit ?? 100 }),
    counts: () => store.repos.jobs.countByStatus(),
  };
}

/** The job services. */
export type JobServices = ReturnType<typeof createJobServices>;
