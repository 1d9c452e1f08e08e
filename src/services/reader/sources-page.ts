import type { CitedSourceRow } from '../sources/ports.js';
import type { Clock, Store } from '../ports.js';
import { loadChrome, type SiteChrome } from './chrome.js';

/** Sources a page shows. */
export const SOURCES_PER_PAGE = 100;

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
 * its status and the articles citing it, after `after` in URL order, a page at a time.
 */
export async function sourcesPage(store: Store, clock: Clock, after: string): Promise<SourcesPage> {
  const now = clock().toISOString();
  const [chrome, rows] = await Promise.all([loadChrome(store.repos, now), store.repos.links.citedSources(after, SOURCES_PER_PAGE + 1, now)]);
  const all = groupSources(rows);
  const sources = all.slice(0, SOURCES_PER_PAGE);
  return { chrome, sources, next: all.length > SOURCES_PER_PAGE ? sources.at(-1)!.url : null };
}
