import type { SearchHit } from '../../services/discovery/ports.js';
import { toSummary } from './row-mappers.js';

/** A result row: the article's summary columns, and its title and snippet with marked matches. */
export type HitRow = Parameters<typeof toSummary>[0] & { marked_title: string; marked_snippet: string };

/** The page's hits in the order `ids` ranked them. */
export function inPageOrder(ids: number[], rows: HitRow[]): SearchHit[] {
  const byId = new Map(rows.map((row) => [row.id, row]));
  return ids.flatMap((id) => {
    const row = byId.get(id);
    return row ? [{ article: toSummary(row), markedTitle: row.marked_title, markedSnippet: row.marked_snippet }] : [];
  });
}
