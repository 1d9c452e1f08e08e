import type { Kysely, Migration } from 'kysely';

/**
 * Tags and authors in order of name, read from an index: the search form offers the first
 * ones by name (a bounded read), where it used to read and sort every tag and author.
 */
export function nameOrderMigration(): Migration {
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      await db.schema.createIndex('tags_name_idx').on('tags').column('name').execute();
      await db.schema.createIndex('authors_name_idx').on('authors').column('name').execute();
    },
    async down(db: Kysely<unknown>): Promise<void> {
      await db.schema.dropIndex('authors_name_idx').execute();
      await db.schema.dropIndex('tags_name_idx').execute();
    },
  };
}
