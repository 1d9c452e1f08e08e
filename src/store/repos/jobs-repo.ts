import { sql, type Kysely, type Selectable } from 'kysely';
import type { Job, JobStatus } from '../../domain/job.js';
import type { JobRepository } from '../../services/jobs/ports.js';
import type { DialectHelpers } from '../dialect.js';
import type { DB, JobsTable } from '../schema.js';

function toJob(row: Selectable<JobsTable>): Job {
  let payload: unknown = null;
  try {
    payload = JSON.parse(row.payload);
  } catch {
    // A payload that is not JSON reaches the handler as null, which refuses it.
  }
  return {
    id: row.id,
    kind: row.kind,
    payload,
    uniqueKey: row.unique_key,
    status: row.status as JobStatus,
    attempts: row.attempts,
    maxAttempts: row.max_attempts,
    runAt: row.run_at,
    lockedAt: row.locked_at,
    lockedBy: row.locked_by,
    lastError: row.last_error,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** The job queue on Kysely; claiming uses the engine's row locking through the dialect helpers. */
export function jobsRepo(db: Kysely<DB>, helpers: DialectHelpers): JobRepository {
  return {
    async enqueue(job, now) {
      const row = await db
        .insertInto('jobs')
        .values({
          kind: job.kind,
          payload: JSON.stringify(job.payload ?? {}),
          unique_key: job.uniqueKey ?? null,
          status: 'pending',
          attempts: 0,
          max_attempts: job.maxAttempts ?? 5,
          run_at: job.runAt ?? now,
          created_at: now,
          updated_at: now,
        })
        // The predicate must be literal SQL for SQLite to match it to the partial unique index.
        .onConflict((oc) => oc.column('unique_key').where(sql<boolean>`status in ('pending', 'running')`).doNothing())
        .returning('id')
        .executeTakeFirst();
      return row?.id ?? null;
    },

    async claimNext(workerId, now) {
      const next = helpers.skipLocked(
        db.selectFrom('jobs').select('id').where('status', '=', 'pending').where('run_at', '<=', now).orderBy('run_at').orderBy('id').limit(1),
      );
      const row = await db
        .updateTable('jobs')
        .set({ status: 'running', locked_at: now, locked_by: workerId, attempts: sql<number>`attempts + 1`, updated_at: now })
        .where('id', '=', next)
        .where('status', '=', 'pending')
        .returningAll()
        .executeTakeFirst();
      return row ? toJob(row) : null;
    },

    async complete(id, now) {
      await db.updateTable('jobs').set({ status: 'done', locked_at: null, locked_by: null, updated_at: now }).where('id', '=', id).execute();
    },

    async fail(id, error, retryAt, now) {
      await db
        .updateTable('jobs')
        .set({ status: retryAt ? 'pending' : 'failed', run_at: retryAt ?? now, last_error: error, locked_at: null, locked_by: null, updated_at: now })
        .where('id', '=', id)
        .execute();
    },

    async releaseStale(lockedBefore, now) {
      const result = await db
        .updateTable('jobs')
        .set({ status: 'pending', locked_at: null, locked_by: null, last_error: 'The worker stopped while running this job.', updated_at: now })
        .where('status', '=', 'running')
        .where('locked_at', '<', lockedBefore)
        .executeTakeFirst();
      return Number(result.numUpdatedRows);
    },

    async list(filter) {
      let query = db.selectFrom('jobs').selectAll().orderBy('updated_at', 'desc').orderBy('id', 'desc').limit(filter.limit);
      if (filter.status) query = query.where('status', '=', filter.status);
      if (filter.kind) query = query.where('kind', '=', filter.kind);
      return (await query.execute()).map(toJob);
    },

    async countByStatus() {
      const rows = await db.selectFrom('jobs').select(['status', (eb) => eb.fn.countAll<number>().as('n')]).groupBy('status').execute();
      const counts: Record<JobStatus, number> = { pending: 0, running: 0, done: 0, failed: 0 };
      for (const row of rows) counts[row.status as JobStatus] = Number(row.n);
      return counts;
    },
  };
}
