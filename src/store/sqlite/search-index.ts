import { sql, type Kysely } from 'kysely';
import { HIGHLIGHT_END, HIGHLIGHT_START, type SearchQuery } from '../../domain/search-query.js';
import type { SearchRepository } from '../../services/discovery/ports.js';
import { toSummary } from '../repos/row-mappers.js';
import { searchCandidates } from '../repos/search-candidates.js';
import { summarySelection, withoutMarkers } from '../repos/summary-select.js';
import type { DB } from '../schema.js';

/** An FTS5 MATCH string: every token double-quoted, so no user text is ever FTS syntax. */
export function fts5Match(query: SearchQuery): string {
  const quote = (word: string) => `"${word.replace(/"/g, '""')}"`;
  return query.terms
    .map((term) => (term.kind === 'phrase' ? quote(term.words.join(' ')) : term.kind === 'prefix' ? `${quote(term.word)}*` : quote(term.word)))
    .join(' ');
}

type HitRow = Parameters<typeof toSummary>[0] & { marked_title: string; marked_snippet: string };

/** Search on SQLite FTS5: bm25 ranking (title weighs most), highlight() and snippet(). */
export function sqliteSearch(db: Kysely<DB>): SearchRepository {
  return {
    async index(document) {
      const d = withoutMarkers(document);
      await sql`delete from search_index where rowid = ${d.articleId}`.execute(db);
      await sql`insert into search_index (rowid, title, dek, body, tags, authors)
        values (${d.articleId}, ${d.title}, ${d.dek}, ${d.body}, ${d.tags}, ${d.authors})`.execute(db);
    },

    async remove(articleId) {
      await sql`delete from search_index where rowid = ${articleId}`.execute(db);
    },

    async search(request) {
      if (request.query.terms.length === 0) return { hits: [], total: 0 };
      const match = fts5Match(request.query);
      const candidates = searchCandidates(db, request);
      // `+rowid`: a plain rowid IN (…) is handed to FTS5 as a lookup per id, 100× slower than filtering.
      const count = await sql<{ n: number }>`select count(*) as n from search_index
        where search_index match ${match} and +rowid in (${candidates})`.execute(db);
      const total = Number(count.rows[0]?.n ?? 0);
      if (total === 0 || request.offset >= total) return { hits: [], total };
      const rank = sql`bm25(search_index, 10.0, 4.0, 1.0, 4.0, 2.0), search_index.rowid desc`;
      // Rank and page inside FTS5 alone (a join before the sort costs 5×), then join the
      // page's rows; SQLite computes result columns before sorting, so snippets are made
      // for those rows only.
      const page = sql`select rowid from search_index
        where search_index match ${match} and +rowid in (${candidates})
        order by ${rank} limit ${request.limit} offset ${request.offset}`;
      const rows = await sql<HitRow>`select ${summarySelection()},
          highlight(search_index, 0, ${HIGHLIGHT_START}, ${HIGHLIGHT_END}) as marked_title,
          snippet(search_index, 2, ${HIGHLIGHT_START}, ${HIGHLIGHT_END}, '…', 32) as marked_snippet
        from search_index join articles on articles.id = search_index.rowid
        where search_index match ${match} and search_index.rowid in (${page})
        order by ${rank}`.execute(db);
      const hits = rows.rows.map((row) => ({
        article: toSummary(row),
        markedTitle: row.marked_title,
        markedSnippet: row.marked_snippet,
      }));
      return { hits, total };
    },
  };
}
