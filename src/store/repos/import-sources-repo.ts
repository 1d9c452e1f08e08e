import type { Kysely } from 'kysely';
import type { ImportSourceRepository } from '../../services/transfer/ports.js';
import type { DB } from '../schema.js';

/** Import provenance: (source, kind, external id) → local record and a checksum of what was imported. */
export function importSourcesRepo(db: Kysely<DB>): ImportSourceRepository {
  return {
    async find(source, kind, externalId) {
      const row = await db
        .selectFrom('import_sources')
        .select(['local_id', 'checksum'])
        .where('source', '=', source)
        .where('kind', '=', kind)
        .where('external_id', '=', externalId)
        .executeTakeFirst();
      return row ? { localId: row.local_id, checksum: row.checksum } : null;
    },
    async save(source, kind, externalId, record, now) {
      await db
        .insertInto('import_sources')
        .values({ source, kind, external_id: externalId, local_id: record.localId, checksum: record.checksum, imported_at: now })
        .onConflict((oc) => oc.columns(['source', 'kind', 'external_id']).doUpdateSet({ local_id: record.localId, checksum: record.checksum, imported_at: now }))
        .execute();
    },
  };
}
