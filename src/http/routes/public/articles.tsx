import type { FastifyInstance } from 'fastify';
import { articlePath } from '../../../domain/permalinks.js';
import { anyoneMayRead } from '../../../policies/public-content.js';
import { presentArticle, presentStandalone } from '../../../presenters/article-presenter.js';
import { ArticlePage } from '../../../views/pages/article-page.js';
import { StandalonePage } from '../../../views/pages/standalone-page.js';
import { rememberedForm, viewerToken } from '../../comment-form.js';
import { sendPage } from '../../html.js';
import { requestedCommentPage, requestedReply } from '../../request-page.js';
import type { RouteDeps } from '../../route-deps.js';

const config = { policy: anyoneMayRead };

/** Article pages (`/2026/03/slug`) and standalone pages (`/about`). */
export function registerArticleRoutes(app: FastifyInstance, { services, siteUrl }: RouteDeps): void {
  app.get<{ Params: { year: string; month: string; slug: string } }>(
    '/:year(^\\d{4}$)/:month(^\\d{2}$)/:slug',
    { config },
    async (request, reply) => {
      const { year, month, slug } = request.params;
      const viewer = { token: viewerToken(request), page: requestedCommentPage(request.query), replyTo: requestedReply(request.query) };
      const data = await services.reader.article(slug, viewer);
      const canonical = articlePath(data.article);
      // An article moved to another month (its date was corrected) keeps its old links working.
      if (canonical !== `/${year}/${month}/${slug}`) return reply.redirect(canonical, 301);
      return sendPage(reply, <ArticlePage view={presentArticle(siteUrl, data, rememberedForm(request))} />);
    },
  );

  app.get<{ Params: { slug: string } }>('/:slug', { config }, async (request, reply) => {
    const data = await services.reader.page(request.params.slug);
    return sendPage(reply, <StandalonePage view={presentStandalone(siteUrl, data)} />);
  });
}
