import type { Kysely } from 'kysely';
import type { SearchRequest } from '../../services/discovery/ports.js';
import type { DB } from '../schema.js';
import { publiclyVisible } from './public-visibility.js';

/**
 * Ids of the articles a search may return: published by `now`, and within the request's
 * section, tag, author and date filters. Both engines' search queries embed this one query.
 */
export function searchCandidates(db: Kysely<DB>, request: SearchRequest) {
  let query = db
    .selectFrom('articles')
    .select('articles.id')
    .where((eb) => publiclyVisible(eb, request.now, 'article'));
  if (request.sectionIds) query = query.where('articles.section_id', 'in', request.sectionIds.length ? request.sectionIds : [-1]);
  if (request.tagId !== undefined) {
    query = query.where('articles.id', 'in', db.selectFrom('article_tags').select('article_id').where('tag_id', '=', request.tagId));
  }
  if (request.authorId !== undefined) {
    query = query.where('articles.id', 'in', db.selectFrom('article_authors').select('article_id').where('author_id', '=', request.authorId));
  }
  if (request.from) query = query.where('articles.published_at', '>=', request.from);
  if (request.to) query = query.where('articles.published_at', '<', request.to);
  return query;
}
