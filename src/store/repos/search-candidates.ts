import { sql, type RawBuilder } from 'kysely';
import type { SearchRequest } from '../../services/discovery/ports.js';

/**
 * Search ranks at most this many matches: the newest by id. A common word in a large
 * archive matches tens of thousands of articles; ranking all of them on every search is
 * what made search slow down with the archive. Past it the page says "more than".
 */
export const SEARCH_CANDIDATES = 2000;

/**
 * The listing row that says whether candidate `c` may be shown (the whole site's list:
 * published articles): a primary-key look-up of a small row, where reading the article's
 * own row (its bodies beside) cost four times as much.
 */
export const candidateListing = sql`left join listings s_l on s_l.article_id = c.id and s_l.scope = 'site' and s_l.scope_id = 0`;

/**
 * Whether candidate `c` (joined to its listing `s_l`, candidateListing) may be returned:
 * listed, published by `now`, and within the request's section (with its subsections),
 * tag, author and dates. Membership is a primary-key look-up in listings, so each
 * candidate costs the same at any archive size.
 */
export function candidateFilter(request: SearchRequest): RawBuilder<boolean> {
  const inList = (scope: string, id: number) =>
    sql`exists (select 1 from listings l where l.article_id = c.id and l.scope = ${scope} and l.scope_id = ${id})`;
  const terms = [sql`s_l.article_id is not null and s_l.published_at <= ${request.now}`];
  if (request.sectionId !== undefined) terms.push(inList('section', request.sectionId));
  if (request.tagId !== undefined) terms.push(inList('tag', request.tagId));
  if (request.authorId !== undefined) terms.push(inList('author', request.authorId));
  if (request.from) terms.push(sql`s_l.published_at >= ${request.from}`);
  if (request.to) terms.push(sql`s_l.published_at < ${request.to}`);
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
