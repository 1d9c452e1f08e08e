import type { Expression, ExpressionBuilder, SqlBool } from 'kysely';
import type { ArticleKind } from '../../domain/article.js';
import type { DB } from '../schema.js';

/**
 * What a reader may see: an article that is published and whose publication time is not
 * after `now` (and, when `kind` is given, of that kind). For `.where()` of any query with
 * `articles` in scope; the terms keep the order of `articles_listing_idx` (kind, status, published_at).
 */
export function publiclyVisible(eb: ExpressionBuilder<DB, 'articles'>, now: string, kind?: ArticleKind): Expression<SqlBool> {
  const published = [eb('articles.status', '=', 'published'), eb('articles.published_at', '<=', now)];
  return eb.and(kind === undefined ? published : [eb('articles.kind', '=', kind), ...published]);
}
