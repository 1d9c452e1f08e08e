import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { articlePath } from '../../../domain/permalinks.js';
import { REFERENCE_FORMATS, type ReferenceFormat } from '../../../domain/reference-formats.js';
import { anyoneMayRead } from '../../../policies/public-content.js';
import { rulesOf } from '../../../presenters/permalinks.js';
import { ARTICLE_SHAPES, requestPath } from '../../article-shapes.js';
import { sendCacheable } from '../../conditional-get.js';
import { parseInput } from '../../parse-input.js';
import type { RouteDeps } from '../../route-deps.js';
import { articleParamsSchema } from './articles.schema.js';

const config = { policy: anyoneMayRead };

/**
 * `ARTICLE-PATH/references.json|.bib|.ris`: a published article's references as CSL-JSON,
 * BibTeX or RIS, as a download. Other shapes of the article's address redirect to the
 * canonical one. Not kept in the page cache (it keeps no download name); ETag and a short
 * max-age instead.
 */
export function registerReferenceRoutes(app: FastifyInstance, { reader }: RouteDeps<'reader'>): void {
  async function send(request: FastifyRequest, reply: FastifyReply, format: ReferenceFormat) {
    const { slug } = parseInput(articleParamsSchema, request.params, { missing: 'not-found' });
    const file = await reader.references(slug, format);
    const canonical = `${articlePath(file.article, rulesOf(file.chrome))}/references.${format.extension}`;
    if (requestPath(request.url) !== canonical) return reply.redirect(encodeURI(canonical), 301);
    const name = `${file.article.slug.replace(/[^\w.-]+/g, '-')}-references.${format.extension}`;
    reply.header('content-disposition', `attachment; filename="${name}"; filename*=UTF-8''${encodeURIComponent(`${file.article.slug}-references.${format.extension}`)}`);
    reply.header('x-content-type-options', 'nosniff');
    return sendCacheable(request, reply, file.body, format.contentType, file.article.updatedAt);
  }
  for (const shape of ARTICLE_SHAPES) {
    for (const format of REFERENCE_FORMATS) {
      app.get(`${shape}/references.${format.extension}`, { config }, (request, reply) => send(request, reply, format));
    }
  }
}
