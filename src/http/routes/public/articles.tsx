import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { articlePath } from '../../../domain/permalinks.js';
import { isDomainError } from '../../../domain/errors.js';
import { isPrefixedLanguage } from '../../../domain/languages.js';
import { anyoneMayRead } from '../../../policies/public-content.js';
import { presentArticle, presentStandalone } from '../../../presenters/article-presenter.js';
import { rulesOf } from '../../../presenters/permalinks.js';
import { ArticlePage } from '../../../views/pages/article-page.js';
import { StandalonePage } from '../../../views/pages/standalone-page.js';
import { ARTICLE_SHAPES, requestPath, requestQuery } from '../../article-shapes.js';
import { rememberedForm, viewerToken } from '../../comment-cookies.js';
import { sendPage } from '../../html.js';
import { parseInput } from '../../parse-input.js';
import { cardTag, ownPageTag } from '../../page-cache/page-tags.js';
import { cachePage } from '../../page-cache/page-cache.js';
import type { RouteDeps } from '../../route-deps.js';
import { articleParamsSchema, articleQuerySchema } from './articles.schema.js';

const config = { policy: anyoneMayRead };
/** The slug of an article or page address; one that cannot name anything (a NUL byte) is a 404. */
const slugOf = (request: FastifyRequest): string => parseInput(articleParamsSchema, request.params, { missing: 'not-found' }).slug;

/** Article pages under the site's permalink pattern, and standalone pages (`/about`). */
export function registerArticleRoutes(app: FastifyInstance, { reader, siteUrl, staticCopy }: RouteDeps<'reader'>): void {
  async function showArticle(request: FastifyRequest, reply: FastifyReply) {
    const slug = slugOf(request);
    const query = parseInput(articleQuerySchema, request.query, { missing: 'not-found' });
    const viewer = staticCopy ? { staticCopy } : { token: viewerToken(request), page: query.cpage, replyTo: query.replyto };
    const data = await reader.article(slug, viewer);
    const canonical = articlePath(data.article, rulesOf(data.chrome));
    // Another shape, an old pattern, or a corrected date: send readers to the one address.
    if (requestPath(request.url) !== canonical) return reply.redirect(encodeURI(canonical) + requestQuery(request.url), 301);
    // Its own page, and the cards of the related articles it shows.
    const formToken = data.comments.formToken ? { articleId: data.article.id, value: data.comments.formToken } : null;
    // Its own page, the cards of the related articles it shows, and its translations it links to.
    cachePage(reply, [ownPageTag(data.article.id), ...[...data.related, ...data.translations].map((r) => cardTag(r.id))], formToken);
    return sendPage(reply, <ArticlePage view={presentArticle(siteUrl, data, rememberedForm(request, query.commented), !staticCopy)} />);
  }

  for (const shape of ARTICLE_SHAPES.filter((s) => s !== '/:slug')) {
    app.get(shape, { config }, (request, reply) => showArticle(request, reply));
  }

  // One segment: a standalone page, or an article under the "/:slug" pattern.
  app.get('/:slug', { config }, async (request, reply) => {
    try {
      const data = await reader.page(slugOf(request));
      cachePage(reply, [ownPageTag(data.page.id)], null, 'editors');
      return sendPage(reply, <StandalonePage view={presentStandalone(siteUrl, data)} />);
    } catch (error) {
      if (!isDomainError(error, 'NotFound')) throw error;
      // `/fr`: the home of a language the site publishes in lives at `/fr/`.
      const slug = slugOf(request);
      if (isPrefixedLanguage((await reader.chrome()).settings, slug)) return reply.redirect(`/${slug}/`, 301);
      return showArticle(request, reply);
    }
  });
}
