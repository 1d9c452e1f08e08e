import type { FastifyInstance } from 'fastify';
import { anyoneMayRead } from '../../../policies/public-content.js';
import { articleScript, favicon, siteStylesheet, staticSearchScript } from '../../../views/styles/assets.js';

const config = { policy: anyoneMayRead };
const FOREVER = 'public, max-age=31536000, immutable';

/** The stylesheet and favicon (content-hashed URLs). */
export function registerAssetRoutes(app: FastifyInstance): void {
  const byPath = new Map([siteStylesheet, favicon, staticSearchScript, articleScript].map((asset) => [asset.href, asset]));
  app.get('/assets/:file', { config }, async (request, reply) => {
    const asset = byPath.get(request.url.split('?')[0]!);
    if (!asset) return reply.callNotFound();
    return reply.header('cache-control', FOREVER).type(asset.type).send(asset.body);
  });
  app.get('/favicon.ico', { config }, async (_request, reply) =>
    reply.header('cache-control', 'public, max-age=86400').type(favicon.type).send(favicon.body),
  );
}
