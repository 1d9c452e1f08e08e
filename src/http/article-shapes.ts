/**
 * The shapes of article addresses under every permalink pattern: `/2026/03/slug`,
 * `/2026/slug` or `/water/slug`, and `/slug`. Each route finds the article by its slug and
 * sends other shapes on to the canonical one, so links made under an earlier pattern keep
 * working after the pattern changes (as WordPress does).
 */
export const ARTICLE_SHAPES = [
  '/:year(^\\d{4}$)/:month(^\\d{2}$)/:slug', '/:first/:slug', '/:slug',
  // The same under a language prefix (`/fr/2026/03/slug`, `/fr/2026/slug`); `/fr/slug` is `/:first/:slug`.
  '/:lang/:year(^\\d{4}$)/:month(^\\d{2}$)/:slug', '/:lang/:first/:slug',
] as const;

/** The path part of a request URL, decoded (slugs may be Unicode). */
export function requestPath(url: string): string {
  const path = url.split('?')[0] ?? '/';
  try {
    return decodeURI(path);
  } catch {
    return path;
  }
}

/** The query string of a request URL, with its "?", or ''. */
export function requestQuery(url: string): string {
  const at = url.indexOf('?');
  return at === -1 ? '' : url.slice(at);
}
