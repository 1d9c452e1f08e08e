import { sql, type RawBuilder } from 'kysely';
import type { SearchRequest } from '../../services/discovery/ports.js';

/**
 * Search ranks at most this many matches: the newest by id. A common word in a large
 * archive matches tens of thousands of articles; ranking all of them on every search is
 * what made search slow down with the archive. Past it the page says "more than". At
 * 2,000 a common word cost three times what it costs in a 1,000-article archive (where it
 * matches about 650): each candidate is read, scored and looked up in the site's list.
 */
export const SEARCH_CANDIDATES = 1000;

/**
 * The date under which candidate `id` is in the whole site's list (published articles), or
 * null when it is not listed: a primary-key look-up of a small row per candidate, where
 * reading the article's own row (its bodies beside) cost four times as much. A scalar
 * subquery, not a join, so no engine may read the whole site's list to hash-join it
 * (PostgreSQL did at 100,000 articles for 2,000 candidates: about 200 ms instead of 20).
 */
export function listedAt(id: RawBuilder<unknown>): RawBuilder<string | null> {
  return sql<string | null>`(select l.published_at from listings l where l.article_id = ${id} and l.scope = 'site' and l.scope_id = 0)`;
}

/**
 * Whether candidate `c` (with its `listed_at`, listedAt) may be returned: listed,
 * published by `now`, and within the request's section (with its subsections), tag,
 * author and dates. Membership is a primary-key look-up in listings, so each candidate
 * costs the same at any archive size.
 */
export function candidateFilter(request: SearchRequest): RawBuilder<boolean> {
  const inList = (scope: string, id: number) =>
    sql`exists (select 1 from listings l where l.article_id = c.id and l.scope = ${scope} and l.scope_id = ${id})`;
  const terms = [sql`c.listed_at is not null and c.listed_at <= ${request.now}`];
  if (request.sectionId !== undefined) terms.push(inList('section', request.sectionId));
  if (request.tagId !== undefined) terms.push(inList('tag', request.tagId));
  if (request.authorId !== undefined) terms.push(inList('author', request.authorId));
  if (request.language !== undefined) terms.push(inList(`site@${request.language}`, 0));
  if (request.from) terms.push(sql`c.listed_at >= ${request.from}`);
  if (request.to) terms.push(sql`c.listed_at < ${request.to}`);
  return sql<boolean>`(${sql.join(terms, sql` and `)})`;
}

/** One scored candidate as the engines return it. */
export interface ScoredCandidate {
  id: number;
  /** Higher is more relevant. */
  score: number;
  published_at: string | null;
  keep: boolean | number;
}

/**
 * The page of a bounded candidate set: those the filters keep, by relevance, then
 * newest; `capped` when there were more matches than were ranked.
 */
export function pageOfCandidates(rows: ScoredCandidate[], request: Pick<SearchRequest, 'limit' | 'offset'>): { ids: number[]; total: number; capped: boolean } {
  const kept = rows.filter((row) => Boolean(row.keep)).map((row) => ({ ...row, score: Number(row.score) }));
  kept.sort((a, b) => b.score - a.score || (b.published_at ?? '').localeCompare(a.published_at ?? '') || b.id - a.id);
  return {
    ids: kept.slice(request.offset, request.offset + request.limit).map((row) => row.id),
    total: kept.length,
    capped: rows.length >= SEARCH_CANDIDATES,
  };
}
