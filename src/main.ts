import type { FastifyInstance } from 'fastify';
import type { Config } from './config/config.js';
import type { DatabaseTarget } from './config/database-url.js';
import type { SmtpConfig } from './config/mail-config.js';
import { StartupError } from './config/startup-error.js';
import { demoContent } from './demo/content.js';
import { createLinkTools, type LinkToolOptions } from './citations/links/link-tools.js';
import { identifierResolver, type ResolverUrls } from './citations/resolve/resolver-options.js';
import { createSavePageNow } from './citations/links/save-page-now.js';
import { captureJobHandlers } from './services/sources/capture-links.js';
import { buildApp } from './http/app.js';
import { openPageCache } from './http/page-cache/page-cache.js';
import { createCitationFormatter } from './citations/styles/citation-formatter.js';
import { commentJobHandlers } from './services/comments/notify-job.js';
import { CORE_RECURRING_JOBS, coreJobHandlers } from './services/jobs/core-jobs.js';
import { websubJobHandlers } from './services/distribution/websub.js';
import { createHubPinger } from './citations/links/websub-ping.js';
import { createWebhookSender } from './citations/links/webhook-sender.js';
import { webhookJobHandlers } from './services/webhooks/delivery-job.js';
import { RENDER_CITATIONS_JOB, renderArticleCitations } from './services/sources/render-citations.js';
import { createJobRunner, type JobRunner } from './services/jobs/job-runner.js';
import { LINK_RECURRING_JOBS, linkJobHandlers } from './services/sources/link-jobs.js';
import type { Mailer } from './services/comments/ports.js';
import type { Store } from './services/ports.js';
import type { PublicChange, PublicChangeListener } from './services/reader/ports.js';
import { createServices, type Services } from './services/services.js';
import { createStore } from './store/create-store.js';
import { migrateToLatest, type MigrationReport } from './store/migrate.js';
import { openDatabase, type OpenOptions } from './store/open-database.js';
import { mediaFolder } from './media/media-folder.js';
import { sharpImages } from './media/sharp-images.js';
import type { MadeFile, StaticRenderer } from './export/static/export-static-site.js';
import { renderRedirectFiles } from './export/static/redirect-files.js';
import { renderSearchIndex } from './export/static/search-index.js';
import { fileWriter, keepAnswer, keepCard } from './export/static/static-files.js';
import { staticPaths } from './export/static/static-paths.js';
import { staticSearchIndex } from './http/routes/public/search.js';
import { staticPageRenderer } from './http/static-pages.js';
import type { StaticPath } from './domain/static-page.js';
import { FEED_FORMATS } from './presenters/feed-links.js';
import { articleScript, favicon, siteStylesheet, staticSearchScript } from './views/styles/assets.js';
import { themeSheet } from './domain/branding.js';
import { defaultThemeSet, loadThemes, type ThemeSet } from './views/themes/load-themes.js';

/** Brings the schema of the target database up to date. */
export async function migrateDatabase(target: DatabaseTarget): Promise<MigrationReport> {
  const database = await openDatabase(target);
  try {
    return await migrateToLatest(database);
  } finally {
    await database.close();
  }
}

/** An opened, migrated site: its services, its background worker, and how to close its database. */
export interface Site {
  services: Services;
  /** A job runner over this site's queue (not started). */
  worker: JobRunner;
  /** The store itself, for commands and tests that build their own runners. */
  store: Store;
  /** The installed themes, loaded once when the site opens. */
  themes: ThemeSet;
  close(): Promise<void>;
}

/** What a site needs beyond its database: the outside world it talks to, and where files go. */
export interface SiteOptions {
  /** Link checking and archive look-ups (defaults: 10 s, 1 s between requests to a host, archive.org, public addresses only). */
  links?: LinkToolOptions;
  smtp?: SmtpConfig | null;
  /** A mailer to use instead of one built from `smtp` (tests). */
  mailer?: Mailer | null;
  ipHashSalt?: string | null;
  siteUrl?: string;
  /** Where "Add source" resolves identifiers (defaults: the public services); deadline and allow-list come from `links`. */
  resolvers?: ResolverUrls;
  /** Folder for uploaded images (default ./data/media). */
  mediaDir?: string;
  /** Told every SQL statement the site runs (the query-plan test). */
  onQuery?: OpenOptions['onQuery'];
  /** Told what each committed write changed for readers (the page cache purges by it). */
  onChange?: PublicChangeListener;
  /** Folder of installed themes (default: none, the built-in theme alone). */
  themesDir?: string;
}

