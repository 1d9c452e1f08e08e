import fastifyCookie from '@fastify/cookie';
import fastifyFormbody from '@fastify/formbody';
import Fastify, { LogController, type FastifyInstance, type FastifyServerOptions } from 'fastify';
import { installErrorHandler } from './plugins/error-handler.js';
import { installPolicyGuard } from './plugins/policy-guard.js';
import type { RouteDeps } from './route-deps.js';
import { registerArticleRoutes } from './routes/public/articles.js';
import { registerAssetRoutes } from './routes/public/assets.js';
import { registerCommentRoutes } from './routes/public/comments.js';
import { registerFeedRoutes } from './routes/public/feeds.js';
import { registerListRoutes } from './routes/public/lists.js';
import { registerSearchRoutes } from './routes/public/search.js';
import { registerSitemapRoutes } from './routes/public/sitemaps.js';

/** Builds the Fastify app: policy guard first (so every route is checked), then errors, then routes. */
export async function buildApp(deps: RouteDeps, logger: FastifyServerOptions['logger'] = false): Promise<FastifyInstance> {
  // Per-request log lines cost throughput on the hot path; errors are still logged.
  const app = Fastify({
    logger,
    logController: new LogController({ disableRequestLogging: true }),
    routerOptions: { ignoreDuplicateSlashes: true },
    return503OnClosing: true,
  });
  installPolicyGuard(app);
  installErrorHandler(app, deps);
  // Form posts (comments) and cookies (the commenter's token and remembered name).
  await app.register(fastifyFormbody);
  await app.register(fastifyCookie);
  registerAssetRoutes(app);
  registerListRoutes(app, deps);
  registerArticleRoutes(app, deps);
  registerCommentRoutes(app, deps);
  registerSearchRoutes(app, deps);
  registerFeedRoutes(app, deps);
  registerSitemapRoutes(app, deps);
  await app.ready();
  return app;
}
