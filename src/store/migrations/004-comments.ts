import type { Kysely, Migration } from 'kysely';
import type { DialectHelpers } from '../dialect.js';
import { checkOneOf } from './check-one-of.js';

const STATUSES = ['pending', 'approved', 'spam', 'trash'];

/** Reader comments, comment attempts (rate limit), the per-article switch, authors' emails. */
export function commentsMigration(h: DialectHelpers): Migration {
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      await db.schema
        .createTable('comments')
        .addColumn('id', h.idColumnType, h.idColumn)
        .addColumn('article_id', 'integer', (c) => c.notNull().references('articles.id').onDelete('cascade'))
        // A reply outlives a deleted parent; it is then shown at the top level.
        .addColumn('parent_id', 'integer', (c) => c.references('comments.id').onDelete('set null'))
        .addColumn('author_name', 'text', (c) => c.notNull())
        .addColumn('author_email', 'text', (c) => c.notNull())
        .addColumn('author_url', 'text')
        .addColumn('body', 'text', (c) => c.notNull())
        .addColumn('body_html', 'text', (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull().check(checkOneOf('status', STATUSES)))
        .addColumn('ip_hash', 'text', (c) => c.notNull())
        .addColumn('author_token_hash', 'text')
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('comments_article_idx').on('comments').columns(['article_id', 'status', 'created_at']).execute();
      await db.schema.createIndex('comments_status_idx').on('comments').columns(['status', 'created_at']).execute();
      await db.schema.createIndex('comments_email_idx').on('comments').columns(['author_email', 'status']).execute();
      await db.schema.createIndex('comments_token_idx').on('comments').column('author_token_hash').execute();

      await db.schema
        .createTable('comment_attempts')
        .addColumn('id', h.idColumnType, h.idColumn)
        .addColumn('ip_hash', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('comment_attempts_ip_idx').on('comment_attempts').columns(['ip_hash', 'created_at']).execute();
      await db.schema.createIndex('comment_attempts_time_idx').on('comment_attempts').column('created_at').execute();

      await db.schema.alterTable('articles').addColumn('comments_open', 'integer', (c) => c.notNull().defaultTo(1)).execute();
      await db.schema.alterTable('authors').addColumn('email', 'text').execute();
    },
    async down(db: Kysely<unknown>): Promise<void> {
      await db.schema.alterTable('authors').dropColumn('email').execute();
      await db.schema.alterTable('articles').dropColumn('comments_open').execute();
      await db.schema.dropTable('comment_attempts').execute();
      await db.schema.dropTable('comments').execute();
    },
  };
}
