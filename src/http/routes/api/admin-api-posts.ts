import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ArticleKind } from '../../../domain/article.js';
import { anyIntegration, integrationWith } from '../../../policies/integrations.js';
import type { IntegrationActor } from '../../../policies/policy.js';
import { presentAdminPost, presentAdminPosts } from '../../../presenters/admin-api/ghost-admin-post.js';
import type { PostWrite } from '../../../services/admin-api/admin-posts.js';
import { parseInput } from '../../parse-input.js';
import { route, type AdminApiDeps } from './admin-api.js';
import { adminFilterOf, browseQuerySchema, postAddSchema, postEditSchema, rowIdParamsSchema, slugParamsSchema, writeQuerySchema } from './admin-api.schema.js';

/** The scopes of the key a request was made with (set by the Admin API's token check). */
export function scopesOf(request: FastifyRequest): IntegrationActor['scopes'] {
  return request.actor.kind === 'integration' ? request.actor.scopes : [];
}

/** A post as the schema gave it, in the service's terms; `html` only counts with `?source=html`, as in Ghost. */
function toWrite(body: ReturnType<ReturnType<typeof postAddSchema>['parse']>, source: 'html' | undefined): PostWrite {
  const write: PostWrite = {};
  if (body.title !== undefined) write.title = body.title;
  if (body.slug !== undefined) write.slug = body.slug;
  if (body.markdown !== undefined) write.markdown = body.markdown;
  if (body.html !== undefined && source === 'html') write.html = body.html;
  if (body.status !== undefined) write.status = body.status;
  if (body.published_at !== undefined) write.publishedAt = body.published_at;
  if (body.custom_excerpt !== undefined) write.customExcerpt = body.custom_excerpt;
  if (body.featured !== undefined) write.featured = body.featured;
  if (body.tags !== undefined) write.tags = body.tags;
  if (body.authors !== undefined) write.authors = body.authors;
  if (body.section !== undefined) write.section = body.section;
  if (body.feature_image !== undefined) write.featureImage = body.feature_image;
  if (body.feature_image_alt !== undefined) write.featureImageAlt = body.feature_image_alt;
  if (body.feature_image_caption !== undefined) write.featureImageCaption = body.feature_image_caption;
  if (body.meta_title !== undefined) write.metaTitle = body.meta_title;
  if (body.meta_description !== undefined) write.metaDescription = body.meta_description;
  // Ghost's share-card fields, by their Ghost names.
  const card = { ogTitle: body.og_title, ogDescription: body.og_description, ogImage: body.og_image, twitterTitle: body.twitter_title, twitterDescription: body.twitter_description, twitterImage: body.twitter_image };
  const given = Object.entries(card).filter(([, value]) => value !== undefined);
  if (given.length > 0) write.shareCard = Object.fromEntries(given);
  return write;
}

/** Posts and pages: browse and read in any status, add, edit (publish and unpublish by `status`), delete. */
export function registerAdminPostRoutes(scope: FastifyInstance, { adminApi, siteUrl }: AdminApiDeps): void {
  const { posts } = adminApi;
  for (const [resource, kind] of [['posts', 'article'], ['pages', 'page']] as Array<['posts' | 'pages', ArticleKind]>) {
    const addSchema = postAddSchema(resource);
    const editSchema = postEditSchema(resource);
    const one = (found: Awaited<ReturnType<typeof posts.read>>) => ({ [resource]: [presentAdminPost(siteUrl, found.chrome, found.post)] });

    route(scope, 'GET', `/${resource}`, { config: { policy: anyIntegration } }, async (request) => {
      const query = parseInput(browseQuerySchema, request.query);
      const filter = adminFilterOf(resource, query.filter);
      return presentAdminPosts(siteUrl, resource, await posts.browse(kind, { page: query.page, limit: query.limit, filter }));
    });
    route(scope, 'GET', `/${resource}/slug/:slug`, { config: { policy: anyIntegration } }, async (request) =>
      one(await posts.read(kind, parseInput(slugParamsSchema, request.params))));
    route(scope, 'GET', `/${resource}/:id`, { config: { policy: anyIntegration } }, async (request) =>
      one(await posts.read(kind, parseInput(rowIdParamsSchema, request.params))));

    route(scope, 'POST', `/${resource}`, { config: { policy: integrationWith('posts:write') } }, async (request, reply) => {
      const { source } = parseInput(writeQuerySchema, request.query);
      const body = parseInput(addSchema, request.body);
      const found = await posts.add(kind, toWrite(body, source), scopesOf(request));
      return reply.code(201).send(one(found));
    });
    route(scope, 'PUT', `/${resource}/:id`, { config: { policy: integrationWith('posts:write') } }, async (request) => {
      const { id } = parseInput(rowIdParamsSchema, request.params);
      const { source } = parseInput(writeQuerySchema, request.query);
      const body = parseInput(editSchema, request.body);
      return one(await posts.edit(kind, id, { ...toWrite(body, source), updatedAt: body.updated_at }, scopesOf(request)));
    });
    route(scope, 'DELETE', `/${resource}/:id`, { config: { policy: integrationWith('posts:write') } }, async (request, reply) => {
      const { id } = parseInput(rowIdParamsSchema, request.params);
      await posts.delete(kind, id, scopesOf(request));
      return reply.code(204).send();
    });
  }
}
