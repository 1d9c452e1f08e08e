import type { Redirect } from '../domain/people.js';
import type { DemoContent } from '../demo/types.js';
import type { JobStatus } from '../domain/job.js';
import type { Clock, NewJob, Store } from './ports.js';
import type { LinkTools } from './links/link-ports.js';
import { createLinkServices } from './links/link-services.js';
import { commentKeyLoader } from './comments/comment-keys.js';
import type { CommentViewer } from './comments/comment-section.js';
import { createCommentServices, type CommentServiceOptions } from './comments/comment-services.js';
import { publishDueArticles } from './publish-scheduled.js';
import { articlePage, standalonePage } from './reader/article-page.js';
import { loadChrome } from './reader/chrome.js';
import { authorPage, homePage, sectionPage, tagPage } from './reader/list-pages.js';
import { deleteArticle, unpublishArticle } from './article-status.js';
import { feedData, type FeedScope } from './reader/feed-data.js';
import { searchPage, type SearchParams } from './reader/search-page.js';
import { sitemapArticles, sitemapIndex, sitemapNews, sitemapPages, sitemapPeople, sitemapSections } from './reader/sitemap-data.js';
import { saveArticle, type ArticleInput } from './save-article.js';
import { seedDemo } from './seed-demo.js';
import type { WordPressImportInput } from './import/import-wordpress.js';
import { exportSite } from './export-site.js';
import type { MarkdownArticle } from '../importers/markdown/read-markdown-file.js';
import { updateSettings } from './update-settings.js';
import { settingsFromEntries } from '../domain/settings.js';
import { lintDocument } from './lint-document.js';
import { addRedirect, createAuthor, createSection, createTag } from './structure.js';
import { createAdminServices, type AdminDeps } from './admin/admin-services.js';

/** The use cases, bound to one store and clock; what routes and commands are handed. */
export function createServices(store: Store, clock: Clock, linkTools: LinkTools, options: CommentServiceOptions = {}, adminDeps: AdminDeps = {}) {
  const links = createLinkServices(store, clock, linkTools);
  const commentKeys = commentKeyLoader(store, options.ipHashSalt);
  return {
    ...createAdminServices(store, clock, adminDeps, { afterSave: (id) => links.afterSave(id) }),
    reader: {
      chrome: () => loadChrome(store.repos, clock().toISOString()),
      home: (page: number) => homePage(store, clock, page),
      section: (path: string, page: number) => sectionPage(store, clock, path, page),
      tag: (slug: string, page: number) => tagPage(store, clock, slug, page),
      author: (slug: string, page: number) => authorPage(store, clock, slug, page),
      article: (slug: string, viewer: CommentViewer = {}) => articlePage(store, clock, slug, viewer, commentKeys),
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
      save: async (input: ArticleInput, id?: number) => {
        const result = await saveArticle(store, clock, input, id);
        await links.afterSave(result.id);
        return result;
      },
      unpublish: (id: number) => unpublishArticle(store, clock, id),
      delete: (id: number) => deleteArticle(store, clock, id),
    },
    structure: {
      createSection: (input: Parameters<typeof createSection>[2]) => createSection(store, clock, input),
      createAuthor: (input: Parameters<typeof createAuthor>[2]) => createAuthor(store, clock, input),
      createTag: (input: Parameters<typeof createTag>[1]) => createTag(store, input),
      addRedirect: (redirect: Redirect) => addRedirect(store, clock, redirect),
    },
    settings: {
      get: async () => settingsFromEntries(await store.repos.settings.all()),
      update: (patch: Record<string, unknown>) => updateSettings(store, clock, patch),
    },
    citations: {
      lint: (text: string, format: 'markdown' | 'plain' | 'auto' = 'auto') => lintDocument(text, clock, format),
    },
    jobs: {
      enqueue: (job: NewJob) => store.repos.jobs.enqueue(job, clock().toISOString()),
      list: (filter: { status?: JobStatus; kind?: string; limit?: number } = {}) => store.repos.jobs.list({ ...filter, limit: filter.limit ?? 100 }),
      counts: () => store.repos.jobs.countByStatus(),
      publishDue: () => publishDueArticles(store, clock),
    },
    // Importers and exporters are loaded when used: their parsers and converters would
    // otherwise add to every server's start-up time.
    imports: {
      wordpress: async (input: WordPressImportInput) =>
        (await import('./import/import-wordpress.js')).importWordPress(store, clock, input, commentKeys, adminDeps.images && adminDeps.files ? { images: adminDeps.images, files: adminDeps.files } : undefined),
      ghost: async (input: { file: string; json: string }) => (await import('./import/import-ghost.js')).importGhost(store, clock, input),
      markdown: async (input: { folder: string; articles: MarkdownArticle[] }) => (await import('./import/import-markdown.js')).importMarkdown(store, clock, input),
      json: async (input: { file: string; json: string }) => (await import('./import/import-json.js')).importJson(store, clock, input),
    },
    exports: {
      json: () => exportSite(store, clock),
      wordpress: async (siteUrl: string) => (await import('./export-wxr.js')).exportWordPress(await exportSite(store, clock), siteUrl),
    },
    links,
    comments: createCommentServices(store, clock, commentKeys, options),
    setup: {
      seedDemo: (content: DemoContent) => seedDemo(store, clock, content),
    },
  };
}

/** The services object routes and commands receive. */
export type Services = ReturnType<typeof createServices>;
