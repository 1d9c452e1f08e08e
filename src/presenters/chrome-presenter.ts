import { absoluteUrl, pagedPath, sectionPath } from '../domain/permalinks.js';
import { childSections, sectionSlugPath } from '../domain/section.js';
import type { SiteChrome } from '../services/reader/chrome.js';
import { feedLinks } from './feed-links.js';
import { siteCard } from './share-image.js';
import type { ChromeView, FeedLinkView, HeadView, LinkView, PaginationView, SocialView } from './view-models.js';

/** The sections the header links to: those chosen (setting `navigationSections`), else every top-level one. */
function navigationSections(chrome: SiteChrome): SiteChrome['sections'] {
  const chosen = chrome.settings.navigationSections;
  if (!chosen) return childSections(chrome.sections, null);
  const bySlug = new Map(chrome.sections.map((s) => [s.slug, s]));
  return chosen.map((slug) => bySlug.get(slug)).filter((s) => s !== undefined);
}

/** Header navigation (top-level sections) and footer links (standalone pages). */
export function presentChrome(chrome: SiteChrome): ChromeView {
  return {
    siteTitle: chrome.settings.title,
    siteDescription: chrome.settings.description,
    language: chrome.settings.language,
    nav: navigationSections(chrome).map((s) => ({ href: sectionPath(sectionSlugPath(chrome.sections, s)), label: s.name })),
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
