import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { parseHTML } from 'linkedom';
import { buildApp } from '../../src/http/app.js';
import { memoryPageStore } from '../../src/http/page-cache/memory-page-store.js';
import { createPageCache, type PageCache } from '../../src/http/page-cache/page-cache.js';
import type { JobRunner } from '../../src/services/jobs/job-runner.js';
import { openSite, type Site, type SiteOptions } from '../../src/main.js';
import type { Services } from '../../src/services/services.js';
import { freshDatabase, type FreshDatabase, type TestEngine } from './databases.js';

/** The site URL test apps are built with. */
export const TEST_SITE_URL = 'http://dossier.test';

/** An in-process site on a fresh database: its app (use inject), its services, and cleanup. */
export interface TestSite {
  app: FastifyInstance;
  services: Services;
  /** The site's background worker (not started; call drain() to run due jobs). */
  worker: JobRunner;
  /** The site behind the app: its store and background worker. */
  site: Site;
  /** The database the site runs on. */
  database: FreshDatabase;
  /** GET a path and parse the HTML answer. */
  page(path: string): Promise<{ response: LightMyRequestResponse; document: Document }>;
  inject(options: InjectOptions | string): Promise<LightMyRequestResponse>;
  close(): Promise<void>;
}

/**
 * How a test site is opened: the site's own options, whether anonymous pages go through a
 * page cache (default: yes, in memory), and on PostgreSQL another URL to reach the fresh
 * schema by (a proxy in front of the test server).
 */
export type TestSiteOptions = SiteOptions & { pageCache?: PageCache | false; databaseUrl?: string };

/**
 * Opens a migrated, empty site on `engine`; `clock` fixes "now" when given. Pages are
 * cached as in production, so every test also checks that changes purge what they show.
 */
export async function createTestSite(engine: TestEngine, clock?: () => Date, options: TestSiteOptions = {}): Promise<TestSite> {
  const database = await freshDatabase(engine);
  const mediaDir = mkdtempSync(join(tmpdir(), 'dossier-media-'));
  const { pageCache: given, databaseUrl, ...siteOptions } = options;
  const pageCache = given === false ? null : (given ?? createPageCache(memoryPageStore(32 * 1024 * 1024)));
  const target = database.target.engine === 'postgres' && databaseUrl ? { ...database.target, url: databaseUrl } : database.target;
  const site = await openSite(target, clock, { mediaDir, ...(pageCache ? { onChange: (change) => pageCache.purge(change) } : {}), ...siteOptions });
  const app = await buildApp({ services: site.services, themes: site.themes, siteUrl: TEST_SITE_URL, pageCache });
  return {
    app,
    services: site.services,
    worker: site.worker,
    site,
    database,
    inject: (options) => app.inject(options),
    async page(path) {
      const response = await app.inject({ method: 'GET', url: path });
      const { document } = parseHTML(response.body);
      return { response, document: document as unknown as Document };
    },
    async close() {
      await app.close();
      await site.close();
      await database.drop();
      rmSync(mediaDir, { recursive: true, force: true });
    },
  };
}
