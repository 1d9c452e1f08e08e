import { sql, type RawBuilder } from 'kysely';
import { HIGHLIGHT_END, HIGHLIGHT_START } from '../../domain/search-query.js';
import type { SearchDocument } from '../../services/discovery/ports.js';
import { SUMMARY_COLUMNS } from './row-mappers.js';
import { foldArabic } from '../../domain/arabic-folding.js';

/** The summary columns of `articles`, each named by its own column name, for raw search SQL. */
export function summarySelection(): RawBuilder<unknown> {
  return sql.join(SUMMARY_COLUMNS.map((column) => sql`${sql.ref(column)} as ${sql.id(column.slice('articles.'.length))}`));
}

const MARKERS = new RegExp(`[${HIGHLIGHT_START}${HIGHLIGHT_END}]`, 'g');

/**
 * A document with the highlight markers removed, so only the engine can place them, and
 * Arabic letter variants folded as queries are (foldArabic).
 */
export function withoutMarkers(document: SearchDocument): SearchDocument {
  const clean = (text: string) => foldArabic(text.replace(MARKERS, ''));
  return {
    articleId: document.articleId,
    title: clean(document.title),
    dek: clean(document.dek),
    body: clean(document.body),
    tags: clean(document.tags),
    authors: clean(document.authors),
  };
}
