import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { isDomainError, isUnavailable } from '../../../domain/errors.js';
import { anyoneMayRead } from '../../../policies/public-content.js';
import { presentGhostPost, presentGhostPosts, presentPagination, type PostShape } from '../../../presenters/content-api/ghost-posts.js';
import { presentGhostSettings } from '../../../presenters/content-api/ghost-settings.js';
import { presentGhostAuthor, presentGhostTag } from '../../../presenters/content-api/ghost-tags.js';
import { pickFields } from '../../../presenters/content-api/ghost-ids.js';
import { statusOf } from '../../errors.js';
import { parseInput } from '../../parse-input.js';
import type { ContentPage, NameBrowse } from '../../../services/content-api/content-api-services.js';
import type { RouteDeps } from '../../route-deps.js';
import { browseQuerySchema, idParamsSchema, nameQuerySchema, nameTerms, slugParamsSchema } from './content-api.schema.js';
import { sendGhostError } from './ghost-errors.js';

/** Where the Content API answers: Ghost's own path, and Dossier's. */
export const CONTENT_API_PREFIXES = ['/ghost/api/content', '/api/content'] as const;

const config = { policy: anyoneMayRead, json: true };

/** Ghost's clients ask with a trailing slash (`/posts/`); both forms answer. */
function get(scope: FastifyInstance, path: string, handler: (request: FastifyRequest, reply: FastifyReply) => Promise<unknown>) {
  scope.get(`${path}/`, { config }, handler);
  scope.get(path, { config }, handler);
}

/**
 * The Content API, read-only and shaped as Ghost 5's, so Ghost's own client and the front
 * ends built on it read Dossier: posts, pages, tags (sections and tags), authors, settings.
 * Every request needs a content key (`?key=`); errors come in Ghost's shape. Answers are not
 * put in the page cache: they are built per request from indexed queries.
 */
export function registerContentApiRoutes(app: FastifyInstance, { contentApi, siteUrl }: RouteDeps<'contentApi'>): void {
  const routes = async (scope: FastifyInstance) => {
    scope.addHook('onRequest', async (_request, reply) => {
      void reply.header('access-control-allow-origin', '*').header('cache-control', 'public, max-age=0').header('content-version', 'v5.0');
    });
    // The key is checked before anything is read: a request without one learns nothing.
    scope.addHook('preHandler', async (request, reply) => {
      if (request.method === 'OPTIONS') return;
      const raw = (request.query as Record<string, unknown>)['key'];
      if (Array.isArray(raw)) return sendGhostError(reply, 400, 'Send one key.', 'key');
      const check = await contentApi.keys.check(typeof raw === 'string' ? raw : undefined);
      if (check === 'missing') {
        return sendGhostError(reply, 403, 'Unable to determine the authenticated member or integration. Check the supplied Content API Key.');
      }
      if (check === 'unknown') return sendGhostError(reply, 401, 'The Content API key is unknown or has been revoked.', 'key');
    });
    // Ghost's client sends Accept-Version, so browsers ask first (CORS preflight).
    scope.options('/*', { config }, async (_request, reply) => reply.code(204)
      .header('access-control-allow-methods', 'GET, HEAD, OPTIONS').header('access-control-allow-headers', 'Accept-Version, Content-Type')
      .header('access-control-max-age', '86400').send());
    scope.setNotFoundHandler((_request, reply) => sendGhostError(reply, 404, 'There is no such Content API endpoint.'));
    scope.setErrorHandler(async (error, request, reply) => {
      if (isUnavailable(error)) return sendGhostError(reply.header('retry-after', String(error.retryAfterSeconds)), 503, 'The site cannot reach its database right now.');
      const status = statusOf(error);
      if (status >= 500) {
        request.log.error({ err: error }, 'content API request failed');
        return sendGhostError(reply, 500, null);
      }
      const field = isDomainError(error) ? (error.field ?? null) : null;
      return sendGhostError(reply, status, error instanceof Error ? error.message : null, field);
    });

    const shapeOf = (query: ReturnType<ReturnType<typeof browseQuerySchema>['parse']>): PostShape => ({
      include: new Set(query.include ?? []),
      formats: new Set(query.formats ?? ['html']),
      fields: query.fields ?? null,
    });

    for (const [resource, kind] of [['posts', 'article'], ['pages', 'page']] as const) {
      const schema = browseQuerySchema(resource);
      get(scope, `/${resource}`, async (request) => {
        const query = parseInput(schema, request.query);
        const shape = shapeOf(query);
        const page = await contentApi.posts(kind, { page: query.page, limit: query.limit.n, filter: query.filter, direction: query.order, references: shape.include.has('references') });
        return presentGhostPosts(siteUrl, resource, page, shape, query.limit.all);
      });
      const readOne = async (request: FastifyRequest, by: { id: string } | { slug: string }) => {
        const shape = shapeOf(parseInput(schema, request.query));
        const found = await contentApi.post(kind, by);
        return { [resource]: [presentGhostPost(siteUrl, found.chrome, found.post, shape)] };
      };
      get(scope, `/${resource}/slug/:slug`, (request) => readOne(request, parseInput(slugParamsSchema, request.params)));
      get(scope, `/${resource}/:id`, (request) => readOne(request, parseInput(idParamsSchema, request.params)));
    }

    /** Tags and authors answer alike: a browse, and a read by id or slug. */
    const registerNamed = <T>(
      resource: 'tags' | 'authors',
      browse: (query: NameBrowse) => Promise<ContentPage<T>>,
      readOne: (by: { id: string } | { slug: string }, counts: boolean) => Promise<T>,
      present: (siteUrl: string, item: T) => Record<string, unknown>,
    ) => {
      const schema = nameQuerySchema(resource);
      const answer = (query: { fields?: string[] | undefined }, items: T[]) => items.map((item) => pickFields(present(siteUrl, item), query.fields ?? null));
      get(scope, `/${resource}`, async (request) => {
        const query = parseInput(schema, request.query);
        const page = await browse({ page: query.page, limit: query.limit.n, terms: nameTerms(query.filter), order: query.order, counts: (query.include ?? []).includes('count.posts') });
        return { [resource]: answer(query, page.items), meta: { pagination: presentPagination(page, query.limit.all) } };
      });
      const read = async (request: FastifyRequest, by: { id: string } | { slug: string }) => {
        const query = parseInput(schema, request.query);
        return { [resource]: answer(query, [await readOne(by, (query.include ?? []).includes('count.posts'))]) };
      };
      get(scope, `/${resource}/slug/:slug`, (request) => read(request, parseInput(slugParamsSchema, request.params)));
      get(scope, `/${resource}/:id`, (request) => read(request, parseInput(idParamsSchema, request.params)));
    };
    registerNamed('tags', contentApi.tags, async (by, counts) => (await contentApi.tag(by, counts)).tag, presentGhostTag);
    registerNamed('authors', contentApi.authors, async (by, counts) => (await contentApi.author(by, counts)).author, presentGhostAuthor);

    get(scope, '/settings', async () => presentGhostSettings(siteUrl, await contentApi.settings()));
  };
  for (const prefix of CONTENT_API_PREFIXES) void app.register(routes, { prefix });
}
