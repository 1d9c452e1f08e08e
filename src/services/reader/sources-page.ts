import type { CitedSourceRow } from '../sources/ports.js';
import type { Clock, Store } from '../ports.js';
import { loadChrome, type SiteChrome } from './chrome.js';

/** Rows read for one page of sources: a bound on the query, not on the sources shown. */
export const SOURCE_ROWS = 400;

/** One cited source and the published articles citing it. */
export interface CitedSource {
  url: string;
  status: CitedSourceRow['status'];
  lastCheckedAt: string;
  archiveUrl: string | null;
  articles: Array<CitedSourceRow['article']>;
}

/** A page of the Sources list, and the cursor of the next one (null on the last). */
export interface SourcesPage {
  chrome: SiteChrome;
  sources: CitedSource[];
  next: string | null;
}

/** Groups (link, article) rows into sources, each article once, in URL order. */
export function groupSources(rows: readonly CitedSourceRow[]): CitedSource[] {
  const byUrl = new Map<string, CitedSource>();
  for (const row of rows) {
    const source = byUrl.get(row.url) ?? { url: row.url, status: row.status, lastCheckedAt: row.lastCheckedAt, archiveUrl: row.archiveUrl, articles: [] };
    if (!source.articles.some((a) => a.id === row.article.id)) source.articles.push(row.article);
    byUrl.set(row.url, source);
  }
  return [...byUrl.values()];
}

/**
 * The checked links that published articles cite, each once (by its normalised URL), with
 * its status and the articles citing it, after `after` in URL order. A full page of rows
 * may cut the last source's articles short, so that source starts the next page.
 */
export async function sourcesPage(store: Store, clock: Clock, after: string): Promise<SourcesPage> {
  const now = clock().toISOString();
  const [chrome, rows] = await Promise.all([loadChrome(store.repos, now), store.repos.links.citedSources(after, SOURCE_ROWS, now)]);
  let sources = groupSources(rows);
  let next: string | null = null;
  if (rows.length === SOURCE_ROWS && sources.length > 1) {
    sources = sources.slice(0, -1);
    next = sources.at(-1)!.url;
  } else if (rows.length === SOURCE_ROWS) {
    next = sources[0]!.url;
  }
  return { chrome, sources, next };
}
