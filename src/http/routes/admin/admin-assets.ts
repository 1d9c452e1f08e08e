import type { FastifyInstance } from 'fastify';
import { anyoneMayRead } from '../../../policies/public-content.js';
import { ADMIN_ASSETS } from '../../../views/admin/admin-assets.js';

/** The admin stylesheet and script (content-hashed names, cached for a year). */
export function registerAdminAssetRoutes(app: FastifyInstance): void {
  app.get('/admin/assets/:file', { config: { policy: anyoneMayRead } }, async (request, reply) => {
    const asset = ADMIN_ASSETS.get(request.url.split('?')[0]!);
    if (!asset) return reply.callNotFound();
    return reply.header('cache-control', 'public, max-age=31536000, immutable').type(asset.type).send(asset.body);
  });
}
