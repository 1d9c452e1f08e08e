import type { FastifyInstance } from 'fastify';
import { anyoneMayRead } from '../../../policies/public-content.js';
import { GHOST_API_VERSION } from '../../../presenters/content-api/ghost-settings.js';
import { adminApiParts } from './admin-openapi.js';
import { contentApiDocument } from './openapi-document.js';
import { webhookParts } from './webhooks-openapi.js';

/** The Content API's document with the Admin API's paths, security scheme and schemas, and the webhooks, added. */
function apiDocument(siteUrl: string) {
  const content = contentApiDocument(siteUrl, GHOST_API_VERSION);
  const admin = adminApiParts(siteUrl, content.components.schemas.Post);
  const hooks = webhookParts();
  return {
    ...content,
    info: { ...content.info, title: 'Dossier Content and Admin APIs', description: `${content.info.description} The Admin API (paths under /ghost/api/admin/) writes, with Ghost's integration keys and scopes.` },
    paths: { ...content.paths, ...admin.paths },
    webhooks: hooks.webhooks,
    components: {
      ...content.components,
      securitySchemes: { ...content.components.securitySchemes, adminToken: admin.securityScheme },
      schemas: { ...content.components.schemas, ...admin.schemas, ...hooks.schemas },
    },
  };
}

/** `/api/openapi.json`: the OpenAPI 3.1 description of the Content and Admin APIs. */
export function registerOpenApiRoute(app: FastifyInstance, siteUrl: string): void {
  const document = JSON.stringify(apiDocument(siteUrl));
  app.get('/api/openapi.json', { config: { policy: anyoneMayRead, json: true } }, async (_request, reply) =>
    reply.type('application/json; charset=utf-8').header('access-control-allow-origin', '*').send(document));
}
