import type { Kysely, Migration } from 'kysely';
import type { DialectHelpers } from '../dialect.js';

/** The engine's full-text search index, and the tables behind "You may also like". */
export function searchMigration(h: DialectHelpers): Migration {
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      await h.searchSchema.up(db);

      await db.schema
        .createTable('related_terms')
        .addColumn('article_id', 'integer', (c) => c.primaryKey().references('articles.id').onDelete('cascade'))
        .addColumn('terms', 'text', (c) => c.notNull())
        .execute();

      await db.schema
        .createTable('related_articles')
        .addColumn('article_id', 'integer', (c) => c.notNull().references('articles.id').onDelete('cascade'))
        .addColumn('related_id', 'integer', (c) => c.notNull().references('articles.id').onDelete('cascade'))
        .addColumn('rank', 'integer', (c) => c.notNull())
        .addColumn('score', 'real', (c) => c.notNull())
        .addPrimaryKeyConstraint('related_articles_pk', ['article_id', 'rank'])
        .execute();
      // Deleting an article cascades to the lists that name it; this keeps that cheap.
      await db.schema.createIndex('related_articles_related_idx').on('related_articles').column('related_id').execute();
    },

    async down(db: Kysely<unknown>): Promise<void> {
      await db.schema.dropTable('related_articles').execute();
      await db.schema.dropTable('related_terms').execute();
      await h.searchSchema.down(db);
    },
  };
}
