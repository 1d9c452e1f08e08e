import type { Kysely, Migration } from 'kysely';
import type { DialectHelpers } from '../dialect.js';
import { fillListings } from '../repos/listing-rows.js';

/**
 * Listings: each published article's row in every list that shows it (home, the whole
 * site, each section up the tree, each tag, each author) in the order pages read them,
 * and how many each list holds. List pages, their counts and feeds then cost the same at
 * any archive size. Filled from the articles already there.
 */
export function listingsMigration(_h: DialectHelpers): Migration {
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      await db.schema
        .createTable('listings')
        .addColumn('scope', 'text', (c) => c.notNull())
        .addColumn('scope_id', 'integer', (c) => c.notNull())
        .addColumn('article_id', 'integer', (c) => c.notNull().references('articles.id').onDelete('cascade'))
        .addColumn('sticky', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('published_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('listings_pk', ['article_id', 'scope', 'scope_id'])
        .execute();
      // Serves every list page in order (read backwards) and, with sticky pinned, the count of future-dated rows.
      await db.schema.createIndex('listings_order_idx').on('listings').columns(['scope', 'scope_id', 'sticky', 'published_at', 'article_id']).execute();
      // The newest change of one list, when an article leaves it.
      await db.schema.createIndex('listings_updated_idx').on('listings').columns(['scope', 'scope_id', 'updated_at']).execute();
      await db.schema
        .createTable('listing_counts')
        .addColumn('scope', 'text', (c) => c.notNull())
        .addColumn('scope_id', 'integer', (c) => c.notNull())
        .addColumn('total', 'integer', (c) => c.notNull())
        .addColumn('last_modified', 'text')
        .addPrimaryKeyConstraint('listing_counts_pk', ['scope', 'scope_id'])
        .execute();
      await fillListings(db);
      // Which articles cite a link (their pages show its status when a check changes it).
      await db.schema.createIndex('notes_url_idx').on('notes').column('url').execute();
    },
    async down(db: Kysely<unknown>): Promise<void> {
      await db.schema.dropIndex('notes_url_idx').execute();
      await db.schema.dropTable('listing_counts').execute();
      await db.schema.dropTable('listings').execute();
    },
  };
}
