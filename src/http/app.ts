import fastifyCookie from '@fastify/cookie';
import fastifyFormbody from '@fastify/formbody';
import Fastify, { LogController, type FastifyInstance, type FastifyServerOptions } from 'fastify';
import { installErrorHandler } from './plugins/error-handler.js';
import { installPolicyGuard } from './plugins/policy-guard.js';
import { cacheFastPath, installPageCache, type FormTokenIssuer } from './page-cache/page-cache.js';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { routeDeps, type AppDeps } from './route-deps.js';
import { normaliseRequestUrl } from './normalise-url.js';
import { registerArticleRoutes } from './routes/public/articles.js';
import { registerAssetRoutes } from './routes/public/assets.js';
import { registerCommentRoutes } from './routes/public/comments.js';
import { registerFeedRoutes } from './routes/public/feeds.js';
import { registerHealthRoutes } from './routes/public/health.js';
import { registerListRoutes } from './routes/public/lists.js';
import { registerReferenceRoutes } from './routes/public/references.js';
import { registerSourcesRoutes } from './routes/public/sources.js';
import { registerCorrectionsRoutes } from './routes/public/corrections.js';
import { registerSearchRoutes } from './routes/public/search.js';
import { registerSitemapRoutes } from './routes/public/sitemaps.js';
import { registerShareCardRoutes } from './routes/public/share-cards.js';
import { registerThemeRoutes } from './routes/public/theme.js';
import { defaultThemeSet, type ThemeSet } from '../views/themes/load-themes.js';
import { registerOEmbedRoutes } from './routes/public/oembed.js';
import { installCsrf } from './plugins/csrf.js';
import { installSession } from './plugins/session.js';
import { installSecurityHeaders, SECURITY_HEADER_NAMES } from './plugins/security-headers.js';
import { registerAdminRoutes } from './routes/admin/register-admin.js';
import { registerContentApiRoutes } from './routes/api/content-api.js';
import { registerAdminApiRoutes } from './routes/api/admin-api.js';
import { registerOpenApiRoute } from './routes/api/openapi.js';
import { fastifyTrustProxy } from './trust-proxy.js';

/** Builds the Fastify app: policy guard first (so every route is checked), then errors, then routes. */
export async function buildApp(deps: AppDeps, logger: FastifyServerOptions['logger'] = false): Promise<FastifyInstance> {
  const { comments } = deps.services;
  const formTokens: FormTokenIssuer = { issue: (id) => comments.formToken(id), issueNow: (id) => comments.formTokenNow(id) };
  const named: Record<string, string> = deps.workerId ? { 'x-dossier-worker': deps.workerId } : {};
  // Headers of answers from the fast path: the worker's name, and the security headers (below).
  const fastHeaders: Record<string, string> = { ...named };
  const fast = deps.pageCache ? cacheFastPath(deps.pageCache, formTokens, fastHeaders) : null;
  // Per-request log lines cost throughput on the hot path; errors are still logged.
  const app = Fastify({
    // Cached pages in memory are answered before the framework sees the request.
    ...(fast ? { serverFactory: (handler: (req: IncomingMessage, res: ServerResponse) => void) => createServer((req, res) => fast(req, res) || handler(req, res)) } : {}),
    logger,
    logController: new LogController({ disableRequestLogging: true }),
    // One normal form of every address before routing: the router, session, CSRF and
    // redirect checks all see the same path (see normalise-url.ts).
    rewriteUrl: (request) => normaliseRequestUrl(request.url ?? '/'),
    return503OnClosing: true,
    trustProxy: fastifyTrustProxy(deps.trustProxy ?? false),
  });
  deps = { ...deps, themes: withErrorLog(deps.themes ?? defaultThemeSet(), app) };
  app.decorate('themes', deps.themes);
  if (deps.workerId) app.addHook('onRequest', async (_request, reply) => void reply.headers(named));
  installPolicyGuard(app);
  await installSecurityHeaders(app, deps.siteUrl);
  // First: a cached page is answered before any other work.
  if (deps.pageCache) installPageCache(app, deps.pageCache, formTokens);
  installErrorHandler(app, routeDeps(deps, 'reader'));
  // Form posts (comments, admin), cookies (the commenter's token and remembered name),
  // admin sessions from cookies, and CSRF on every state-changing admin request.
  await app.register(fastifyFormbody, { bodyLimit: 4 * 1024 * 1024 });
  await app.register(fastifyCookie);
  installSession(app, routeDeps(deps, 'accounts', 'settings'));
  installCsrf(app);
  registerAssetRoutes(app);
  registerHealthRoutes(app, routeDeps(deps, 'health'));
  registerListRoutes(app, routeDeps(deps, 'reader'));
  registerArticleRoutes(app, routeDeps(deps, 'reader'));
  registerReferenceRoutes(app, routeDeps(deps, 'reader'));
  registerSourcesRoutes(app, routeDeps(deps, 'reader'));
  registerCorrectionsRoutes(app, routeDeps(deps, 'reader'));
  registerCommentRoutes(app, routeDeps(deps, 'comments', 'reader'));
  registerSearchRoutes(app, routeDeps(deps, 'reader'));
  registerFeedRoutes(app, routeDeps(deps, 'reader'));
  registerSitemapRoutes(app, routeDeps(deps, 'reader'));
  registerShareCardRoutes(app, routeDeps(deps, 'media'));
  registerThemeRoutes(app, routeDeps(deps, 'reader'));
  registerOEmbedRoutes(app, routeDeps(deps, 'reader'));
  registerAdminRoutes(app, deps);
  registerContentApiRoutes(app, routeDeps(deps, 'contentApi'));
  registerAdminApiRoutes(app, routeDeps(deps, 'adminApi', 'contentApi', 'structure', 'media', 'comments', 'sources'));
  registerOpenApiRoute(app, deps.siteUrl);
  await app.ready();
  // The fast path answers without the app's hooks: it sends the same security headers,
  // read off an answer of the app's own.
  if (fast) {
    const probe = await app.inject({ method: 'GET', url: '/healthz' });
    for (const name of SECURITY_HEADER_NAMES) {
      const value = probe.headers[name];
      if (typeof value === 'string') fastHeaders[name] = value;
    }
  }
  return app;
}

/** The themes, with a template that threw logged as an error (the page answered with the default one). */
function withErrorLog(themes: ThemeSet, app: FastifyInstance): ThemeSet {
  return {
    ...themes,
    reportError(theme, slot, error) {
      app.log.error({ err: error, theme, slot }, `theme "${theme}": templates/${slot}.js threw while rendering; the default ${slot} template was used`);
      themes.reportError(theme, slot, error);
    },
  };
}
