import type { Kysely, Migration } from 'kysely';

/**
 * Translated names of sections, tags and authors. Migration 016 made `translations` with a
 * name and slug every row must have and no description; nothing wrote to it. It is made
 * again with every translated field optional (an author's translation is only a bio; a
 * section may translate its name and keep its slug) and a description: one row per
 * (kind, item, language), the primary key serving "this item's translations" and "every
 * section's", the unique (kind, language, slug) index serving a `/fr/section/…` look-up
 * and keeping a slug unique per language (rows without a slug do not collide: NULLs are distinct on both engines).
 */
export function taxonomyTranslationsMigration(): Migration {
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      await db.schema.dropTable('translations').execute();
      await db.schema
        .createTable('translations')
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('item_id', 'integer', (c) => c.notNull())
        .addColumn('language', 'text', (c) => c.notNull())
        .addColumn('name', 'text')
        .addColumn('slug', 'text')
        .addColumn('description', 'text')
        .addColumn('bio', 'text')
        .addPrimaryKeyConstraint('translations_pk', ['kind', 'item_id', 'language'])
        .execute();
      await db.schema.createIndex('translations_slug_idx').on('translations').columns(['kind', 'language', 'slug']).unique().execute();
    },
    async down(db: Kysely<unknown>): Promise<void> {
      await db.schema.dropTable('translations').execute();
      await db.schema
        .createTable('translations')
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('item_id', 'integer', (c) => c.notNull())
        .addColumn('language', 'text', (c) => c.notNull())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('slug', 'text', (c) => c.notNull())
        .addColumn('bio', 'text')
        .addPrimaryKeyConstraint('translations_pk', ['kind', 'item_id', 'language'])
        .execute();
      await db.schema.createIndex('translations_slug_idx').on('translations').columns(['kind', 'language', 'slug']).unique().execute();
    },
  };
}
