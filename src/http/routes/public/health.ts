import type { FastifyInstance } from 'fastify';
import { isUnavailable } from '../../../domain/errors.js';
import { anyoneMayRead } from '../../../policies/public-content.js';
import type { RouteDeps } from '../../route-deps.js';

const config = { policy: anyoneMayRead };

/**
 * `/healthz`: liveness — the process is up and answering (restart it if not); it never asks
 * the database, so a database outage does not get every web process restarted.
 * `/readyz`: readiness — the database answers; a load balancer sends no readers here while
 * it says 503.
 */
export function registerHealthRoutes(app: FastifyInstance, { health }: RouteDeps<'health'>): void {
  app.get('/healthz', { config }, async (_request, reply) => reply.header('cache-control', 'no-store').type('text/plain').send('ok'));
  app.get('/readyz', { config }, async (request, reply) => {
    reply.header('cache-control', 'no-store').type('text/plain');
    try {
      await health.databaseReady();
      return reply.send('ready');
    } catch (error) {
      if (!isUnavailable(error)) throw error;
      request.log.warn({ reason: error.message }, 'not ready: database unreachable');
      return reply.code(503).header('retry-after', String(error.retryAfterSeconds)).send(`not ready: the database is unreachable (${error.message})\n`);
    }
  });
}
