import type { ArticleSummary } from '../domain/article.js';
import { absoluteUrl, articlePath } from '../domain/permalinks.js';
import type { SiteChrome } from '../services/reader/chrome.js';
import { rulesOf } from './permalinks.js';
import { hreflangAlternates } from '../domain/languages.js';
import type { SitemapEntry, SitemapIndexData } from '../services/reader/sitemap-data.js';

/** One URL of a sitemap, absolute, with its last change and (news sitemap) its news fields. */
export interface SitemapUrlView {
  url: string;
  lastmod: string | null;
  news?: { publication: string; language: string; published: string; title: string };
  /** hreflang alternates (absolute URLs), x-default last; absent without translations. */
  links?: Array<{ hreflang: string; url: string }>;
}

/** The sitemap files the index lists, with absolute URLs. */
export function presentSitemapIndex(siteUrl: string, data: SitemapIndexData): SitemapUrlView[] {
  const files = [
    ...Array.from({ length: data.articleFiles }, (_, i) => `/sitemaps/articles-${i + 1}.xml`),
    '/sitemaps/pages.xml', '/sitemaps/sections.xml', '/sitemaps/tags.xml', '/sitemaps/authors.xml', '/sitemaps/news.xml',
  ];
  return files.map((path) => ({ url: absoluteUrl(siteUrl, path), lastmod: data.newest }));
}

type Addressed = Pick<ArticleSummary, 'kind' | 'slug' | 'publishedAt' | 'createdAt' | 'sectionId' | 'updatedAt'> & { id?: number; language?: string };

/** Published articles, each with its last update and (from `translations`, by id) its hreflang alternates. */
export function presentArticleUrls(siteUrl: string, chrome: SiteChrome, articles: readonly Addressed[], translations?: ReadonlyMap<number, readonly Addressed[]>): SitemapUrlView[] {
  const rules = rulesOf(chrome);
  const alternate = (a: Addressed) => ({ language: a.language ?? chrome.settings.language, path: articlePath(a, rules) });
  return articles.map((a) => {
    const path = articlePath(a, rules);
    const others = (a.id !== undefined ? translations?.get(a.id) : undefined) ?? [];
    const links = hreflangAlternates(alternate(a), others.map(alternate), chrome.settings.language)
      .map((l) => ({ hreflang: l.hreflang, url: absoluteUrl(siteUrl, l.path) }));
    return { url: absoluteUrl(siteUrl, path), lastmod: a.updatedAt, ...(links.length ? { links } : {}) };
  });
}

/** Pages, sections, tags or authors; sections and tags with their pages in the other languages as alternates. */
export function presentEntryUrls(siteUrl: string, entries: readonly SitemapEntry[]): SitemapUrlView[] {
  return entries.map((e) => {
    const self = e.alternates?.find((a) => a.path === e.path);
    // Alternates come default language first: its page is the x-default.
    const links = self ? hreflangAlternates(self, e.alternates!, e.alternates![0]!.language).map((l) => ({ hreflang: l.hreflang, url: absoluteUrl(siteUrl, l.path) })) : [];
    return { url: absoluteUrl(siteUrl, e.path), lastmod: e.lastmod, ...(links.length ? { links } : {}) };
  });
}

/** The Google News sitemap: the publication's name and language on every article. */
export function presentNewsUrls(siteUrl: string, chrome: SiteChrome, articles: readonly ArticleSummary[]): SitemapUrlView[] {
  const rules = rulesOf(chrome);
  return articles.map((a) => ({
    url: absoluteUrl(siteUrl, articlePath(a, rules)),
    lastmod: a.updatedAt,
    news: {
      publication: chrome.settings.title,
      // Google News wants ISO 639 codes: `en`, or `zh-cn`/`zh-tw` for Chinese.
      language: /^zh-(cn|tw)$/i.test(a.language) ? a.language.toLowerCase() : a.language.split('-')[0]!.toLowerCase(),
      published: a.publishedAt ?? a.createdAt,
      title: a.title,
    },
  }));
}
