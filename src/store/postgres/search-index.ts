import { sql, type Kysely } from 'kysely';
import { HIGHLIGHT_END, HIGHLIGHT_START, type SearchQuery } from '../../domain/search-query.js';
import type { SearchRepository } from '../../services/discovery/ports.js';
import { toSummary } from '../repos/row-mappers.js';
import { searchCandidates } from '../repos/search-candidates.js';
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

    async remove(articleId) {
      await sql`delete from search_index where article_id = ${articleId}`.execute(db);
    },

    async search(request) {
      if (request.query.terms.length === 0) return { hits: [], total: 0 };
      const query = sql`to_tsquery('english', ${tsQuery(request.query)})`;
      const candidates = searchCandidates(db, request);
      const count = await sql<{ n: number }>`select count(*)::int as n from search_index s
        where s.document @@ ${query} and s.article_id in (${candidates})`.execute(db);
      const total = Number(count.rows[0]?.n ?? 0);
      if (total === 0 || request.offset >= total) return { hits: [], total };
      // Headlines are costly: rank and page first, then headline only the page's rows.
      const rows = await sql<Parameters<typeof toSummary>[0] & { marked_title: string; marked_snippet: string }>`
        with q as (select ${query} as query),
        page as (
          select s.article_id, ts_rank(s.document, q.query) as rank, a.published_at
          from search_index s join articles a on a.id = s.article_id, q
          where s.document @@ q.query and s.article_id in (${candidates})
          order by rank desc, a.published_at desc, s.article_id desc
          limit ${request.limit} offset ${request.offset}
        )
        select ${summarySelection()},
          ts_headline('english', s.title, q.query, ${TITLE}) as marked_title,
          ts_headline('english', s.body, q.query, ${SNIPPET}) as marked_snippet
        from page join search_index s on s.article_id = page.article_id
          join articles on articles.id = page.article_id, q
        order by page.rank desc, page.published_at desc, page.article_id desc`.execute(db);
      const hits = rows.rows.map((row) => ({
        article: toSummary(row),
        markedTitle: row.marked_title,
        markedSnippet: row.marked_snippet,
      }));
      return { hits, total };
    },
  };
}