/** The site options a configuration gives. */
export function siteOptions(config: Config): SiteOptions {
  return {
    links: { siteUrl: config.siteUrl, archiveApiUrl: config.archiveApiUrl, timeoutMs: config.linkCheckTimeoutMs, hostDelayMs: config.linkCheckDelayMs, outboundAllow: config.outboundAllow },
    smtp: config.smtp,
    ipHashSalt: config.ipHashSalt,
    siteUrl: config.siteUrl,
    mediaDir: config.mediaDir,
    themesDir: config.themesDir,
    resolvers: { doiResolver: config.doiResolver, openLibraryUrl: config.openLibraryUrl, pubmedUrl: config.pubmedUrl, arxivUrl: config.arxivUrl },
  };
}

/** Opens the database, brings its schema up to date, and wires the services. */
export async function openSite(target: DatabaseTarget, clock: () => Date = () => new Date(), options: SiteOptions = {}): Promise<Site> {
  // Themes first: a broken theme is reported before anything else opens.
  const themes = options.themesDir ? await loadThemes(options.themesDir) : defaultThemeSet();
  const database = await openDatabase(target, { onQuery: options.onQuery });
  try {
    await migrateToLatest(database);
  } catch (error) {
    await database.close();
    throw error;
  }
  // Every committed change is told to the services' own caches, then to whoever opened the site.
  const listeners: PublicChangeListener[] = [];
  const store = createStore(database.db, database.helpers, async (change) => {
    for (const listen of listeners) await listen(change);
  });
  const formatter = createCitationFormatter();
  const linkTools = createLinkTools(options.links);
  // nodemailer is loaded only when SMTP is configured.
  const mailer = options.mailer !== undefined ? options.mailer : options.smtp ? (await import('./mail/smtp-mailer.js')).createSmtpMailer(options.smtp) : null;
  const worker = createJobRunner({
    store,
    clock,
    handlers: {
      ...coreJobHandlers(store, clock),
      ...linkJobHandlers(store, clock, linkTools),
      ...captureJobHandlers(store, clock, createSavePageNow(options.links)),
      ...commentJobHandlers(store, { mailer, siteUrl: options.siteUrl ?? 'http://localhost:3000' }),
      ...websubJobHandlers({ pinger: createHubPinger(options.links), siteUrl: options.siteUrl ?? 'http://localhost:3000' }),
      // Deliveries wait 10 s for an answer whatever the link checks are tuned to.
      ...webhookJobHandlers(store, { sender: createWebhookSender({ ...options.links, timeoutMs: 10_000 }), siteUrl: options.siteUrl ?? 'http://localhost:3000' }),
      [RENDER_CITATIONS_JOB]: async (payload) => {
        const articleId = (payload as { articleId?: unknown } | null)?.articleId;
        if (typeof articleId !== 'number') throw new Error('render-citations needs {"articleId": number}.');
        await renderArticleCitations(store, formatter, articleId);
      },
    },
    recurring: [...CORE_RECURRING_JOBS, ...LINK_RECURRING_JOBS],
    onFailure: (job, error) => process.emitWarning(`job ${job.id ?? '?'} (${job.kind}) failed: ${error}`),
  });
  const services = createServices(store, clock, {
    linkTools,
    media: { images: sharpImages(), files: mediaFolder(options.mediaDir ?? './data/media') },
    formatter,
    resolver: identifierResolver(options),
    ipHashSalt: options.ipHashSalt,
    notify: mailer !== null,
  });
  listeners.push(services.reader.heard);
  if (options.onChange) listeners.push(options.onChange);
  return {
    services,
    worker,
    store,
    themes,
    close: async () => {
      await worker.stop();
      await formatter.close();
      await database.close();
    },
  };
}

/** How the processes of one site tell each other what changed (cluster IPC). */
export interface ChangeChannel {
  /** Resolves once every other process has acted on the change. */
  publish(change: PublicChange): Promise<void>;
  subscribe(listener: (change: PublicChange) => Promise<void>): void;
}

/** A running web server. */
export interface RunningServer {
  app: FastifyInstance;
  url: string;
  seeded: boolean;
  close(): Promise<void>;
}

/**
 * Opens the site, seeds demo content into an empty database (unless told not to), listens,
 * and runs the background worker in the same process (unless told not to).
 */
