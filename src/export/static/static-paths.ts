/** What the site holds for readers (services/reader/public-site.ts gives it). */
export interface StaticSiteContents {
  lists: ReadonlyArray<{ path: string; pages: number; feeds: boolean }>;
  articles: ReadonlyArray<{ path: string }>;
  pages: readonly string[];
  articleSitemaps: number;
  media: readonly string[];
}

const SITEMAPS = ['pages', 'sections', 'tags', 'authors', 'news'];

/** A list path for page N (as domain/permalinks pagedPath). */
const paged = (path: string, page: number): string => (page <= 1 ? path : `${path === '/' ? '' : path}/page/${page}`);
const under = (path: string, file: string): string => `${path === '/' ? '' : path}/${file}`;

/**
 * Every path a static copy answers: each list and its pages and feeds, each article with its
 * comment feed, standalone pages, the search page, comment feed, sitemaps, robots.txt,
 * the favicon, the site's share card, `assets` (content-hashed stylesheet, icon, script) and media files.
 */
export function staticPaths(site: StaticSiteContents, feedSuffixes: readonly string[], assets: readonly string[]): string[] {
  const paths: string[] = [];
  // Articles first: most of the work, and the pages a reader is most likely to want.
  for (const article of site.articles) paths.push(article.path, under(article.path, 'comments.xml'));
  for (const list of site.lists) {
    for (let page = 1; page <= list.pages; page++) paths.push(paged(list.path, page));
    if (list.feeds) for (const suffix of feedSuffixes) paths.push(under(list.path, suffix));
  }
  paths.push(...site.pages, '/search', '/comments/feed.xml', '/sitemap.xml');
  for (let n = 1; n <= site.articleSitemaps; n++) paths.push(`/sitemaps/articles-${n}.xml`);
  paths.push(...SITEMAPS.map((name) => `/sitemaps/${name}.xml`), '/robots.txt', '/favicon.ico', '/_card/site.png', ...assets, ...site.media);
  return [...new Set(paths)];
}
