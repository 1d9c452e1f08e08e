import type { FastifyInstance } from 'fastify';
import { articlePath } from '../../../domain/permalinks.js';
import { anyoneMayRead } from '../../../policies/public-content.js';
import { presentOEmbed } from '../../../presenters/oembed-presenter.js';
import { rulesOf } from '../../../presenters/permalinks.js';
import { OEmbedCard } from '../../../views/components/oembed-card.js';
import { renderFragment } from '../../../views/render-fragment.js';
import { requestPath } from '../../article-shapes.js';
import { errorBody } from '../../errors.js';
import { parseInput } from '../../parse-input.js';
import type { RouteDeps } from '../../route-deps.js';
import { articleParamsSchema } from './articles.schema.js';
import { oembedQuerySchema } from './oembed.schema.js';

/** The path of `url` on this site, or null when it is not an address on it. */
function sitePath(url: string, siteUrl: string): string | null {
  let asked: URL;
  try {
    asked = new URL(url);
  } catch {
    return null;
  }
  const site = new URL(siteUrl);
  const base = site.pathname.replace(/\/+$/, '');
  if (!/^https?:$/.test(asked.protocol) || asked.host !== site.host || !asked.pathname.startsWith(`${base}/`)) return null;
  return requestPath(asked.pathname.slice(base.length));
}

/**
 * The oEmbed provider (oembed.com, 1.0): `GET /oembed?url=ARTICLE` answers a "rich" card
 * for a published article at its canonical address; any other address is 404, and every
 * format but JSON 501, as the spec asks.
 */
export function registerOEmbedRoutes(app: FastifyInstance, { reader, siteUrl }: RouteDeps<'reader'>): void {
  app.get('/oembed', { config: { policy: anyoneMayRead, json: true } }, async (request, reply) => {
    const query = parseInput(oembedQuerySchema, request.query);
    if (query.format !== 'json') return reply.code(501).send(errorBody(501, 'Only format=json is offered.', 'format'));
    const path = sitePath(query.url, siteUrl);
    const slug = path?.split('/').filter(Boolean).at(-1);
    const missing = () => reply.code(404).send(errorBody(404, 'There is no published article at this address.', 'url'));
    if (!path || !slug) return missing();
    const data = await reader.article(parseInput(articleParamsSchema, { slug }, { missing: 'not-found' }).slug);
    if (articlePath(data.article, rulesOf(data.chrome)) !== path) return missing();
    const view = presentOEmbed(siteUrl, data, { maxwidth: query.maxwidth, maxheight: query.maxheight });
    reply.header('cache-control', `public, max-age=${view.json.cache_age}`);
    return { ...view.json, html: renderFragment(<OEmbedCard card={view.card} />) };
  });
}
