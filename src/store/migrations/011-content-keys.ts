import type { Kysely, Migration } from 'kysely';
import type { DialectHelpers } from '../dialect.js';

/**
 * Content API keys: each front end (a static site generator, an app) reads the Content API
 * with a key of its own, so one can be revoked without the others. A key is public by
 * design (Ghost's are sent in page scripts), so it is kept as given and looked up by it.
 */
export function contentKeysMigration(h: DialectHelpers): Migration {
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      await db.schema
        .createTable('content_keys')
        .addColumn('id', h.idColumnType, h.idColumn)
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('secret', 'text', (c) => c.notNull().unique())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('revoked_at', 'text')
        .execute();
    },
    async down(db: Kysely<unknown>): Promise<void> {
      await db.schema.dropTable('content_keys').execute();
    },
  };
}
