import type { Kysely, Selectable } from 'kysely';
import type { CaptureStatus, LinkCapture } from '../../domain/capture.js';
import type { CaptureRepository } from '../../services/sources/ports.js';
import type { DB, LinkCapturesTable } from '../schema.js';

// Long IN lists are split: both engines cap the number of bound parameters.
const CHUNK = 500;

function toCapture(row: Selectable<LinkCapturesTable>): LinkCapture {
  return {
    url: row.url, status: row.status as CaptureStatus, jobId: row.job_id, requestedAt: row.requested_at, updatedAt: row.updated_at,
    snapshotUrl: row.snapshot_url, capturedAt: row.captured_at, error: row.error,
  };
}

/** Save Page Now captures on Kysely; one code path for both engines. */
export function capturesRepo(db: Kysely<DB>): CaptureRepository {
  return {
    async findMany(urls) {
      const unique = [...new Set(urls)];
      const found: LinkCapture[] = [];
      for (let i = 0; i < unique.length; i += CHUNK) {
        const rows = await db.selectFrom('link_captures').selectAll().where('url', 'in', unique.slice(i, i + CHUNK)).execute();
        found.push(...rows.map(toCapture));
      }
      return found;
    },

    async save(c, sourceUrls) {
      const values = {
        status: c.status, job_id: c.jobId, requested_at: c.requestedAt, updated_at: c.updatedAt,
        snapshot_url: c.snapshotUrl, captured_at: c.capturedAt, error: c.error,
      };
      await db.insertInto('link_captures').values({ url: c.url, ...values }).onConflict((oc) => oc.column('url').doUpdateSet(values)).execute();
      const written = [...new Set(sourceUrls)].slice(0, CHUNK);
      if (written.length === 0) return [];
      const rows = await db.selectFrom('notes').select('article_id').distinct().where('url', 'in', written).execute();
      return rows.map((r) => r.article_id);
    },

    async countByStatus() {
      const rows = await db.selectFrom('link_captures').select(['status', (eb) => eb.fn.countAll<number | string>().as('n')]).groupBy('status').execute();
      const counts: Record<CaptureStatus, number> = { pending: 0, captured: 0, failed: 0 };
      for (const row of rows) if (row.status in counts) counts[row.status as CaptureStatus] = Number(row.n);
      return counts;
    },

    async failures(limit) {
      const rows = await db.selectFrom('link_captures').selectAll().where('status', '=', 'failed').orderBy('updated_at', 'desc').orderBy('url').limit(limit).execute();
      return rows.map(toCapture);
    },
  };
}
