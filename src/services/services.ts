import type { Redirect } from '../domain/people.js';
import type { DemoContent } from '../demo/types.js';
import type { JobStatus } from '../domain/job.js';
import type { Clock, NewJob, Store } from './ports.js';
import { publishDueArticles } from './publish-scheduled.js';
import { articlePage, standalonePage } from './reader/article-page.js';
import { loadChrome } from './reader/chrome.js';
import { authorPage, homePage, sectionPage, tagPage } from './reader/list-pages.js';
import { saveArticle, type ArticleInput } from './save-article.js';
import { seedDemo } from './seed-demo.js';
import { updateSettings } from './update-settings.js';
import { settingsFromEntries } from '../domain/settings.js';
import { lintDocument } from './lint-document.js';
import { addRedirect, createAuthor, createSection, createTag } from './structure.js';
import { createAdminServices, type AdminDeps } from './admin/admin-services.js';

/** The use cases, bound to one store and clock; what routes and commands are handed. */
export function createServices(store: Store, clock: Clock, adminDeps: AdminDeps = {}) {
  return {
    ...createAdminServices(store, clock, adminDeps),
    reader: {
      chrome: () => loadChrome(store.repos, clock().toISOString()),
      home: (page: number) => homePage(store, clock, page),
      section: (path: string, page: number) => sectionPage(store, clock, path, page),
      tag: (slug: string, page: number) => tagPage(store, clock, slug, page),
      author: (slug: string, page: number) => authorPage(store, clock, slug, page),
      article: (slug: string) => articlePage(store, clock, slug),
      page: (slug: string) => standalonePage(store, clock, slug),
      redirectFor: (path: string): Promise<Redirect | null> => store.repos.redirects.find(path),
    },
    editor: {
      save: (input: ArticleInput, id?: number) => saveArticle(store, clock, input, id),
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
    setup: {
      seedDemo: (content: DemoContent) => seedDemo(store, clock, content),
    },
  };
}

/** The services object routes and commands receive. */
export type Services = ReturnType<typeof createServices>;
