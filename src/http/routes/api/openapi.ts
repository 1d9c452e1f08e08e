import type { FastifyInstance } from 'fastify';
import { anyoneMayRead } from '../../../policies/public-content.js';
import { GHOST_API_VERSION } from '../../../presenters/content-api/ghost-settings.js';
import { contentApiDocument } from './openapi-document.js';

/** `/api/openapi.json`: the OpenAPI 3.1 description of the Content API. */
export function registerOpenApiRoute(app: FastifyInstance, siteUrl: string): void {
  const document = JSON.stringify(contentApiDocument(siteUrl, GHOST_API_VERSION));
  app.get('/api/openapi.json', { config: { policy: anyoneMayRead, json: true } }, async (_request, reply) =>
    reply.type('application/json; charset=utf-8').header('access-control-allow-origin', '*').send(document));
}
