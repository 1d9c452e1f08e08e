import type { Kysely, Migration } from 'kysely';

/**
 * The site-wide corrections log (`/corrections` and its feed) walks every correction newest
 * first, a page at a time from a (date, id) cursor: this index serves both the order and the cursor.
 */
export function correctionsLogMigration(): Migration {
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      await db.schema.createIndex('corrections_date_idx').on('corrections').columns(['date', 'id']).execute();
    },
    async down(db: Kysely<unknown>): Promise<void> {
      await db.schema.dropIndex('corrections_date_idx').execute();
    },
  };
}
