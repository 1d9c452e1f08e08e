import type { Redirect } from '../domain/people.js';
import type { DemoContent } from '../demo/types.js';
import type { Clock, Store } from './ports.js';
import { articlePage, standalonePage } from './reader/article-page.js';
import { loadChrome } from './reader/chrome.js';
import { authorPage, homePage, sectionPage, tagPage } from './reader/list-pages.js';
import { deleteArticle, unpublishArticle } from './article-status.js';
import { feedData, type FeedScope } from './reader/feed-data.js';
import { searchPage, type SearchParams } from './reader/search-page.js';
import { sitemapArticles, sitemapIndex, sitemapNews, sitemapPages, sitemapPeople, sitemapSections } from './reader/sitemap-data.js';
import { saveArticle, type ArticleInput } from './save-article.js';
import { seedDemo } from './seed-demo.js';
import { addRedirect, createAuthor, createSection, createTag } from './structure.js';

/** The use cases, bound to one store and clock; what routes and commands are handed. */
export function createServices(store: Store, clock: Clock) {
  return {
    reader: {
      chrome: () => loadChrome(store.repos, clock().toISOString()),
      home: (page: number) => homePage(store, clock, page),
      section: (path: string, page: number) => sectionPage(store, clock, path, page),
      tag: (slug: string, page: number) => tagPage(store, clock, slug, page),
      author: (slug: string, page: number) => authorPage(store, clock, slug, page),
      article: (slug: string) => articlePage(store, clock, slug),
      page: (slug: string) => standalonePage(store, clock, slug),
      redirectFor: (path: string): Promise<Redirect | null> => store.repos.redirects.find(path),
      search: (params: SearchParams) => searchPage(store, clock, params),
      feed: (scope: FeedScope) => feedData(store, clock, scope),
      sitemaps: {
        index: () => sitemapIndex(store, clock),
        articles: (file: number) => sitemapArticles(store, clock, file),
        pages: () => sitemapPages(store, clock),
        sections: () => sitemapSections(store, clock),
        people: (group: 'tag' | 'author') => sitemapPeople(store, clock, group),
        news: () => sitemapNews(store, clock),
      },
    },
    editor: {
      save: (input: ArticleInput, id?: number) => saveArticle(store, clock, input, id),
      unpublish: (id: number) => unpublishArticle(store, clock, id),
      delete: (id: number) => deleteArticle(store, clock, id),
    },
    structure: {
      createSection: (input: Parameters<typeof createSection>[2]) => createSection(store, clock, input),
      createAuthor: (input: Parameters<typeof createAuthor>[2]) => createAuthor(store, clock, input),
      createTag: (input: Parameters<typeof createTag>[1]) => createTag(store, input),
      addRedirect: (redirect: Redirect) => addRedirect(store, clock, redirect),
    },
    setup: {
      seedDemo: (content: DemoContent) => seedDemo(store, clock, content),
    },
  };
}

/** The services object routes and commands receive. */
export type Services = ReturnType<typeof createServices>;
