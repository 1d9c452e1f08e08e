import multipart from '@fastify/multipart';
import type { FastifyInstance, FastifyReply, FastifyRequest, RouteShorthandOptions } from 'fastify';
import { MAX_UPLOAD_BYTES } from '../../../domain/media.js';
import { anyoneMayRead } from '../../../policies/public-content.js';
import type { RouteDeps } from '../../route-deps.js';
import { handleAdminError, sendAdminError } from './admin-api-errors.js';
import { ghostErrorBody } from './ghost-errors.js';
import { registerAdminExtraRoutes, registerAdminUploadRoutes } from './admin-api-extras.js';
import { registerAdminPostRoutes } from './admin-api-posts.js';
import { registerAdminStructureRoutes } from './admin-api-structure.js';

/** Where the Admin API answers: Ghost's own path, and Dossier's. */
export const ADMIN_API_PREFIXES = ['/ghost/api/admin', '/api/admin'] as const;

/** What the Admin API's routes are handed. */
export type AdminApiDeps = RouteDeps<'adminApi' | 'contentApi' | 'structure' | 'media' | 'comments' | 'sources'>;

type Handler = (request: FastifyRequest, reply: FastifyReply) => Promise<unknown>;

/** Registers `path` and `path/` (Ghost's clients ask with the trailing slash) for one method. */
export function route(scope: FastifyInstance, method: 'GET' | 'POST' | 'PUT' | 'DELETE', path: string, options: RouteShorthandOptions, handler: Handler): void {
  for (const url of [`${path}/`, path]) scope.route({ method, url, ...options, handler });
}

/** The app's Authorization header, checked before the route's policy and before any body is read. */
function authenticate({ adminApi }: AdminApiDeps) {
  return async (request: FastifyRequest, reply: FastifyReply) => {
    // `/site/` answers without a key, as Ghost's does: apps ask it to find out they are talking to a Ghost-like site.
    if (request.routeOptions.config.policy === anyoneMayRead || request.is404) return;
    const header = request.headers.authorization;
    const result = await adminApi.tokens.authenticate(typeof header === 'string' ? header : undefined);
    if (!result.ok) return sendAdminError(reply, 'unauthorized', result.reason);
    request.actor = { kind: 'integration', tokenId: result.token.id, name: result.token.name, scopes: result.token.scopes };
    return undefined;
  };
}

/**
 * The Admin API, compatible with Ghost's `@tryghost/admin-api` client and its integration
 * keys (`id:secret`; each request carries `Authorization: Ghost <JWT>` signed with the
 * secret). Posts, pages, tags, users (Dossier's authors), sections, image uploads, comment
 * moderation and link health; every write is checked against the key's scopes and a schema.
 */
export function registerAdminApiRoutes(app: FastifyInstance, deps: AdminApiDeps): void {
  const routes = async (scope: FastifyInstance) => {
    scope.addHook('onRequest', async (_request, reply) => {
      void reply.header('cache-control', 'no-cache, private, no-store, must-revalidate, max-stale=0').header('content-version', 'v5.0');
    });
    scope.addHook('onRequest', authenticate(deps));
    scope.setNotFoundHandler((_request, reply) => reply.code(404).send(ghostErrorBody(404, 'There is no such Admin API endpoint.')));
    scope.setErrorHandler(handleAdminError);
    registerAdminPostRoutes(scope, deps);
    registerAdminStructureRoutes(scope, deps);
    registerAdminExtraRoutes(scope, deps);
    // Multipart parsing only where uploads are accepted.
    await scope.register(async (uploads) => {
      await uploads.register(multipart, { throwFileSizeLimit: false, limits: { fileSize: MAX_UPLOAD_BYTES, files: 1, fields: 10 } });
      registerAdminUploadRoutes(uploads, deps);
    });
  };
  for (const prefix of ADMIN_API_PREFIXES) void app.register(routes, { prefix });
}
