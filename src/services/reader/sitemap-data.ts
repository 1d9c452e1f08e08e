import type { ArticleSummary } from '../../domain/article.js';
import { notFound } from '../../domain/errors.js';
import { ARTICLE_SITEMAP_BLOCK, articleSitemapFile } from '../../domain/sitemaps.js';
import type { ArticleAddress } from '../discovery/ports.js';
import type { Clock, Store } from '../ports.js';
import type { Alternate } from '../../domain/languages.js';
import { loadChrome, type SiteChrome } from './chrome.js';
import { homeEntries, sectionEntries, tagEntries } from './sitemap-languages.js';

/** The sitemap protocol's limit of URLs per file (pages, sections, tags, authors). */
export const SITEMAP_MAX_URLS = 50_000;
export { ARTICLE_SITEMAP_BLOCK } from '../../domain/sitemaps.js';
/** Google News sitemaps list articles of the last two days, at most 1,000. */
const NEWS_WINDOW_MS = 48 * 3600 * 1000;
const NEWS_MAX = 1000;

/** How many article sitemaps cover ids up to `maxId`, at least one. */
export function sitemapFileCount(maxId: number): number {
  return articleSitemapFile(maxId);
}

/** A path and when its content last changed. */
export interface SitemapEntry {
  path: string;
  lastmod: string | null;
  /** The same page in each language (a section's or tag's translated address), when the site has several. */
  alternates?: Alternate[];
}

/** What the sitemap index lists. */
export interface SitemapIndexData {
  articleFiles: number;
  newest: string | null;
}

const SITE = { scope: 'site', scopeId: 0 } as const;

/** Newest change of any published article (kept with the site's list). */
async function newestUpdate(store: Store): Promise<string | null> {
  return (await store.repos.listings.lastModified('site')).get(0) ?? null;
}

/** The index: how many article sitemaps there are, and the newest change. */
export async function sitemapIndex(store: Store, _clock: Clock): Promise<SitemapIndexData> {
  return { articleFiles: sitemapFileCount(await store.repos.articles.maxId()), newest: await newestUpdate(store) };
}

/** The published articles of one block of ids, by id; `NotFound` past the last block. */
export async function sitemapArticles(store: Store, clock: Clock, file: number): Promise<{ chrome: SiteChrome; articles: ArticleAddress[]; translations: Map<number, ArticleAddress[]> }> {
  const now = clock().toISOString();
  if (file < 1 || file > sitemapFileCount(await store.repos.articles.maxId())) throw notFound(`There is no article sitemap ${file}.`);
  const first = (file - 1) * ARTICLE_SITEMAP_BLOCK + 1;
  const [chrome, articles] = await Promise.all([
    loadChrome(store.repos, now),
    store.repos.listings.addressRange({ ...SITE, now, fromId: first, toId: first + ARTICLE_SITEMAP_BLOCK - 1 }),
  ]);
  // Each entry names its published translations (xhtml:link hreflang alternates).
  const groups = articles.length ? await store.repos.articles.translationsOfMany(articles.map((a) => a.id)) : new Map<number, ArticleAddress[]>();
  const visible = (a: ArticleAddress & { status?: string }) => a.status === 'published' && a.publishedAt !== null && a.publishedAt <= now;
  const translations = new Map([...groups].map(([id, list]) => [id, list.filter(visible)]));
  return { chrome, articles, translations };
}

/** The home page and standalone pages. */
export async function sitemapPages(store: Store, clock: Clock): Promise<SitemapEntry[]> {
  const now = clock().toISOString();
  const [pages, chrome, newest] = await Promise.all([store.repos.articles.listPages(now, SITEMAP_MAX_URLS - 1), loadChrome(store.repos, now), newestUpdate(store)]);
  // The corrections log and the Sources page change with articles and link checks: no lastmod is better than a wrong one.
  const sitePages = [{ path: '/corrections', lastmod: null }, { path: '/sources', lastmod: null }];
  return [...homeEntries(chrome, newest), ...sitePages, ...pages.map((p) => ({ path: `/${p.slug}`, lastmod: p.updatedAt }))];
}

/** Every section, with the newest change among its and its subsections' articles (a section's list holds both). */
export async function sitemapSections(store: Store, clock: Clock): Promise<{ chrome: SiteChrome; entries: SitemapEntry[] }> {
  const now = clock().toISOString();
  const [chrome, lastmods] = await Promise.all([loadChrome(store.repos, now), store.repos.listings.lastModified('section')]);
  return { chrome, entries: await sectionEntries(store.repos, chrome, lastmods) };
}

/** Tags or authors that have published articles (an empty list page is not worth crawling). */
export async function sitemapPeople(store: Store, clock: Clock, group: 'tag' | 'author'): Promise<SitemapEntry[]> {
  const [all, lastmods, chrome] = await Promise.all([
    group === 'tag' ? store.repos.tags.all() : store.repos.authors.all(),
    store.repos.listings.lastModified(group),
    loadChrome(store.repos, clock().toISOString()),
  ]);
  // Tags have pages in each language (`/fr/tag/…`); authors have one.
  if (group === 'tag') return tagEntries(store.repos, chrome, all, lastmods);
  return all.filter((item) => lastmods.has(item.id)).map((item) => ({ path: `/${group}/${item.slug}`, lastmod: lastmods.get(item.id)! }));
}

/** Articles published in the last 48 hours, for the Google News sitemap. */
export async function sitemapNews(store: Store, clock: Clock): Promise<{ chrome: SiteChrome; articles: ArticleSummary[] }> {
  const nowDate = clock();
  const now = nowDate.toISOString();
  const since = new Date(nowDate.getTime() - NEWS_WINDOW_MS).toISOString();
  const [chrome, articles] = await Promise.all([
    loadChrome(store.repos, now),
    store.repos.listings.page({ ...SITE, now, since, limit: NEWS_MAX, offset: 0 }),
  ]);
  return { chrome, articles };
}
