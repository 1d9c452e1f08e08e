import { articlePath, authorPath, sectionPath } from '../domain/permalinks.js';
import { HIGHLIGHT_END, HIGHLIGHT_START } from '../domain/search-query.js';
import { sectionSlugPath } from '../domain/section.js';
import type { SearchPage, SearchParams } from '../services/reader/search-page.js';
import { pageLocale, presentChrome, presentHead } from './chrome-presenter.js';
import { t } from './i18n/translate.js';
import { rulesOf } from './permalinks.js';
import { presentDate } from './dates.js';
import type { MarkedTextView, OptionView, PaginationView, SearchPageView } from './view-models.js';

/**
 * Splits engine output with highlight markers into plain and marked parts. The view
 * escapes each part like any text, so a snippet can never carry markup.
 */
export function presentMarked(marked: string): MarkedTextView {
  const parts: MarkedTextView = [];
  let mark = false;
  for (const piece of marked.split(new RegExp(`([${HIGHLIGHT_START}${HIGHLIGHT_END}])`))) {
    if (piece === HIGHLIGHT_START) mark = true;
    else if (piece === HIGHLIGHT_END) mark = false;
    else if (piece) parts.push({ text: piece, mark });
  }
  return parts;
}

/** `/search?…` for the same query and filters on another page. */
export function searchPath(params: SearchParams, page: number): string {
  const query = new URLSearchParams();
  for (const key of ['q', 'section', 'author', 'tag', 'from', 'to'] as const) if (params[key]) query.set(key, params[key]);
  if (page > 1) query.set('page', String(page));
  const text = query.toString();
  return text ? `/search?${text}` : '/search';
}

function options(items: Array<{ value: string; label: string }>, selected: string, anyLabel: string): OptionView[] {
  return [{ value: '', label: anyLabel, selected: selected === '' }, ...items.map((i) => ({ ...i, selected: i.value === selected }))];
}

/** "3 results for “q” — page 1 of 2." in the locale; a capped count says "More than". */
function searchSummary(locale: string, q: string, results: SearchPage['results'], capped: boolean): string {
  if (results.total === 0) return t(locale, 'search.noResults', { q });
  const found = t(locale, capped ? 'search.foundMore' : 'search.found', { count: results.total, q });
  const line = results.pageCount > 1
    ? t(locale, 'search.summaryPaged', { found, page: results.page, pages: results.pageCount })
    : t(locale, 'search.summary', { found });
  return capped ? `${line} ${t(locale, 'search.capped')}` : line;
}

/** The search page: the form keeps what was asked; results are marked, never raw HTML. */
export function presentSearch(siteUrl: string, data: SearchPage): SearchPageView {
  const { chrome, applied, results } = data;
  const { settings, sections } = chrome;
  const q = applied.q.slice(0, 512);
  const pagination: PaginationView = {
    page: results.page,
    pageCount: results.pageCount,
    prev: results.page > 1 ? searchPath(applied, Math.min(results.page - 1, results.pageCount)) : null,
    next: results.page < results.pageCount ? searchPath(applied, results.page + 1) : null,
  };
  const asked = data.query.terms.length > 0;
  const locale = pageLocale(chrome);
  const summary = !asked ? (q.trim() ? t(locale, 'search.nothingToSearch') : null) : searchSummary(locale, q, results, data.capped);
  return {
    chrome: presentChrome(chrome),
    head: presentHead(siteUrl, {
      title: `${asked ? t(locale, 'search.title', { q: q.slice(0, 80) }) : t(locale, 'search.heading')} — ${settings.title}`,
      description: t(locale, 'search.description', { site: settings.title }),
      path: '/search',
      noindex: true,
      pagination,
      siteName: settings.title,
      language: settings.language,
    }),
    form: {
      q,
      from: applied.from,
      to: applied.to,
      sections: options(sections.map((s) => ({ value: sectionSlugPath(sections, s), label: s.parentId === null ? s.name : `— ${s.name}` })), applied.section, t(locale, 'search.allSections')),
      authors: options(data.authors.map((a) => ({ value: a.slug, label: a.name })), applied.author, t(locale, 'search.allAuthors')),
      tags: options(data.tags.map((t) => ({ value: t.slug, label: t.name })), applied.tag, t(locale, 'search.allTags')),
    },
    summary,
    results: results.items.map((item) => ({
      href: articlePath(item, rulesOf(chrome)),
      title: presentMarked(item.markedTitle || item.title),
      snippet: presentMarked(item.markedSnippet || item.excerpt),
      published: presentDate(item.publishedAt, locale, settings.timeZone),
      section: item.section ? { href: sectionPath(sectionSlugPath(sections, item.section)), label: item.section.name } : null,
      authors: item.authors.map((a) => ({ href: authorPath(a.slug), label: a.name })),
    })),
    pagination,
  };
}
