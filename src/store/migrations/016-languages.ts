import { sql, type Kysely, type Migration, type RawBuilder } from 'kysely';
import { ARABIC_FOLDS } from '../../domain/arabic-folding.js';
import type { DialectHelpers } from '../dialect.js';
import { fillListings } from '../repos/listing-rows.js';

const SEARCH_COLUMNS = ['title', 'dek', 'body', 'tags', 'authors'] as const;

/** `column` with every Arabic fold applied, in SQL both engines run (nested replace()). */
function folded(column: string): RawBuilder<string> {
  let expression: RawBuilder<string> = sql`${sql.ref(column)}`;
  for (const [from, to] of ARABIC_FOLDS) expression = sql<string>`replace(${expression}, ${sql.lit(from)}, ${sql.lit(to)})`;
  return expression;
}

/**
 * Languages: articles that translate each other share a `translation_group` (indexed: an
 * article page reads its translations by it); sections, tags and authors get translated
 * names, slugs and bios in `translations`, one row per (kind, item, language), found by
 * slug through the unique (kind, language, slug) index. Lists gain language scopes
 * (`home@fr`, `section@fr`…), filled here. Already-indexed search text is folded as new
 * text is (Arabic letter variants, harakat), so old and new entries match alike.
 */
export function languagesMigration(h: DialectHelpers): Migration {
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      await db.schema.alterTable('articles').addColumn('translation_group', 'integer').execute();
      await db.schema.createIndex('articles_translation_group_idx').on('articles').columns(['translation_group', 'language']).execute();
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
      // Language lists of the articles already published (the plain lists are there since 009).
      await sql`delete from listings`.execute(db);
      await sql`delete from listing_counts`.execute(db);
      await fillListings(db);
      const anyArabic = sql.join(
        SEARCH_COLUMNS.flatMap((column) => ARABIC_FOLDS.map(([from]) => sql`${sql.ref(column)} like ${sql.lit(`%${from}%`)}`)),
        sql` or `,
      );
      void h;
      await sql`update search_index set ${sql.join(SEARCH_COLUMNS.map((column) => sql`${sql.ref(column)} = ${folded(column)}`))} where ${anyArabic}`.execute(db);
    },
    async down(db: Kysely<unknown>): Promise<void> {
      await sql`delete from listings where scope like '%@%'`.execute(db);
      await sql`delete from listing_counts where scope like '%@%'`.execute(db);
      await db.schema.dropTable('translations').execute();
      await db.schema.dropIndex('articles_translation_group_idx').execute();
      await db.schema.alterTable('articles').dropColumn('translation_group').execute();
    },
  };
}
