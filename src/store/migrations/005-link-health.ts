import type { Kysely, Migration } from 'kysely';
import type { DialectHelpers } from '../dialect.js';

/** Link health: each cited URL's status and archive, its check history, and page copies. */
export function linkHealthMigration(h: DialectHelpers): Migration {
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      await db.schema
        .createTable('links')
        .addColumn('url', 'text', (c) => c.primaryKey())
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('http_status', 'integer')
        .addColumn('reason', 'text')
        .addColumn('first_checked_at', 'text', (c) => c.notNull())
        .addColumn('last_checked_at', 'text', (c) => c.notNull())
        .addColumn('consecutive_failures', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('first_failure_at', 'text')
        .addColumn('final_url', 'text')
        .addColumn('redirect_chain', 'text', (c) => c.notNull().defaultTo('[]'))
        .addColumn('fragment_lost', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('archive_url', 'text')
        .addColumn('archive_captured_at', 'text')
        .addColumn('archive_checked_at', 'text')
        .addColumn('archive_error', 'text')
        .execute();
      await db.schema.createIndex('links_last_checked_idx').on('links').column('last_checked_at').execute();

      // Notes keep the URL as written; this maps each written form to the link it checks as.
      await db.schema
        .createTable('link_urls')
        .addColumn('source_url', 'text', (c) => c.primaryKey())
        .addColumn('link_url', 'text', (c) => c.notNull().references('links.url').onDelete('cascade'))
        .addColumn('fragment', 'text')
        .execute();
      await db.schema.createIndex('link_urls_link_idx').on('link_urls').column('link_url').execute();

      await db.schema
        .createTable('link_checks')
        .addColumn('id', h.idColumnType, h.idColumn)
        .addColumn('url', 'text', (c) => c.notNull().references('links.url').onDelete('cascade'))
        .addColumn('checked_at', 'text', (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('counted_failure', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('http_status', 'integer')
        .addColumn('error', 'text')
        .addColumn('duration_ms', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('final_url', 'text')
        .addColumn('redirect_chain', 'text', (c) => c.notNull().defaultTo('[]'))
        .execute();
      await db.schema.createIndex('link_checks_url_idx').on('link_checks').columns(['url', 'checked_at']).execute();

      await db.schema
        .createTable('page_snapshots')
        .addColumn('id', h.idColumnType, h.idColumn)
        .addColumn('url', 'text', (c) => c.notNull())
        .addColumn('fetched_at', 'text', (c) => c.notNull())
        .addColumn('final_url', 'text')
        .addColumn('http_status', 'integer')
        .addColumn('content_type', 'text')
        .addColumn('sha256', 'text')
        .addColumn('html', 'text')
        .addColumn('readable_text', 'text')
        .addColumn('title', 'text')
        .addColumn('truncated', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('error', 'text')
        .execute();
      await db.schema.createIndex('page_snapshots_url_idx').on('page_snapshots').columns(['url', 'fetched_at']).execute();
    },
    async down(db: Kysely<unknown>): Promise<void> {
      for (const table of ['page_snapshots', 'link_checks', 'link_urls', 'links']) await db.schema.dropTable(table).execute();
    },
  };
}
