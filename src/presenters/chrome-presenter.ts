import { absoluteUrl, pagedPath, sectionPath } from '../domain/permalinks.js';
import { childSections, sectionSlugPath } from '../domain/section.js';
import type { SiteChrome } from '../services/reader/chrome.js';
import { feedLinks } from './feed-links.js';
import { formattingLocale, languageTag, textDirection } from './i18n/locale.js';
import { t } from './i18n/translate.js';
import { siteCard } from './share-image.js';
import { themeSheet } from '../domain/branding.js';
import { defaultMenu, type MenuItem } from '../domain/menu.js';
import { inLanguage } from '../domain/languages.js';
import type { ChromeView, FeedLinkView, HeadView, HreflangView, LanguageLinkView, LinkView, MenuLinkView, PaginationView, SocialView } from './view-models.js';

/** The sections the header links to without a menu: those an import chose (setting `navigationSections`), else the first few top-level ones. */
function navigationSections(chrome: SiteChrome): SiteChrome['sections'] {
  const chosen = chrome.settings.navigationSections;
  if (!chosen) return childSections(chrome.sections, null);
  const bySlug = new Map(chrome.sections.map((s) => [s.slug, s]));
  return chosen.map((slug) => bySlug.get(slug)).filter((s) => s !== undefined);
}

const asLinks = (menu: MenuItem[]): MenuLinkView[] =>
  menu.map((item) => ({ href: item.url, label: item.label, children: item.children.map((c) => ({ href: c.url, label: c.label })) }));

/** The locale a page is written and formatted in: its own language (an article's) or the site's, with the site's calendar and digit choices. */
export function pageLocale(chrome: SiteChrome, language?: string | null): string {
  return formattingLocale(language || chrome.settings.language, chrome.settings);
}

// The chrome is held per process for seconds and shared by every page: present it once per chrome and language.
const presented = new WeakMap<SiteChrome, Map<string, ChromeView>>();

/**
 * Header menu (the owner's, else the first few top-level sections), footer menu (the
 * owner's, else the standalone pages), logo and branding stylesheet, in the page's
 * language: `language` (an article's) or else the site's.
 */
export function presentChrome(chrome: SiteChrome, language?: string | null): ChromeView {
  const byLanguage = presented.get(chrome) ?? new Map<string, ChromeView>();
  presented.set(chrome, byLanguage);
  const kept = byLanguage.get(language ?? '');
  if (kept) return kept;
  const { settings } = chrome;
  const locale = pageLocale(chrome, language);
  const sections = () => defaultMenu(navigationSections(chrome)
    .map((s) => ({ url: inLanguage(settings, language, sectionPath(sectionSlugPath(chrome.sections, s))), label: s.name })));
  const pages = () => chrome.pages.map((p) => ({ url: `/${p.slug}`, label: p.title, children: [] }));
  const view: ChromeView = {
    siteTitle: settings.title,
    siteDescription: settings.description,
    language: languageTag(locale),
    locale,
    dir: textDirection(locale),
    nav: asLinks(settings.primaryMenu ?? sections()),
    footerLinks: asLinks(settings.footerMenu ?? pages()),
    footerText: settings.footerText || null,
    logoUrl: settings.logoUrl || null,
    logoSize: settings.logoUrl && settings.logoWidth > 0 && settings.logoHeight > 0 ? { width: settings.logoWidth, height: settings.logoHeight } : null,
    theme: settings.theme,
    themeHref: themeSheet(settings)?.href ?? null,
  };
  byLanguage.set(language ?? '', view);
  return view;
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
    type: 'website', siteName, locale: languageTag(fields.language ?? 'en').replace('-', '_'),
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

/** The "Home" crumb every trail starts with, in English (see homeCrumb). */
export const HOME_CRUMB: LinkView = { href: '/', label: 'Home' };

/** The "Home" crumb every trail starts with, in the page's locale. */
export function homeCrumb(locale: string): LinkView {
  return { href: '/', label: t(locale, 'nav.home') };
}