export async function startServer(config: Config, options: { demo: boolean; worker?: boolean; changes?: ChangeChannel; workerId?: string }): Promise<RunningServer> {
  const pageCache = await openPageCache({ redisUrl: config.redisUrl, redisPrefix: config.redisPrefix, megabytes: config.pageCacheMb }, (error) =>
    process.emitWarning(`page cache purge failed: ${error instanceof Error ? error.message : String(error)}`));
  const { changes } = options;
  const site = await openSite(config.database, undefined, {
    ...siteOptions(config),
    onChange: async (change) => {
      await pageCache?.purge(change);
      await changes?.publish(change);
    },
  });
  // A change made by another process: forget what this one holds of it (a shared Redis cache was purged by that process).
  changes?.subscribe(async (change) => {
    site.services.reader.heard(change);
    if (pageCache?.store.peek) await pageCache.purge(change);
  });
  let seeded = false;
  let app: FastifyInstance | undefined;
  try {
    if (options.demo) seeded = (await site.services.transfer.seedDemo(demoContent)).seeded;
    for (const problem of site.themes.problems) process.emitWarning(`themes: ${problem}`);
    app = await buildApp({ services: site.services, themes: site.themes, siteUrl: config.siteUrl, trustProxy: config.trustProxy, pageCache, workerId: options.workerId ?? null }, { level: config.logLevel });
    await app.listen({ port: config.port, host: config.host });
    if (options.worker !== false) site.worker.start();
  } catch (error) {
    await app?.close().catch(() => undefined);
    await site.close();
    await pageCache?.store.close();
    const code = (error as { code?: string }).code;
    if (code === 'EADDRINUSE') {
      throw new StartupError(`Port ${config.port} is already in use on ${config.host}. Stop the other program or choose another port with --port or PORT.`);
    }
    if (code === 'EACCES') throw new StartupError(`Not allowed to listen on port ${config.port}. Choose a port above 1024 with --port or PORT.`);
    if (code === 'EADDRNOTAVAIL' || code === 'ENOTFOUND') throw new StartupError(`Cannot listen on host "${config.host}": no such address here. Check --host or HOST.`);
    throw error;
  }
  const server = app;
  return {
    app: server,
    url: config.siteUrl,
    seeded,
    close: async () => {
      await server.close();
      await site.close();
      await pageCache?.store.close();
    },
  };
}

/** A site opened to be copied as static files: its app answers as the live site, pages as a static copy shows them. */
export interface StaticSite {
  site: Site;
  renderer: StaticRenderer;
  close(): Promise<void>;
}

/** Opens the site and an app in static-copy mode (no page cache), whose answers a renderer keeps as files in `dir`. */
export async function openStaticSite(target: DatabaseTarget, options: SiteOptions, siteUrl: string, dir: string, clock?: () => Date): Promise<StaticSite> {
  const site = await openSite(target, clock, options);
  let app: FastifyInstance;
  try {
    app = await buildApp({ services: site.services, themes: site.themes, siteUrl, pageCache: null, staticCopy: true });
  } catch (error) {
    await site.close();
    throw error;
  }
  const write = fileWriter(dir);
  const direct = staticPageRenderer(site.services, siteUrl, site.themes);
  const renderer: StaticRenderer = {
    async render(jobs) {
      const kept = [];
      // Share cards are drawn by libvips's own threads while the next pages render.
      const cards = [];
      for (const job of jobs) {
        // Articles, their comment feeds and list pages from the services; anything else as the app answers it.
        if (job.page) {
          const page = await direct(job.page);
          const answer = keepAnswer(write, job.path, { status: 200, contentType: page.contentType, body: Buffer.from(page.body) }, job.oldHash);
          kept.push(answer);
          if (page.card) cards.push(keepCard(write, dir, page.card, job.oldCardHash ?? null, !answer.written));
          continue;
        }
        const answer = await app.inject({ method: 'GET', url: job.path });
        const contentType = String(answer.headers['content-type'] ?? 'application/octet-stream');
        kept.push(keepAnswer(write, job.path, { status: answer.statusCode, contentType, body: answer.rawPayload }, job.oldHash));
      }
      kept.push(...(await Promise.all(cards)));
      return kept;
    },
  };
  return {
    site,
    renderer,
    close: async () => {
      await app.close();
      await site.close();
    },
  };
}

/** What a static copy of the site consists of: every path to render, and the files made without rendering (redirects, search index). */
export async function planStaticExport(site: Site): Promise<{ paths: StaticPath[]; made: MadeFile[]; articles: number }> {
  const contents = await site.services.reader.publicSite();
  const theme = themeSheet((await site.services.reader.chrome()).settings);
  const chosen = site.themes.theme((await site.services.reader.chrome()).settings.theme)?.cssHref;
  const assets = [siteStylesheet.href, favicon.href, staticSearchScript.href, articleScript.href, ...(theme ? [theme.href] : []), ...(chosen ? [chosen] : [])];
  const paths = staticPaths(contents, FEED_FORMATS.map((f) => f.suffix), assets);
  const redirects = renderRedirectFiles(contents.redirects);
  const made: MadeFile[] = [
    { file: '_redirects', body: redirects.netlify },
    { file: 'nginx-redirects.conf', body: redirects.nginx },
    { file: staticSearchIndex(null).slice(1), body: renderSearchIndex(contents.articles) },
    // Each language's own (`/fr/search` reads `/fr/search/index.json`).
    ...contents.searchLanguages.map((language) => ({
      file: staticSearchIndex(language).slice(1), body: renderSearchIndex(contents.articles.filter((a) => a.language === language)),
    })),
  ];
  return { paths, made, articles: contents.articles.length };
}
