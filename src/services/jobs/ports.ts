// Ports of the background job queue.
import type { Job, JobStatus } from '../../domain/job.js';

/** A job to add to the queue. */
export interface NewJob {
  kind: string;
  payload?: unknown;
  /** When set, no second pending or running job with the same key is added. */
  uniqueKey?: string;
  runAt?: string;
  maxAttempts?: number;
}

/** The background job queue. */
export interface JobRepository {
  /** Adds a job; returns its id, or null when an active job already holds `uniqueKey`. */
  enqueue(job: NewJob, now: string): Promise<number | null>;
  /** Marks the next due pending job running for `workerId` and returns it; never the same job to two workers. */
  claimNext(workerId: string, now: string): Promise<Job | null>;
  complete(id: number, now: string): Promise<void>;
  /** Records a failure: back to pending at `retryAt`, or failed for good when it is null. */
  fail(id: number, error: string, retryAt: string | null, now: string): Promise<void>;
  /** Returns running jobs locked before `lockedBefore` (their worker died) to pending. */
  releaseStale(lockedBefore: string, now: string): Promise<number>;
  list(filter: { status?: JobStatus; kind?: string; limit: number }): Promise<Job[]>;
  countByStatus(): Promise<Record<JobStatus, number>>;
}
