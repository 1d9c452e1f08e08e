import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { SITE_CARD_PATH } from '../../../domain/share-card.js';
import { anyoneMayRead } from '../../../policies/public-content.js';
import type { ShareCard } from '../../../services/media/share-card.js';
import { isFresh } from '../../conditional-get.js';
import { parseInput } from '../../parse-input.js';
import type { RouteDeps } from '../../route-deps.js';
import { shareCardParamsSchema, shareCardQuerySchema } from './share-cards.schema.js';

const config = { policy: anyoneMayRead };

/**
 * Sends a card with its version as ETag. Asked for by its current version (`?v=`, as
 * pages link it) it is cached for a year; otherwise for an hour, revalidated by ETag.
 */
async function sendCard(request: FastifyRequest, reply: FastifyReply, card: ShareCard) {
  const etag = `"card-${card.version}"`;
  const { v } = parseInput(shareCardQuerySchema, request.query);
  const current = v === card.version;
  reply.header('etag', etag).header('cache-control', current ? 'public, max-age=31536000, immutable' : 'public, max-age=3600');
  if (isFresh(request, etag, null)) return reply.code(304).send();
  return reply.type('image/png').send(await card.png());
}

/** Generated share cards (1200×630 PNG): the site's, and each published article's. */
export function registerShareCardRoutes(app: FastifyInstance, { media }: RouteDeps<'media'>): void {
  app.get(SITE_CARD_PATH, { config }, async (request, reply) => sendCard(request, reply, await media.shareCard(null)));
  app.get('/_card/articles/:file', { config }, async (request, reply) => {
    const { file } = parseInput(shareCardParamsSchema, request.params, { missing: 'not-found' });
    return sendCard(request, reply, await media.shareCard(file));
  });
}
