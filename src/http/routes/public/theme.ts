import type { FastifyInstance } from 'fastify';
import { themeSheet } from '../../../domain/branding.js';
import { anyoneMayRead } from '../../../policies/public-content.js';
import type { RouteDeps } from '../../route-deps.js';

const config = { policy: anyoneMayRead };

/**
 * Installed themes' stylesheets, and the site's branding stylesheet (accent colour, custom CSS) at its content-hashed address,
 * cached for a year; an address of an older version answers 404 (pages link the current one).
 */
export function registerThemeRoutes(app: FastifyInstance, { reader, themes }: RouteDeps<'reader'>): void {
  app.get('/theme/:file', { config }, async (request, reply) => {
    // An installed theme's own stylesheet (themes/<name>/theme.css) at its hashed address.
    const own = themes.stylesheet(request.url.split('?')[0] ?? '');
    if (own !== undefined) return reply.header('cache-control', 'public, max-age=31536000, immutable').type('text/css; charset=utf-8').send(own);
    const sheet = themeSheet((await reader.chrome()).settings);
    if (!sheet || sheet.href !== request.url.split('?')[0]) return reply.callNotFound();
    return reply.header('cache-control', 'public, max-age=31536000, immutable').type('text/css; charset=utf-8').send(sheet.body);
  });
}
