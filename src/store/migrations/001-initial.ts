import type { Kysely, Migration } from 'kysely';
import type { DialectHelpers } from '../dialect.js';
import { checkOneOf } from './check-one-of.js';

/** Sections, authors, tags, articles and pages, notes, redirects, settings. */
export function initialMigration(h: DialectHelpers): Migration {
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      await db.schema
        .createTable('settings')
        .addColumn('key', 'text', (c) => c.primaryKey())
        .addColumn('value', 'text', (c) => c.notNull())
        .execute();

      await db.schema
        .createTable('sections')
        .addColumn('id', h.idColumnType, h.idColumn)
        .addColumn('slug', 'text', (c) => c.notNull().unique())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('description', 'text', (c) => c.notNull().defaultTo(''))
        .addColumn('parent_id', 'integer', (c) => c.references('sections.id').onDelete('set null'))
        .addColumn('position', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('sections_parent_idx').on('sections').column('parent_id').execute();

      await db.schema
        .createTable('authors')
        .addColumn('id', h.idColumnType, h.idColumn)
        .addColumn('slug', 'text', (c) => c.notNull().unique())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('bio', 'text', (c) => c.notNull().defaultTo(''))
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();

      await db.schema
        .createTable('tags')
        .addColumn('id', h.idColumnType, h.idColumn)
        .addColumn('slug', 'text', (c) => c.notNull().unique())
        .addColumn('name', 'text', (c) => c.notNull())
        .execute();

      await db.schema
        .createTable('articles')
        .addColumn('id', h.idColumnType, h.idColumn)
        .addColumn('kind', 'text', (c) => c.notNull().defaultTo('article').check(checkOneOf('kind', ['article', 'page'])))
        .addColumn('slug', 'text', (c) => c.notNull().unique())
        .addColumn('title', 'text', (c) => c.notNull())
        .addColumn('dek', 'text')
        .addColumn('body_markdown', 'text', (c) => c.notNull())
        .addColumn('body_html', 'text', (c) => c.notNull())
        .addColumn('excerpt', 'text', (c) => c.notNull().defaultTo(''))
        .addColumn('status', 'text', (c) => c.notNull().check(checkOneOf('status', ['draft', 'scheduled', 'published'])))
        .addColumn('published_at', 'text')
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('section_id', 'integer', (c) => c.references('sections.id').onDelete('set null'))
        .addColumn('language', 'text', (c) => c.notNull().defaultTo('en'))
        .execute();
      await db.schema.createIndex('articles_listing_idx').on('articles').columns(['kind', 'status', 'published_at']).execute();
      await db.schema.createIndex('articles_section_idx').on('articles').columns(['section_id', 'published_at']).execute();

      await db.schema
        .createTable('article_authors')
        .addColumn('article_id', 'integer', (c) => c.notNull().references('articles.id').onDelete('cascade'))
        .addColumn('author_id', 'integer', (c) => c.notNull().references('authors.id').onDelete('cascade'))
        .addColumn('position', 'integer', (c) => c.notNull())
        .addPrimaryKeyConstraint('article_authors_pk', ['article_id', 'author_id'])
        .execute();
      await db.schema.createIndex('article_authors_author_idx').on('article_authors').column('author_id').execute();

      await db.schema
        .createTable('article_tags')
        .addColumn('article_id', 'integer', (c) => c.notNull().references('articles.id').onDelete('cascade'))
        .addColumn('tag_id', 'integer', (c) => c.notNull().references('tags.id').onDelete('cascade'))
        .addPrimaryKeyConstraint('article_tags_pk', ['article_id', 'tag_id'])
        .execute();
      await db.schema.createIndex('article_tags_tag_idx').on('article_tags').column('tag_id').execute();

      await db.schema
        .createTable('notes')
        .addColumn('id', h.idColumnType, h.idColumn)
        .addColumn('article_id', 'integer', (c) => c.notNull().references('articles.id').onDelete('cascade'))
        .addColumn('number', 'integer', (c) => c.notNull())
        .addColumn('label', 'text', (c) => c.notNull())
        .addColumn('raw_text', 'text', (c) => c.notNull())
        .addColumn('html', 'text', (c) => c.notNull())
        .addColumn('url', 'text')
        .addColumn('accessed', 'text')
        .addColumn('citations', 'integer', (c) => c.notNull().defaultTo(1))
        .addUniqueConstraint('notes_article_number_uq', ['article_id', 'number'])
        .execute();

      await db.schema
        .createTable('redirects')
        .addColumn('id', h.idColumnType, h.idColumn)
        .addColumn('from_path', 'text', (c) => c.notNull().unique())
        .addColumn('to_path', 'text', (c) => c.notNull())
        .addColumn('status_code', 'integer', (c) => c.notNull().defaultTo(301))
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();
    },

    async down(db: Kysely<unknown>): Promise<void> {
      for (const table of ['redirects', 'notes', 'article_tags', 'article_authors', 'articles', 'tags', 'authors', 'sections', 'settings']) {
        await db.schema.dropTable(table).execute();
      }
    },
  };
}
