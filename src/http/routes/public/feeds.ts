import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { anyoneMayRead } from '../../../policies/public-content.js';
import { FEED_FORMATS } from '../../../presenters/feed-links.js';
import { presentFeed } from '../../../presenters/feed-presenter.js';
import type { FeedScope } from '../../../services/reader/feed-data.js';
import { sendCacheable } from '../../conditional-get.js';
import { cardTag, listTag, updatedTag } from '../../page-cache/page-tags.js';
import { cachePage } from '../../page-cache/page-cache.js';
import { parseInput } from '../../parse-input.js';
import type { RouteDeps } from '../../route-deps.js';
import { feedParamsSchema } from './feeds.schema.js';

const config = { policy: anyoneMayRead };
// Sections nest; feeds are registered for paths this deep (the wildcard page route cannot end in a file name).
const MAX_SECTION_DEPTH = 6;
/** The feed's path parameters; one that cannot name anything (a NUL byte) is a 404. */
const paramsOf = (request: FastifyRequest) => parseInput(feedParamsSchema, request.params, { missing: 'not-found' });

/** Feeds of the site, each section (with subsections), tag and author, in RSS, Atom and JSON Feed. */
export function registerFeedRoutes(app: FastifyInstance, { reader, siteUrl }: RouteDeps<'reader'>): void {
  for (const { format, suffix } of FEED_FORMATS) {
    const send = async (request: FastifyRequest, reply: FastifyReply, scope: FeedScope) => {
      const data = await reader.feed(scope);
      cachePage(reply, [listTag(data.list), ...data.items.flatMap((item) => [cardTag(item.id), updatedTag(item.id)])], null, 'editors');
      const view = presentFeed(siteUrl, data);
      // The feed writer is loaded on the first feed request, not at start-up.
      const { FEED_CONTENT_TYPES, renderFeed } = await import('../../../feeds/render-feed.js');
      return sendCacheable(request, reply, renderFeed(view, format), FEED_CONTENT_TYPES[format], view.items.length ? view.updated : null);
    };
    app.get(`/${suffix}`, { config }, (request, reply) => send(request, reply, { kind: 'site' }));
    // A language's own feed (`/fr/feed.xml`); the reader refuses a language the site does not publish in.
    app.get(`/:lang/${suffix}`, { config }, (request, reply) => send(request, reply, { kind: 'site', language: (request.params as { lang: string }).lang }));
    app.get(`/tag/:slug/${suffix}`, { config }, (request, reply) =>
      send(request, reply, { kind: 'tag', slug: paramsOf(request)['slug']! }));
    app.get(`/author/:slug/${suffix}`, { config }, (request, reply) =>
      send(request, reply, { kind: 'author', slug: paramsOf(request)['slug']! }));
    for (let depth = 1; depth <= MAX_SECTION_DEPTH; depth++) {
      const names = Array.from({ length: depth }, (_, i) => `s${i}`);
      app.get(`/section/${names.map((n) => `:${n}`).join('/')}/${suffix}`, { config }, (request, reply) => {
        const params = paramsOf(request);
        return send(request, reply, { kind: 'section', path: names.map((n) => params[n]).join('/') });
      });
    }
  }
}
