import type { Kysely, Selectable } from 'kysely';
import { parseScopes } from '../../domain/integration-scopes.js';
import type { IntegrationToken, IntegrationTokenRepository } from '../../services/admin-api/ports.js';
import type { DB, IntegrationTokensTable } from '../schema.js';

const toToken = (row: Selectable<IntegrationTokensTable>): IntegrationToken => ({
  id: row.id, name: row.name, keyId: row.key_id, scopes: parseScopes(row.scopes).scopes,
  createdAt: row.created_at, lastUsedAt: row.last_used_at, revokedAt: row.revoked_at,
});

/** Admin API integration keys on Kysely; looked up by their unique key id. */
export function integrationTokensRepo(db: Kysely<DB>): IntegrationTokenRepository {
  return {
    async insert(token) {
      const row = await db.insertInto('integration_tokens')
        .values({ name: token.name, key_id: token.keyId, secret: token.secret, scopes: token.scopes.join(','), created_at: token.createdAt })
        .returning('id').executeTakeFirstOrThrow();
      return row.id;
    },
    async list() {
      return (await db.selectFrom('integration_tokens').selectAll().orderBy('id').execute()).map(toToken);
    },
    async findActive(keyId) {
      const row = await db.selectFrom('integration_tokens').selectAll().where('key_id', '=', keyId).where('revoked_at', 'is', null).executeTakeFirst();
      return row ? { ...toToken(row), secret: row.secret } : null;
    },
    async revoke(id, at) {
      const result = await db.updateTable('integration_tokens').set({ revoked_at: at }).where('id', '=', id).where('revoked_at', 'is', null).executeTakeFirst();
      return Number(result.numUpdatedRows) > 0;
    },
    async touch(id, at) {
      await db.updateTable('integration_tokens').set({ last_used_at: at }).where('id', '=', id).execute();
    },
  };
}
