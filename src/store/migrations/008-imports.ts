import type { Kysely, Migration } from 'kysely';
import type { DialectHelpers } from '../dialect.js';

/** Where imported records came from (so a second import adds nothing), and sticky posts. */
export function importsMigration(h: DialectHelpers): Migration {
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      await db.schema
        .createTable('import_sources')
        .addColumn('id', h.idColumnType, h.idColumn)
        .addColumn('source', 'text', (c) => c.notNull())
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('external_id', 'text', (c) => c.notNull())
        .addColumn('local_id', 'integer', (c) => c.notNull())
        .addColumn('checksum', 'text', (c) => c.notNull())
        .addColumn('imported_at', 'text', (c) => c.notNull())
        .addUniqueConstraint('import_sources_uq', ['source', 'kind', 'external_id'])
        .execute();
      await db.schema.alterTable('articles').addColumn('sticky', 'integer', (c) => c.notNull().defaultTo(0)).execute();
    },
    async down(db: Kysely<unknown>): Promise<void> {
      await db.schema.alterTable('articles').dropColumn('sticky').execute();
      await db.schema.dropTable('import_sources').execute();
    },
  };
}
