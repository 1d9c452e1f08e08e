import type { Kysely, Migration } from 'kysely';
import type { DialectHelpers } from '../dialect.js';

/**
 * Admin API integration keys: each writing app or script gets a key of its own with the
 * scopes it needs, so one can be revoked without the others. The secret signs the app's
 * short-lived tokens (HMAC), so it is kept as issued; `key_id` is the public half (`kid`).
 */
export function integrationTokensMigration(h: DialectHelpers): Migration {
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      await db.schema
        .createTable('integration_tokens')
        .addColumn('id', h.idColumnType, h.idColumn)
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('key_id', 'text', (c) => c.notNull().unique())
        .addColumn('secret', 'text', (c) => c.notNull())
        .addColumn('scopes', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('last_used_at', 'text')
        .addColumn('revoked_at', 'text')
        .execute();
    },
    async down(db: Kysely<unknown>): Promise<void> {
      await db.schema.dropTable('integration_tokens').execute();
    },
  };
}
