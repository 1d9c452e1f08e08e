import type { FastifyInstance } from 'fastify';
import { isCommentRejected } from '../../../domain/comment.js';
import { isDomainError, RateLimitedError } from '../../../domain/errors.js';
import { presentCommentFeed } from '../../../presenters/comment-feed-presenter.js';
import { anyoneMayComment } from '../../../policies/comments.js';
import { anyoneMayRead } from '../../../policies/public-content.js';
import { presentArticle } from '../../../presenters/article-presenter.js';
import type { PostedComment } from '../../../services/comments/post-comment.js';
import { ArticlePage } from '../../../views/pages/article-page.js';
import { viewerToken, writeCommentCookies } from '../../comment-cookies.js';
import { statusOf } from '../../errors.js';
import { parseInput } from '../../parse-input.js';
import { sendPage } from '../../html.js';
import { cardTag } from '../../page-cache/page-tags.js';
import { cachePage } from '../../page-cache/page-cache.js';
import type { RouteDeps } from '../../route-deps.js';
import { ARTICLE_SHAPES } from '../../article-shapes.js';
import { articleParamsSchema } from './articles.schema.js';
import { commentFormSchema, commentIdSchema } from './comments.schema.js';

/** The content type of comment feeds. */
export const RSS_TYPE = 'application/rss+xml; charset=utf-8';

/** Where the browser goes after posting: to the comment (with a status line), or to the thread. */
function locationOf(posted: PostedComment): string {
  if (posted.status === 'spam' || posted.page === null) return `${posted.articlePath}?commented=received#comments`;
  const page = posted.page > 1 ? `cpage=${posted.page}&` : '';
  return `${posted.articlePath}?${page}commented=${posted.status}#comment-${posted.commentId}`;
}

/** Posting a comment (no JavaScript needed), comment feeds, and comment permalinks. */
export function registerCommentRoutes(app: FastifyInstance, { comments, reader, siteUrl }: RouteDeps<'comments' | 'reader'>): void {
  const secure = siteUrl.startsWith('https:');

  for (const shape of ARTICLE_SHAPES) app.post(
    `${shape}/comments`,
    // Room for 10,000 characters of the widest UTF-8, percent-encoded, and the other fields.
    { config: { policy: anyoneMayComment }, bodyLimit: 256 * 1024 },
    async (request, reply) => {
      const { slug } = parseInput(articleParamsSchema, request.params, { missing: 'not-found' });
      const form = parseInput(commentFormSchema, request.body);
      const token = viewerToken(request);
      try {
        const posted = await comments.post({
          articleSlug: slug,
          ...form.values,
          parentId: form.parentId,
          honeypot: form.honeypot,
          formToken: form.token,
          ip: request.ip,
          viewerToken: token,
        });
        const remember = form.values.remember ? { name: form.values.name.trim(), email: form.values.email.trim() } : null;
        writeCommentCookies(reply, secure, posted.viewerToken, remember);
        return reply.redirect(locationOf(posted), 303);
      } catch (error) {
        // A refused comment re-renders the article with the form as typed, so no text is lost.
        if (!isDomainError(error) || error.kind === 'NotFound') throw error;
        const data = await reader.article(slug, { token, replyTo: form.parentId });
        if (error instanceof RateLimitedError) reply.header('retry-after', String(error.retryAfterSeconds));
        const state = isCommentRejected(error)
          ? { values: form.values, errors: error.fields }
          : { values: form.values, message: error.translatable ?? error.message };
        return sendPage(reply, <ArticlePage view={presentArticle(siteUrl, data, state)} />, statusOf(error));
      }
    },
  );

  app.get('/comments/feed.xml', { config: { policy: anyoneMayRead } }, async (_request, reply) => {
    const data = await comments.siteFeed();
    cachePage(reply, ['comments', ...data.comments.map((c) => cardTag(c.articleId))], null, 'editors');
    const { renderCommentFeed } = await import('../../../feeds/comment-feed.js');
    return reply.type(RSS_TYPE).send(renderCommentFeed(presentCommentFeed(siteUrl, data)));
  });

  for (const shape of ARTICLE_SHAPES) app.get(`${shape}/comments.xml`, { config: { policy: anyoneMayRead } }, async (request, reply) => {
    const { slug } = parseInput(articleParamsSchema, request.params, { missing: 'not-found' });
    const data = await comments.articleFeed(slug);
    if (data.article) cachePage(reply, [`comments:${data.article.id}`, cardTag(data.article.id)], null, 'editors');
    const { renderCommentFeed } = await import('../../../feeds/comment-feed.js');
    return reply.type(RSS_TYPE).send(renderCommentFeed(presentCommentFeed(siteUrl, data)));
  });

  app.get('/comments/:id', { config: { policy: anyoneMayRead } }, async (request, reply) => {
    const { id } = parseInput(commentIdSchema, request.params, { missing: 'not-found' });
    return reply.redirect(await comments.locate(id), 302);
  });
}
