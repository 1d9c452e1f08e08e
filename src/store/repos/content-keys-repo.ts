import type { Kysely, Selectable } from 'kysely';
import type { ContentKey, ContentKeyRepository } from '../../services/content-api/ports.js';
import type { ContentKeysTable, DB } from '../schema.js';

const toKey = (row: Selectable<ContentKeysTable>): ContentKey => ({
  id: row.id, name: row.name, secret: row.secret, createdAt: row.created_at, revokedAt: row.revoked_at,
});

/** Content API keys on Kysely; looked up by their unique secret. */
export function contentKeysRepo(db: Kysely<DB>): ContentKeyRepository {
  return {
    async insert(key) {
      const row = await db.insertInto('content_keys').values({ name: key.name, secret: key.secret, created_at: key.createdAt })
        .returning('id').executeTakeFirstOrThrow();
      return row.id;
    },
    async list() {
      return (await db.selectFrom('content_keys').selectAll().orderBy('id').execute()).map(toKey);
    },
    async findActive(secret) {
      const row = await db.selectFrom('content_keys').selectAll().where('secret', '=', secret).where('revoked_at', 'is', null).executeTakeFirst();
      return row ? toKey(row) : null;
    },
    async revoke(id, at) {
      const result = await db.updateTable('content_keys').set({ revoked_at: at }).where('id', '=', id).where('revoked_at', 'is', null).executeTakeFirst();
      return Number(result.numUpdatedRows) > 0;
    },
  };
}
