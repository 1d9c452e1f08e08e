import type { Kysely } from 'kysely';
import type { ArticleRepository } from '../../services/articles/ports.js';
import type { DB } from '../schema.js';
import type { Note } from '../../domain/article.js';
import { publiclyVisible } from './public-visibility.js';
import { toArticle, toNote } from './row-mappers.js';

type LifecycleMethods = Pick<ArticleRepository, 'findById' | 'setStatus' | 'remove' | 'lastModifiedBy' | 'bodiesOf' | 'notesOfMany'>;

/** Status changes, deletion, and per-group last-modified times (for sitemaps). */
export function articleLifecycle(db: Kysely<DB>): LifecycleMethods {
  const published = (now: string) => db.selectFrom('articles').where((eb) => publiclyVisible(eb, now, 'article'));

  return {
    async findById(id) {
      const row = await db.selectFrom('articles').selectAll().where('id', '=', id).executeTakeFirst();
      return row ? toArticle(row) : null;
    },

    async setStatus(id, status, updatedAt) {
      await db.updateTable('articles').set({ status, updated_at: updatedAt }).where('id', '=', id).execute();
    },

    async remove(id) {
      // Link rows cascade on PostgreSQL and SQLite alike (foreign keys are on).
      await db.deleteFrom('articles').where('id', '=', id).execute();
    },

    async bodiesOf(articleIds) {
      if (articleIds.length === 0) return new Map();
      const rows = await db.selectFrom('articles').select(['id', 'body_html']).where('id', 'in', articleIds).execute();
      return new Map(rows.map((row) => [row.id, row.body_html]));
    },

    async notesOfMany(articleIds) {
      const notes = new Map<number, Note[]>();
      if (articleIds.length === 0) return notes;
      const rows = await db.selectFrom('notes').selectAll().where('article_id', 'in', articleIds).orderBy('article_id').orderBy('number').execute();
      for (const row of rows) notes.set(row.article_id, [...(notes.get(row.article_id) ?? []), toNote(row)]);
      return notes;
    },

    async lastModifiedBy(group, now) {
      let rows: Array<{ id: number | null; last: string | null }>;
      if (group === 'section') {
        rows = await published(now)
          .select((eb) => ['articles.section_id as id', eb.fn.max('articles.updated_at').as('last')])
          .groupBy('articles.section_id')
          .execute();
      } else if (group === 'tag') {
        rows = await published(now)
          .innerJoin('article_tags', 'article_tags.article_id', 'articles.id')
          .select((eb) => ['article_tags.tag_id as id', eb.fn.max('articles.updated_at').as('last')])
          .groupBy('article_tags.tag_id')
          .execute();
      } else {
        rows = await published(now)
          .innerJoin('article_authors', 'article_authors.article_id', 'articles.id')
          .select((eb) => ['article_authors.author_id as id', eb.fn.max('articles.updated_at').as('last')])
          .groupBy('article_authors.author_id')
          .execute();
      }
      const result = new Map<number, string>();
      for (const row of rows) if (row.id !== null && row.last) result.set(Number(row.id), row.last);
      return result;
    },
  };
}
