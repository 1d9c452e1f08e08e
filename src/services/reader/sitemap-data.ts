import type { ArticleSummary } from '../../domain/article.js';
import { notFound } from '../../domain/errors.js';
import { sectionSlugPath, sectionWithDescendants, type Section } from '../../domain/section.js';
import type { Clock, Store } from '../ports.js';
import { loadChrome, type SiteChrome } from './chrome.js';

/** The sitemap protocol's limit of URLs per file. */
export const SITEMAP_MAX_URLS = 50_000;
/** Google News sitemaps list articles of the last two days, at most 1,000. */
const NEWS_WINDOW_MS = 48 * 3600 * 1000;
const NEWS_MAX = 1000;

/** How many files a list of `total` URLs needs, at least one. */
export function sitemapFileCount(total: number, max = SITEMAP_MAX_URLS): number {
  return Math.max(1, Math.ceil(total / max));
}

/** A path and when its content last changed. */
export interface SitemapEntry {
  path: string;
  lastmod: string | null;
}

/** What the sitemap index lists. */
export interface SitemapIndexData {
  articleFiles: number;
  newest: string | null;
}

/** Newest change of any published article: per-section maxima, plus the latest article (which may have no section). */
async function newestUpdate(store: Store, now: string): Promise<string | null> {
  const [bySection, latest] = await Promise.all([
    store.repos.articles.lastModifiedBy('section', now),
    store.repos.articles.listPublished({ kind: 'article', now, limit: 1, offset: 0 }),
  ]);
  return [...bySection.values(), ...latest.map((a) => a.updatedAt)].sort().at(-1) ?? null;
}

/** The index: how many article sitemaps there are, and the newest change. */
export async function sitemapIndex(store: Store, clock: Clock): Promise<SitemapIndexData> {
  const now = clock().toISOString();
  const total = await store.repos.articles.countPublished({ kind: 'article', now });
  return { articleFiles: sitemapFileCount(total), newest: await newestUpdate(store, now) };
}

/** One file of published articles, newest first; `NotFound` past the last file. */
export async function sitemapArticles(store: Store, clock: Clock, file: number): Promise<{ chrome: SiteChrome; articles: ArticleSummary[] }> {
  const now = clock().toISOString();
  const total = await store.repos.articles.countPublished({ kind: 'article', now });
  if (file < 1 || file > sitemapFileCount(total)) throw notFound(`There is no article sitemap ${file}.`);
  const [chrome, articles] = await Promise.all([
    loadChrome(store.repos, now),
    store.repos.articles.listPublished({ kind: 'article', now, limit: SITEMAP_MAX_URLS, offset: (file - 1) * SITEMAP_MAX_URLS }),
  ]);
  return { chrome, articles };
}

/** The home page and standalone pages. */
export async function sitemapPages(store: Store, clock: Clock): Promise<SitemapEntry[]> {
  const now = clock().toISOString();
  const pages = await store.repos.articles.listPublished({ kind: 'page', now, limit: SITEMAP_MAX_URLS - 1, offset: 0 });
  return [{ path: '/', lastmod: await newestUpdate(store, now) }, ...pages.map((p) => ({ path: `/${p.slug}`, lastmod: p.updatedAt }))];
}

function newestIn(sections: readonly Section[], section: Section, lastmods: Map<number, string>): string | null {
  const times = sectionWithDescendants(sections, section).map((s) => lastmods.get(s.id)).filter((t): t is string => !!t);
  return times.sort().at(-1) ?? null;
}

/** Every section, with the newest change among its and its subsections' articles. */
export async function sitemapSections(store: Store, clock: Clock): Promise<{ chrome: SiteChrome; entries: SitemapEntry[] }> {
  const now = clock().toISOString();
  const [chrome, lastmods] = await Promise.all([loadChrome(store.repos, now), store.repos.articles.lastModifiedBy('section', now)]);
  const entries = chrome.sections.map((s) => ({ path: `/section/${sectionSlugPath(chrome.sections, s)}`, lastmod: newestIn(chrome.sections, s, lastmods) }));
  return { chrome, entries };
}

/** Tags or authors that have published articles (an empty list page is not worth crawling). */
export async function sitemapPeople(store: Store, clock: Clock, group: 'tag' | 'author'): Promise<SitemapEntry[]> {
  const now = clock().toISOString();
  const [all, lastmods] = await Promise.all([
    group === 'tag' ? store.repos.tags.all() : store.repos.authors.all(),
    store.repos.articles.lastModifiedBy(group, now),
  ]);
  return all.filter((item) => lastmods.has(item.id)).map((item) => ({ path: `/${group}/${item.slug}`, lastmod: lastmods.get(item.id)! }));
}

/** Articles published in the last 48 hours, for the Google News sitemap. */
export async function sitemapNews(store: Store, clock: Clock): Promise<{ chrome: SiteChrome; articles: ArticleSummary[] }> {
  const nowDate = clock();
  const now = nowDate.toISOString();
  const since = new Date(nowDate.getTime() - NEWS_WINDOW_MS).toISOString();
  const [chrome, latest] = await Promise.all([
    loadChrome(store.repos, now),
    store.repos.articles.listPublished({ kind: 'article', now, limit: NEWS_MAX, offset: 0 }),
  ]);
  return { chrome, articles: latest.filter((a) => (a.publishedAt ?? '') >= since) };
}
