import type { Kysely, Selectable } from 'kysely';
import type { TermTranslation, TranslatedKind } from '../../domain/term-translations.js';
import type { TermTranslationRepository } from '../../services/structure/ports.js';
import type { DB, TranslationsTable } from '../schema.js';

const toTranslation = (row: Selectable<TranslationsTable>): TermTranslation => ({
  kind: row.kind as TranslatedKind, itemId: row.item_id, language: row.language,
  name: row.name, slug: row.slug, description: row.description, bio: row.bio,
});

/**
 * Translated names, slugs, descriptions and bios. Every read is served by an index: a
 * kind's or an item's rows by the primary key (kind, item_id, language), a slug by the
 * unique (kind, language, slug) index.
 */
export function termTranslationsRepo(db: Kysely<DB>): TermTranslationRepository {
  return {
    async ofKind(kind) {
      const rows = await db.selectFrom('translations').selectAll().where('kind', '=', kind).orderBy('kind').orderBy('item_id').orderBy('language').execute();
      return rows.map(toTranslation);
    },
    async ofItems(kind, ids) {
      if (ids.length === 0) return [];
      const rows = await db.selectFrom('translations').selectAll().where('kind', '=', kind).where('item_id', 'in', [...new Set(ids)]).execute();
      return rows.map(toTranslation);
    },
    async findBySlug(kind, language, slug) {
      const row = await db.selectFrom('translations').selectAll()
        .where('kind', '=', kind).where('language', '=', language).where('slug', '=', slug).executeTakeFirst();
      return row ? toTranslation(row) : null;
    },
    async replace(kind, itemId, rows) {
      await db.deleteFrom('translations').where('kind', '=', kind).where('item_id', '=', itemId).execute();
      if (rows.length === 0) return;
      await db.insertInto('translations').values(rows.map((r) => ({
        kind, item_id: itemId, language: r.language, name: r.name, slug: r.slug, description: r.description, bio: r.bio,
      }))).execute();
    },
    async all() {
      const rows = await db.selectFrom('translations').selectAll().orderBy('kind').orderBy('item_id').orderBy('language').execute();
      return rows.map(toTranslation);
    },
  };
}
