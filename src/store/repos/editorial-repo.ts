import { sql, type Kysely } from 'kysely';
import type { ArticleEditorial } from '../../domain/editorial.js';
import { parseArticleType } from '../../domain/article-type.js';
import type { AdminArticleQuery, EditorialRepository } from '../../services/articles/ports.js';
import type { DB } from '../schema.js';
import { adminFilterSql } from './admin-filter-sql.js';
import { SUMMARY_COLUMNS, toArticle, toSummary } from './row-mappers.js';
import { SHARE_CARD_COLUMNS, shareCardRow, toShareCard } from './share-card-columns.js';

const EDITORIAL_COLUMNS = [
  'articles.version', 'articles.featured_media_id', 'articles.featured_alt', 'articles.seo_title', 'articles.seo_description',
  'articles.owner_user_id', 'articles.updated_by', 'articles.lint_errors', 'articles.lint_warnings', 'articles.article_type',
  'articles.featured_caption', ...SHARE_CARD_COLUMNS.map((c) => `articles.${c}` as const),
] as const;

type EditorialRow = {
  version: number; featured_media_id: number | null; featured_alt: string | null; seo_title: string | null; seo_description: string | null;
  owner_user_id: number | null; updated_by: number | null; lint_errors: number; lint_warnings: number; article_type: string | null;
  featured_caption: string | null;
} & Record<(typeof SHARE_CARD_COLUMNS)[number], string | null>;

function toEditorial(row: EditorialRow): ArticleEditorial {
  return {
    version: row.version, featuredMediaId: row.featured_media_id, featuredAlt: row.featured_alt, seoTitle: row.seo_title,
    seoDescription: row.seo_description, ownerUserId: row.owner_user_id, updatedBy: row.updated_by,
    lintErrors: row.lint_errors, lintWarnings: row.lint_warnings, articleType: parseArticleType(row.article_type),
    featuredCaption: row.featured_caption, shareCard: toShareCard(row),
  };
}

/** The editorial columns of articles and the admin's article lists. */
export function editorialRepo(db: Kysely<DB>): EditorialRepository {
  function filtered(query: Omit<AdminArticleQuery, 'limit' | 'offset'>) {
    let base = db.selectFrom('articles').where('articles.kind', '=', query.kind ?? 'article');
    if (query.status) base = base.where('articles.status', '=', query.status);
    if (query.filter) base = base.where(adminFilterSql(query.filter));
    if (query.withLintFindings) base = base.where((eb) => eb.or([eb('articles.lint_errors', '>', 0), eb('articles.lint_warnings', '>', 0)]));
    if (query.own) {
      const { userId, authorId } = query.own;
      base = base.where((eb) =>
        eb.or([
          eb('articles.owner_user_id', '=', userId),
          eb('articles.id', 'in', db.selectFrom('article_authors').select('article_id').where('author_id', '=', authorId ?? -1)),
        ]),
      );
    }
    return base;
  }

  return {
    async findArticle(id) {
      const row = await db.selectFrom('articles').selectAll().where('id', '=', id).executeTakeFirst();
      return row ? toArticle(row) : null;
    },
    async find(articleId) {
      const row = await db.selectFrom('articles').select(EDITORIAL_COLUMNS).where('id', '=', articleId).executeTakeFirst();
      return row ? toEditorial(row) : null;
    },
    async set(articleId, f) {
      const values = {
        ...(f.featuredMediaId !== undefined ? { featured_media_id: f.featuredMediaId } : {}),
        ...(f.featuredAlt !== undefined ? { featured_alt: f.featuredAlt } : {}),
        ...(f.seoTitle !== undefined ? { seo_title: f.seoTitle } : {}),
        ...(f.seoDescription !== undefined ? { seo_description: f.seoDescription } : {}),
        ...(f.ownerUserId !== undefined ? { owner_user_id: f.ownerUserId } : {}),
        ...(f.updatedBy !== undefined ? { updated_by: f.updatedBy } : {}),
        ...(f.articleType !== undefined ? { article_type: f.articleType } : {}),
        ...(f.featuredCaption !== undefined ? { featured_caption: f.featuredCaption } : {}),
        ...(f.shareCard !== undefined ? shareCardRow(f.shareCard) : {}),
      };
      if (Object.keys(values).length > 0) await db.updateTable('articles').set(values).where('id', '=', articleId).execute();
    },
    async setLintCounts(articleId, errors, warnings) {
      await db.updateTable('articles').set({ lint_errors: errors, lint_warnings: warnings }).where('id', '=', articleId).execute();
    },
    async holdVersion(articleId, expected) {
      const result = await db
        .updateTable('articles')
        .set({ version: sql<number>`version` })
        .where('id', '=', articleId)
        .where('version', '=', expected)
        .executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    },
    async touch(articleId, updatedAt) {
      await db.updateTable('articles').set({ updated_at: updatedAt }).where('id', '=', articleId).execute();
    },
    async list(query) {
      const rows = await filtered(query)
        .select([...SUMMARY_COLUMNS, ...EDITORIAL_COLUMNS])
        .orderBy('articles.updated_at', 'desc')
        .orderBy('articles.id', 'desc')
        .limit(query.limit)
        .offset(query.offset)
        .execute();
      return rows.map((row) => ({ ...toSummary(row), ...toEditorial(row) }));
    },
    async count(query) {
      const row = await filtered(query).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
      return Number(row.n);
    },
  };
}
