import type { Kysely, Migration } from 'kysely';
import type { DialectHelpers } from '../dialect.js';

/** Notes as structured references: CSL-JSON, the note an "ibid" repeats, the styled rendering. */
export function citationsMigration(_h: DialectHelpers): Migration {
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      await db.schema.alterTable('notes').addColumn('csl', 'text', (c) => c.notNull().defaultTo('{"type":"document"}')).execute();
      await db.schema.alterTable('notes').addColumn('ibid_of', 'integer').execute();
      await db.schema.alterTable('notes').addColumn('recognised', 'integer', (c) => c.notNull().defaultTo(0)).execute();
      await db.schema.alterTable('notes').addColumn('styled_html', 'text').execute();
      await db.schema.alterTable('notes').addColumn('styled_with', 'text').execute();
    },
    async down(db: Kysely<unknown>): Promise<void> {
      for (const column of ['styled_with', 'styled_html', 'recognised', 'ibid_of', 'csl']) {
        await db.schema.alterTable('notes').dropColumn(column).execute();
      }
    },
  };
}
