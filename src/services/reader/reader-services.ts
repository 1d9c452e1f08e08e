import type { Redirect } from '../../domain/people.js';
import type { CommentKeys } from '../comments/comment-keys.js';
import type { CommentViewer } from '../comments/comment-section.js';
import type { Clock, Store } from '../ports.js';
import type { ReferenceFormat } from '../../domain/reference-formats.js';
import { articlePage, standalonePage, type ArticlePage } from './article-page.js';
import { articleReferencesFile, pageReferencesFile } from './article-references.js';
import { forgetChrome, loadChrome } from './chrome.js';
import type { PublicChange } from './ports.js';
import { feedData, type FeedScope } from './feed-data.js';
import { authorPage, homePage, sectionPage, tagPage } from './list-pages.js';
import { publicSite } from './public-site.js';
import { siteLanguages } from '../../domain/languages.js';
import { searchPage, type SearchParams } from './search-page.js';
import { sourcesPage } from './sources-page.js';
import { correctionsLog } from './corrections-log.js';
import type { CorrectionCursor } from '../articles/ports.js';
import { sitemapArticles, sitemapIndex, sitemapNews, sitemapPages, sitemapPeople, sitemapSections } from './sitemap-data.js';

/** What readers see: pages, search, feeds and sitemaps, bound to one store and clock. */
export function createReaderServices(store: Store, clock: Clock, commentKeys: () => Promise<CommentKeys>) {
  return {
    /** Told of every committed change: settings, sections and pages are held in memory until one. */
    heard: (change: PublicChange) => {
      if (change.everything) forgetChrome(store.repos);
    },
    chrome: () => loadChrome(store.repos, clock().toISOString()),
    /** Every language the site publishes in, the default first. */
    languages: async () => siteLanguages((await loadChrome(store.repos, clock().toISOString())).settings),
    /** `language`: the `/{lang}/` prefix of the address, null at the root. */
    home: (page: number, language: string | null = null) => homePage(store, clock, page, language),
    section: (path: string, page: number, language: string | null = null) => sectionPage(store, clock, path, page, language),
    tag: (slug: string, page: number, language: string | null = null) => tagPage(store, clock, slug, page, language),
    author: (slug: string, page: number, language: string | null = null) => authorPage(store, clock, slug, page, language),
    article: (slug: string, viewer: CommentViewer = {}) => articlePage(store, clock, slug, viewer, commentKeys),
    page: (slug: string) => standalonePage(store, clock, slug),
    /** A published article's references as CSL-JSON, BibTeX or RIS. */
    references: (slug: string, format: ReferenceFormat) => articleReferencesFile(store, clock, slug, format),
    /** The same, from an article page already loaded (a static copy writes an article's page and files together). */
    referencesOfPage: (page: Pick<ArticlePage, 'chrome' | 'article' | 'notes'>, format: ReferenceFormat) => pageReferencesFile(page, format),
    redirectFor: (path: string): Promise<Redirect | null> => store.repos.redirects.find(path),
    search: (params: SearchParams) => searchPage(store, clock, params),
    /** Every checked link published articles cite, each once, with its health and citing articles. */
    sources: (after: string) => sourcesPage(store, clock, after),
    /** Corrections and updates of published articles, newest first, a page before `before`. */
    corrections: (before: CorrectionCursor | null) => correctionsLog(store, clock, before),
    /** Every public list, article, page, sitemap, media file and redirect (what a static copy holds). */
    publicSite: () => publicSite(store, clock),
    feed: (scope: FeedScope) => feedData(store, clock, scope),
    sitemaps: {
      index: () => sitemapIndex(store, clock),
      articles: (file: number) => sitemapArticles(store, clock, file),
      pages: () => sitemapPages(store, clock),
      sections: () => sitemapSections(store, clock),
      people: (group: 'tag' | 'author') => sitemapPeople(store, clock, group),
      news: () => sitemapNews(store, clock),
    },
  };
}

/** The reader services. */
export type ReaderServices = ReturnType<typeof createReaderServices>;
