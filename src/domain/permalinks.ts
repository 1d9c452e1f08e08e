import type { ArticleKind } from './article.js';
import { languagePrefix, type LanguageSettings } from './languages.js';

/** First path segments the site itself uses; a standalone page may not take them as slug. */
export const RESERVED_PAGE_SLUGS: ReadonlySet<string> = new Set([
  'admin', 'api', 'assets', 'author', 'feed', 'favicon.ico', 'favicon.svg', 'robots.txt',
  'search', 'section', 'sitemap.xml', 'tag', 'healthz', 'readyz', 'sitemaps', 'oembed',
]);

/** How the site forms article addresses: the chosen pattern, and the slug of a section by id. */
export interface PermalinkRules {
  pattern: string;
  sectionSlug(sectionId: number | null): string | null;
  /** The address prefix of an article's language (`/fr`, or '' for the default language). */
  languagePrefix?(language: string): string;
}

/** The pattern a new site uses, and every old link keeps working with. */
export const DEFAULT_PERMALINK_PATTERN = '/:year/:month/:slug';

// First segments the site's own routes take; a section there would hide them.
const TAKEN_FIRST_SEGMENTS = new Set([...RESERVED_PAGE_SLUGS, 'comments', 'media', 'page']);

/**
 * Public path of an article under the site's pattern (`/2026/03/slug`, `/2026/slug`,
 * `/water/slug`, `/slug`) or of a standalone page (`/slug`). An article without a usable
 * section under `/:section/:slug` falls back to the year and month.
 */
export function articlePath(
  article: { kind: ArticleKind; slug: string; publishedAt: string | null; createdAt: string; sectionId?: number | null; language?: string },
  rules?: PermalinkRules,
): string {
  if (article.kind === 'page') return `/${article.slug}`;
  const prefix = article.language && rules?.languagePrefix ? rules.languagePrefix(article.language) : '';
  return prefix + patternPath(article, rules);
}

function patternPath(
  article: { slug: string; publishedAt: string | null; createdAt: string; sectionId?: number | null },
  rules?: PermalinkRules,
): string {
  const date = article.publishedAt ?? article.createdAt;
  const year = date.slice(0, 4);
  switch (rules?.pattern) {
    case '/:year/:slug':
      return `/${year}/${article.slug}`;
    case '/:slug':
      return `/${article.slug}`;
    case '/:section/:slug': {
      const section = rules.sectionSlug(article.sectionId ?? null);
      if (section && !TAKEN_FIRST_SEGMENTS.has(section)) return `/${section}/${article.slug}`;
      break;
    }
  }
  return `/${year}/${date.slice(5, 7)}/${article.slug}`;
}

/** Permalink rules from the site settings and its sections. */
export function permalinkRules(pattern: string, sections: ReadonlyArray<{ id: number; slug: string }>, languages?: LanguageSettings): PermalinkRules {
  const slugs = new Map(sections.map((s) => [s.id, s.slug]));
  return {
    pattern,
    sectionSlug: (id) => (id === null ? null : (slugs.get(id) ?? null)),
    ...(languages ? { languagePrefix: (language: string) => languagePrefix(languages, language) } : {}),
  };
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

/**
 * A list path for a given page number: page 1 is the list's own path, later pages add
 * `/page/N` (`/page/2`, `/section/water/page/3`), so every page is a path a static host can serve.
 */
export function pagedPath(path: string, page: number): string {
  // A language's home (`/fr/`) pages on as `/fr/page/2`.
  return page <= 1 ? path : `${path.replace(/\/$/, '')}/page/${page}`;
}

/** Joins a site URL and a path into an absolute URL. */
export function absoluteUrl(siteUrl: string, path: string): string {
  return siteUrl.replace(/\/+$/, '') + (path.startsWith('/') ? path : `/${path}`);
}
