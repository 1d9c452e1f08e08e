import type { Kysely } from 'kysely';
import type { ArticleRepository } from '../../services/articles/ports.js';
import type { DB } from '../schema.js';
import type { Note } from '../../domain/article.js';
import { toArticle, toNote } from './row-mappers.js';

type LifecycleMethods = Pick<ArticleRepository, 'findById' | 'setStatus' | 'remove' | 'bodiesOf' | 'notesOfMany'>;

/** Status changes, deletion, and bodies and notes of several articles (feeds). */
export function articleLifecycle(db: Kysely<DB>): LifecycleMethods {
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
  };
}
