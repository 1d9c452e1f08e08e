import { sql, type Kysely } from 'kysely';
import { HIGHLIGHT_END, HIGHLIGHT_START, type SearchQuery } from '../../domain/search-query.js';
import type { SearchRepository } from '../../services/discovery/ports.js';
import { candidateFilter, listedAt, pageOfCandidates, SEARCH_CANDIDATES, type ScoredCandidate } from '../repos/search-candidates.js';
import { inPageOrder, type HitRow } from '../repos/search-hits.js';
import { summarySelection, withoutMarkers } from '../repos/summary-select.js';
import type { DB } from '../schema.js';

/**
 * A `to_tsquery` string from parsed terms: every lexeme single-quoted (so no user text is
 * tsquery syntax), prefixes as `:*`, phrases joined with `<->`, terms with `&`.
 */
export function tsQuery(query: SearchQuery): string {
  const quote = (word: string) => `'${word.replace(/\\/g, '\\\\').replace(/'/g, "''")}'`;
  return query.terms
    .map((term) => (term.kind === 'phrase' ? `(${term.words.map(quote).join(' <-> ')})` : term.kind === 'prefix' ? `${quote(term.word)}:*` : quote(term.word)))
    .join(' & ');
}

const SNIPPET = `StartSel=${HIGHLIGHT_START}, StopSel=${HIGHLIGHT_END}, MaxWords=35, MinWords=15, MaxFragments=2, FragmentDelimiter=" … "`;
const TITLE = `StartSel=${HIGHLIGHT_START}, StopSel=${HIGHLIGHT_END}, HighlightAll=true`;

/** Search on PostgreSQL: a weighted tsvector with ts_rank, ts_headline for title and snippet. */
export function postgresSearch(db: Kysely<DB>): SearchRepository {
  return {
    async index(document) {
      const d = withoutMarkers(document);
      await sql`insert into search_index (article_id, title, dek, body, tags, authors)
        values (${d.articleId}, ${d.title}, ${d.dek}, ${d.body}, ${d.tags}, ${d.authors})
        on conflict (article_id) do update set title = excluded.title, dek = excluded.dek,
          body = excluded.body, tags = excluded.tags, authors = excluded.authors`.execute(db);
    },

    async indexMany(documents) {
      for (let i = 0; i < documents.length; i += 200) {
        const batch = documents.slice(i, i + 200).map(withoutMarkers);
        await sql`insert into search_index (article_id, title, dek, body, tags, authors) values ${sql.join(
          batch.map((d) => sql`(${d.articleId}, ${d.title}, ${d.dek}, ${d.body}, ${d.tags}, ${d.authors})`),
        )}
          on conflict (article_id) do update set title = excluded.title, dek = excluded.dek,
            body = excluded.body, tags = excluded.tags, authors = excluded.authors`.execute(db);
      }
    },

    async remove(articleId) {
      await sql`delete from search_index where article_id = ${articleId}`.execute(db);
    },

    async search(request) {
      if (request.query.terms.length === 0) return { hits: [], total: 0, capped: false };
      const query = sql`to_tsquery('english', ${tsQuery(request.query)})`;
      // The newest matches by id, ranked, each kept or not by the filters. The query is written
      // into the match itself (not a CTE), so the planner sees how common its words are: a common
      // word walks the newest rows backwards and stops at the bound, a rare one asks the GIN index
      // (through a CTE it guessed 50 matches and read all 6,468 of a common word's rows: 1.2 s).
      const candidates = await sql<ScoredCandidate>`/* bounded: the newest ${sql.raw(String(SEARCH_CANDIDATES))} matches */
        select c.id, c.score, c.listed_at as published_at, coalesce(${candidateFilter(request)}, false) as keep
        from (
          select s.article_id as id, ts_rank(s.document, ${query}) as score, ${listedAt(sql`s.article_id`)} as listed_at
          from search_index s where s.document @@ ${query} order by s.article_id desc limit ${SEARCH_CANDIDATES}
        ) c`.execute(db);
      const { ids, total, capped } = pageOfCandidates(candidates.rows, request);
      if (ids.length === 0) return { hits: [], total, capped };
      // Headlines are costly: only for the page's rows.
      const rows = await sql<HitRow>`
        with q as (select ${query} as query)
        select ${summarySelection()},
          ts_headline('english', s.title, q.query, ${TITLE}) as marked_title,
          ts_headline('english', s.body, q.query, ${SNIPPET}) as marked_snippet
        from search_index s join articles on articles.id = s.article_id, q
        where s.article_id in (${sql.join(ids)})`.execute(db);
      return { hits: inPageOrder(ids, rows.rows), total, capped };
    },
  };
}
