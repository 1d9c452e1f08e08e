import { absoluteUrl, pagedPath, sectionPath } from '../domain/permalinks.js';
import { childSections, sectionSlugPath } from '../domain/section.js';
import type { SiteChrome } from '../services/reader/chrome.js';
import { feedLinks } from './feed-links.js';
import { siteCard } from './share-image.js';
import { inLanguage } from '../domain/languages.js';
import type { ChromeView, FeedLinkView, HeadView, HreflangView, LanguageLinkView, LinkView, PaginationView, SocialView } from './view-models.js';

/** Header navigation (top-level sections, in the page's `language` when it has its own lists) and footer links (standalone pages). */
export function presentChrome(chrome: SiteChrome, language?: string | null): ChromeView {
  return {
    siteTitle: chrome.settings.title,
    siteDescription: chrome.settings.description,
    language: chrome.settings.language,
    nav: childSections(chrome.sections, null).map((s) => ({ href: inLanguage(chrome.settings, language, sectionPath(sectionSlugPath(chrome.sections, s))), label: s.name })),
    footerLinks: chrome.pages.map((p) => ({ href: `/${p.slug}`, label: p.title })),
  };
}

/** The head of a page; `path` is the page's own path, made absolute for the canonical link. */
export function presentHead(
  siteUrl: string,
  fields: {
    title: string; description: string; path: string; jsonLd?: string[]; pagination?: PaginationView; noindex?: boolean;
    /** Names the site in feed titles and og:site_name. */
    siteName?: string;
    /** What the site's share card says under its name. */
    siteDescription?: string;
    language?: string;
    /** The page's own feeds, after the site's. */
    feeds?: FeedLinkView[];
    social?: Partial<SocialView>;
    /** The page in each language (paths), then x-default. */
    alternates?: Array<{ hreflang: string; path: string }>;
    languageSwitcher?: LanguageLinkView[];
  },
): HeadView {
  const siteName = fields.siteName ?? '';
  const social: SocialView = {
    type: 'website', siteName, locale: (fields.language ?? 'en').replace('-', '_'),
    ...siteCard(siteUrl, fields.siteName ?? '', fields.siteDescription ?? ''),
    publishedTime: null, modifiedTime: null, section: null, tags: [], ...fields.social,
  };
  return {
    title: fields.title,
    description: fields.description,
    canonical: absoluteUrl(siteUrl, fields.path),
    jsonLd: fields.jsonLd ?? [],
    prev: fields.pagination?.prev ?? null,
    next: fields.pagination?.next ?? null,
    noindex: fields.noindex ?? false,
    feeds: [...feedLinks(siteUrl, '/', siteName || 'All articles'), ...(fields.feeds ?? [])],
    social,
    alternates: (fields.alternates ?? []).map((a): HreflangView => ({ hreflang: a.hreflang, href: absoluteUrl(siteUrl, a.path) })),
    languageSwitcher: fields.languageSwitcher ?? [],
  };
}

/** Links to the neighbouring pages of a paginated list. */
export function presentPagination(basePath: string, page: number, pageCount: number): PaginationView {
  return {
    page,
    pageCount,
    prev: page > 1 ? pagedPath(basePath, page - 1) : null,
    next: page < pageCount ? pagedPath(basePath, page + 1) : null,
  };
}

/** The "Home" crumb every trail starts with. */
export const HOME_CRUMB: LinkView = { href: '/', label: 'Home' };
