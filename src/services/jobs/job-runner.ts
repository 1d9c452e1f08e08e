import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import { describeJobError, nextAttemptAt, type Job } from '../../domain/job.js';
import type { Clock, Store } from '../ports.js';

/** Does the work of one job kind; throwing fails the attempt (it is retried with backoff). */
export type JobHandler = (payload: unknown, context: { job: Job; now: Date }) => Promise<void>;

/** A job kind that runs again `everyMs` after each run. */
export interface RecurringJob {
  kind: string;
  everyMs: number;
  payload?: unknown;
  /** Delay before the first run when none is queued yet (default: run at once). */
  firstRunAfterMs?: number;
}

/** How a runner is set up. */
export interface JobRunnerOptions {
  store: Store;
  clock: Clock;
  handlers: Readonly<Record<string, JobHandler>>;
  recurring?: readonly RecurringJob[];
  workerId?: string;
  pollMs?: number;
  /** A running job locked longer than this is assumed abandoned by a dead worker. */
  staleAfterMs?: number;
  /** Told about each failed attempt (for logging). */
  onFailure?: (job: Job, error: string) => void;
}

/** A worker over the shared queue: any number of processes may run one. */
export interface JobRunner {
  /** Claims and runs one due job; returns it, or null when nothing is due. */
  runOnce(): Promise<Job | null>;
  /** Runs due jobs until none is left (or `limit` ran); returns how many ran. */
  drain(limit?: number): Promise<number>;
  /** Makes sure every recurring kind has a pending job. */
  scheduleRecurring(): Promise<void>;
  start(): void;
  stop(): Promise<void>;
}

/** Creates a job runner. */
export function createJobRunner(options: JobRunnerOptions): JobRunner {
  const { store, clock, handlers } = options;
  const workerId = options.workerId ?? `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
  const pollMs = options.pollMs ?? 5_000;
  const staleAfterMs = options.staleAfterMs ?? 30 * 60_000;
  const recurring = new Map((options.recurring ?? []).map((r) => [r.kind, r]));
  let timer: NodeJS.Timeout | undefined;
  let current: Promise<unknown> = Promise.resolve();
  let stopped = true;

  async function scheduleRecurring(after = 0): Promise<void> {
    const now = clock();
    for (const r of recurring.values()) {
      const runAt = new Date(now.getTime() + (r.firstRunAfterMs ?? after * r.everyMs)).toISOString();
      await store.repos.jobs.enqueue({ kind: r.kind, payload: r.payload, uniqueKey: `recurring:${r.kind}`, runAt }, now.toISOString());
    }
  }

  async function runOnce(): Promise<Job | null> {
    const job = await store.repos.jobs.claimNext(workerId, clock().toISOString());
    if (!job) return null;
    const handler = handlers[job.kind];
    try {
      if (!handler) throw new Error(`No handler for job kind "${job.kind}".`);
      await handler(job.payload, { job, now: clock() });
      const now = clock();
      await store.repos.jobs.complete(job.id, now.toISOString());
      const again = recurring.get(job.kind);
      if (again) {
        await store.repos.jobs.enqueue(
          { kind: again.kind, payload: again.payload, uniqueKey: `recurring:${again.kind}`, runAt: new Date(now.getTime() + again.everyMs).toISOString() },
          now.toISOString(),
        );
      }
      return { ...job, status: 'done' };
    } catch (error) {
      const now = clock();
      const message = describeJobError(error);
      const retryAt = handler ? nextAttemptAt(job, now) : null;
      await store.repos.jobs.fail(job.id, message, retryAt, now.toISOString());
      options.onFailure?.(job, message);
      return { ...job, status: retryAt ? 'pending' : 'failed', lastError: message };
    }
  }

  async function drain(limit = 1000): Promise<number> {
    let ran = 0;
    while (ran < limit) {
      if ((await runOnce()) === null) break;
      ran += 1;
    }
    return ran;
  }

  async function tick(): Promise<void> {
    const now = clock();
    await store.repos.jobs.releaseStale(new Date(now.getTime() - staleAfterMs).toISOString(), now.toISOString());
    await drain();
  }

  function loop(): void {
    if (stopped) return;
    current = tick()
      .catch((error) => options.onFailure?.({ kind: 'runner' } as Job, describeJobError(error)))
      .finally(() => {
        if (!stopped) timer = setTimeout(loop, pollMs);
      });
  }

  // Schedules the recurring jobs, then polls; a database that is away at start is tried again, not given up on.
  function begin(): void {
    if (stopped) return;
    current = scheduleRecurring(0).then(loop, (error) => {
      options.onFailure?.({ kind: 'runner' } as Job, describeJobError(error));
      if (!stopped) timer = setTimeout(begin, pollMs);
    });
  }

  return {
    runOnce,
    drain,
    scheduleRecurring: () => scheduleRecurring(0),
    start() {
      if (!stopped) return;
      stopped = false;
      begin();
    },
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      timer = undefined;
      await current.catch(() => undefined);
    },
  };
}
