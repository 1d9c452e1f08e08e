/** Where a background job stands. */
export type JobStatus = 'pending' | 'running' | 'done' | 'failed';

/** A unit of background work in the queue table. Times are ISO 8601 UTC. */
export interface Job {
  id: number;
  kind: string;
  payload: unknown;
  /** At most one pending or running job holds a given key (e.g. one check per URL). */
  uniqueKey: string | null;
  status: JobStatus;
  attempts: number;
  maxAttempts: number;
  runAt: string;
  lockedAt: string | null;
  lockedBy: string | null;
  lastError: string | null;
  createdAt: string;
  updatedAt: string;
}

/** Delay before retry number `attempts` (1-based): 30 s, 2 min, 8 min… capped at 6 hours. */
export function retryDelayMs(attempts: number): number {
  const base = 30_000 * 4 ** Math.max(0, attempts - 1);
  return Math.min(base, 6 * 60 * 60 * 1000);
}

/** When a failed attempt should run again, or null when the job has used up its attempts. */
export function nextAttemptAt(job: Pick<Job, 'attempts' | 'maxAttempts'>, now: Date): string | null {
  if (job.attempts >= job.maxAttempts) return null;
  return new Date(now.getTime() + retryDelayMs(job.attempts)).toISOString();
}

/** A short, single-line error text worth keeping for editors to read. */
export function describeJobError(error: unknown): string {
  const text = error instanceof Error ? `${error.name === 'Error' ? '' : `${error.name}: `}${error.message}` : String(error);
  return text.replace(/\s+/g, ' ').trim().slice(0, 1000) || 'Unknown error';
}
