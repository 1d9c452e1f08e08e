import type { Kysely, Migration } from 'kysely';
import type { DialectHelpers } from '../dialect.js';
import { checkOneOf } from './check-one-of.js';

const ROLES = ['administrator', 'editor', 'author', 'contributor'];

/**
 * The editorial admin: accounts, sessions and sign-in failures (in the database, so
 * several web processes share them), revisions, corrections, media, and the editorial
 * columns of articles (version for stale-save checks, featured image, SEO fields, owner).
 */
export function adminMigration(h: DialectHelpers): Migration {
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      await db.schema
        .createTable('media')
        .addColumn('id', h.idColumnType, h.idColumn)
        .addColumn('filename', 'text', (c) => c.notNull())
        .addColumn('stored_name', 'text', (c) => c.notNull())
        .addColumn('mime', 'text', (c) => c.notNull())
        .addColumn('width', 'integer', (c) => c.notNull())
        .addColumn('height', 'integer', (c) => c.notNull())
        .addColumn('bytes', 'integer', (c) => c.notNull())
        .addColumn('alt', 'text', (c) => c.notNull().defaultTo(''))
        .addColumn('sizes', 'text', (c) => c.notNull().defaultTo('[]'))
        .addColumn('sha256', 'text', (c) => c.notNull().unique())
        .addColumn('user_id', 'integer')
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();

      await db.schema
        .createTable('users')
        .addColumn('id', h.idColumnType, h.idColumn)
        .addColumn('email', 'text', (c) => c.notNull().unique())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('role', 'text', (c) => c.notNull().check(checkOneOf('role', ROLES)))
        .addColumn('password_hash', 'text', (c) => c.notNull())
        .addColumn('author_id', 'integer', (c) => c.references('authors.id').onDelete('set null'))
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .execute();

      await db.schema
        .createTable('sessions')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id').onDelete('cascade'))
        .addColumn('csrf_token', 'text', (c) => c.notNull())
        .addColumn('ip_hash', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('last_seen_at', 'text', (c) => c.notNull())
        .addColumn('expires_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('sessions_user_idx').on('sessions').column('user_id').execute();

      await db.schema
        .createTable('login_failures')
        .addColumn('id', h.idColumnType, h.idColumn)
        .addColumn('scope', 'text', (c) => c.notNull().check(checkOneOf('scope', ['account', 'ip'])))
        .addColumn('key', 'text', (c) => c.notNull())
        .addColumn('failed_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('login_failures_key_idx').on('login_failures').columns(['scope', 'key', 'failed_at']).execute();

      await db.schema
        .createTable('revisions')
        .addColumn('id', h.idColumnType, h.idColumn)
        .addColumn('article_id', 'integer', (c) => c.notNull().references('articles.id').onDelete('cascade'))
        .addColumn('version', 'integer', (c) => c.notNull())
        .addColumn('autosave', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('title', 'text', (c) => c.notNull())
        .addColumn('body_markdown', 'text', (c) => c.notNull())
        .addColumn('fields', 'text', (c) => c.notNull().defaultTo('{}'))
        .addColumn('user_id', 'integer', (c) => c.references('users.id').onDelete('set null'))
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('revisions_article_idx').on('revisions').columns(['article_id', 'id']).execute();

      await db.schema
        .createTable('corrections')
        .addColumn('id', h.idColumnType, h.idColumn)
        .addColumn('article_id', 'integer', (c) => c.notNull().references('articles.id').onDelete('cascade'))
        .addColumn('kind', 'text', (c) => c.notNull().check(checkOneOf('kind', ['correction', 'update'])))
        .addColumn('text', 'text', (c) => c.notNull())
        .addColumn('date', 'text', (c) => c.notNull())
        .addColumn('user_id', 'integer', (c) => c.references('users.id').onDelete('set null'))
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('corrections_article_idx').on('corrections').columns(['article_id', 'date']).execute();

      // SQLite adds one column per ALTER TABLE; so does this, on both engines.
      await db.schema.alterTable('articles').addColumn('version', 'integer', (c) => c.notNull().defaultTo(1)).execute();
      await db.schema.alterTable('articles').addColumn('featured_media_id', 'integer', (c) => c.references('media.id').onDelete('set null')).execute();
      await db.schema.alterTable('articles').addColumn('featured_alt', 'text').execute();
      await db.schema.alterTable('articles').addColumn('seo_title', 'text').execute();
      await db.schema.alterTable('articles').addColumn('seo_description', 'text').execute();
      await db.schema.alterTable('articles').addColumn('owner_user_id', 'integer', (c) => c.references('users.id').onDelete('set null')).execute();
      await db.schema.alterTable('articles').addColumn('updated_by', 'integer', (c) => c.references('users.id').onDelete('set null')).execute();
      await db.schema.alterTable('articles').addColumn('lint_errors', 'integer', (c) => c.notNull().defaultTo(0)).execute();
      await db.schema.alterTable('articles').addColumn('lint_warnings', 'integer', (c) => c.notNull().defaultTo(0)).execute();
      await db.schema.alterTable('authors').addColumn('avatar_media_id', 'integer', (c) => c.references('media.id').onDelete('set null')).execute();
    },

    async down(db: Kysely<unknown>): Promise<void> {
      await db.schema.alterTable('authors').dropColumn('avatar_media_id').execute();
      for (const column of ['lint_warnings', 'lint_errors', 'updated_by', 'owner_user_id', 'seo_description', 'seo_title', 'featured_alt', 'featured_media_id', 'version']) {
        await db.schema.alterTable('articles').dropColumn(column).execute();
      }
      for (const table of ['corrections', 'revisions', 'login_failures', 'sessions', 'users', 'media']) {
        await db.schema.dropTable(table).execute();
      }
    },
  };
}
