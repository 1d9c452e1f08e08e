import type { Kysely } from 'kysely';
import type { ArticleRepository } from '../../services/ports.js';
import type { DB } from '../schema.js';
import { toArticle } from './row-mappers.js';

type LifecycleMethods = Pick<ArticleRepository, 'findById' | 'setStatus' | 'remove' | 'lastModifiedBy'>;

/** Status changes, deletion, and per-group last-modified times (for sitemaps). */
export function articleLifecycle(db: Kysely<DB>): LifecycleMethods {
  const published = (now: string) =>
    db.selectFrom('articles').where('articles.kind', '=', 'article').where('articles.status', '=', 'published').where('articles.published_at', '<=', now);

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
