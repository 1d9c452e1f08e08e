import { pagedPath } from '../../domain/permalinks.js';
import type { StaticListScope, StaticPath } from '../../domain/static-page.js';

/** What the site holds for readers (services/reader/public-site.ts gives it). */
export interface StaticSiteContents {
  lists: ReadonlyArray<{ path: string; pages: number; feeds: boolean; scope: StaticListScope; key: string; language: string | null }>;
  articles: ReadonlyArray<{ path: string; slug: string }>;
  /** Languages with their own search page (`/fr/search`). */
  searchLanguages: readonly string[];
  pages: readonly string[];
  articleSitemaps: number;
  media: readonly string[];
}

const SITEMAPS = ['pages', 'sections', 'tags', 'authors', 'news'];

const under = (path: string, file: string): string => `${path.replace(/\/$/, '')}/${file}`;

/**
 * Every path a static copy answers: each list and its pages and feeds, each article with its
 * comment feed, standalone pages, the search page, comment feed, sitemaps, robots.txt,
 * the favicon, the site's share card, `assets` (content-hashed stylesheet, icon, script) and media
 * files. Article pages, their comment feeds and list pages say what they show (see StaticPage).
 */
export function staticPaths(site: StaticSiteContents, feedSuffixes: readonly string[], assets: readonly string[]): StaticPath[] {
  const paths: StaticPath[] = [];
  const plain = (path: string) => paths.push({ path });
  // Articles first: most of the work, and the pages a reader is most likely to want.
  for (const { path, slug } of site.articles) {
    paths.push({ path, page: { kind: 'article', slug } }, { path: under(path, 'comments.xml'), page: { kind: 'article-comments', slug } });
    // Its references (CSL-JSON, BibTeX, RIS), linked under its notes.
    for (const extension of ['json', 'bib', 'ris'] as const) paths.push({ path: under(path, `references.${extension}`), page: { kind: 'article-references', slug, extension } });
  }
  for (const list of site.lists) {
    const { scope, key, language } = list;
    for (let page = 1; page <= list.pages; page++) paths.push({ path: pagedPath(list.path, page), page: { kind: 'list', scope, key, page, ...(language ? { language } : {}) } });
    if (list.feeds) for (const suffix of feedSuffixes) plain(under(list.path, suffix));
  }
  // The corrections log (first page) and its feed, and the Sources page (first page).
  [...site.pages, '/search', ...site.searchLanguages.map((l) => `/${l}/search`), '/comments/feed.xml', '/corrections', '/corrections/feed.xml', '/sources', '/sitemap.xml'].forEach(plain);
  for (let n = 1; n <= site.articleSitemaps; n++) plain(`/sitemaps/articles-${n}.xml`);
  [...SITEMAPS.map((name) => `/sitemaps/${name}.xml`), '/robots.txt', '/favicon.ico', '/_card/site.png', ...assets, ...site.media].forEach(plain);
  // One address, one file: the first of a path wins.
  const seen = new Set<string>();
  return paths.filter(({ path }) => !seen.has(path) && seen.add(path));
}
