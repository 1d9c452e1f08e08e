import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { parseHTML } from 'linkedom';
import { buildApp } from '../../src/http/app.js';
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

/** Opens a migrated, empty site on `engine`; `clock` fixes "now" when given. */
export async function createTestSite(engine: TestEngine, clock?: () => Date, options?: SiteOptions): Promise<TestSite> {
  const database = await freshDatabase(engine);
  const mediaDir = mkdtempSync(join(tmpdir(), 'dossier-media-'));
  const site = await openSite(database.target, clock, { mediaDir, ...options });
  const app = await buildApp({ services: site.services, siteUrl: TEST_SITE_URL });
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
