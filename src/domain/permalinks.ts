import type { ArticleKind } from './article.js';

/** First path segments the site itself uses; a standalone page may not take them as slug. */
export const RESERVED_PAGE_SLUGS: ReadonlySet<string> = new Set([
  'admin', 'api', 'assets', 'author', 'feed', 'favicon.ico', 'favicon.svg', 'robots.txt',
  'search', 'section', 'sitemap.xml', 'tag', 'healthz', 'sitemaps',
]);

/** Public path of an article (`/2026/03/slug`) or a standalone page (`/slug`). */
export function articlePath(article: { kind: ArticleKind; slug: string; publishedAt: string | null; createdAt: string }): string {
  if (article.kind === 'page') return `/${article.slug}`;
  const date = article.publishedAt ?? article.createdAt;
  return `/${date.slice(0, 4)}/${date.slice(5, 7)}/${article.slug}`;
}

/** Public path of a section from its slug path (`water/treatment`). */
export function sectionPath(slugPath: string): string {
  return `/section/${slugPath}`;
}

/** Public path of a tag page. */
export function tagPath(slug: string): string {
  return `/tag/${slug}`;
}

/** Public path of an author page. */
export function authorPath(slug: string): string {
  return `/author/${slug}`;
}

/** A list path for a given page number; page 1 has no query string. */
export function pagedPath(path: string, page: number): string {
  return page <= 1 ? path : `${path}?page=${page}`;
}

/** Joins a site URL and a path into an absolute URL. */
export function absoluteUrl(siteUrl: string, path: string): string {
  return siteUrl.replace(/\/+$/, '') + (path.startsWith('/') ? path : `/${path}`);
}
