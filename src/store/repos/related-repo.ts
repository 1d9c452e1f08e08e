import type { Kysely } from 'kysely';
import type { MediaSize } from '../../domain/media.js';
import type { RelatedPick } from '../../domain/relatedness.js';
import type { RelatedRepository } from '../../services/discovery/ports.js';
import type { DB } from '../schema.js';
import { compiledQuery } from '../compiled-query.js';
import { publiclyVisible } from './public-visibility.js';
import { SUMMARY_COLUMNS, toSummary } from './row-mappers.js';

// Well under both engines' bound-parameter limits.
const BATCH = 400;

function chunks<T>(items: T[], size = BATCH): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

// On every article page: compiled once per engine.
const relatedOf = compiledQuery((db: Kysely<DB>, p: { articleId: number; now: string }) => db
  .selectFrom('related_articles')
  .innerJoin('articles', 'articles.id', 'related_articles.related_id')
  // Its featured image's sizes, for the thumbnail (by primary key).
  .leftJoin('media', 'media.id', 'articles.featured_media_id')
  .select(SUMMARY_COLUMNS)
  .select(['media.sizes as thumb_sizes'])
  .where('related_articles.article_id', '=', p.articleId)
  .where((eb) => publiclyVisible(eb, p.now))
  .orderBy('related_articles.rank'));

function parseSizes(json: string | null): MediaSize[] {
  if (!json) return [];
  try {
    return JSON.parse(json) as MediaSize[];
  } catch {
    return [];
  }
}

/** Stored term counts and "You may also like" lists; one code path on both engines. */
export function relatedRepo(db: Kysely<DB>): RelatedRepository {
  return {
    async setTerms(articleId, terms) {
      if (terms === null) {
        await db.deleteFrom('related_terms').where('article_id', '=', articleId).execute();
        return;
      }
      const json = JSON.stringify(terms);
      await db
        .insertInto('related_terms')
        .values({ article_id: articleId, terms: json })
        .onConflict((oc) => oc.column('article_id').doUpdateSet({ terms: json }))
        .execute();
    },

    async inputs() {
      const rows = await db
        .selectFrom('related_terms')
        .innerJoin('articles', 'articles.id', 'related_terms.article_id')
        .select(['articles.id', 'related_terms.terms', 'articles.section_id', 'articles.published_at'])
        // Deliberately not publiclyVisible(): no time bound, so an article published with a
        // later date is already a candidate; publishedFor() hides it until that date.
        .where('articles.kind', '=', 'article')
        .where('articles.status', '=', 'published')
        .orderBy('articles.id')
        .execute();
      const authors = await db
        .selectFrom('article_authors')
        .innerJoin('related_terms', 'related_terms.article_id', 'article_authors.article_id')
        .select(['article_authors.article_id', 'article_authors.author_id'])
        .execute();
      const byArticle = new Map<number, number[]>();
      for (const row of authors) byArticle.set(row.article_id, [...(byArticle.get(row.article_id) ?? []), row.author_id]);
      return rows.map((row) => ({
        id: row.id,
        terms: JSON.parse(row.terms) as Record<string, number>,
        authorIds: byArticle.get(row.id) ?? [],
        sectionId: row.section_id,
        publishedAt: row.published_at ?? '',
      }));
    },

    async lists() {
      const rows = await db.selectFrom('related_articles').selectAll().orderBy('article_id').orderBy('rank').execute();
      const lists = new Map<number, RelatedPick[]>();
      for (const row of rows) lists.set(row.article_id, [...(lists.get(row.article_id) ?? []), { id: row.related_id, score: row.score }]);
      return lists;
    },

    async replace(lists) {
      for (const ids of chunks([...lists.keys()])) await db.deleteFrom('related_articles').where('article_id', 'in', ids).execute();
      const rows = [...lists].flatMap(([articleId, picks]) =>
        picks.map((pick, rank) => ({ article_id: articleId, related_id: pick.id, rank, score: pick.score })),
      );
      for (const batch of chunks(rows)) await db.insertInto('related_articles').values(batch).execute();
    },

    async publishedFor(articleId, now) {
      const rows = await relatedOf(db, { articleId, now });
      return rows.map((row) => ({ ...toSummary(row), thumbSizes: parseSizes(row.thumb_sizes) }));
    },
  };
}
