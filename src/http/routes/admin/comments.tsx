import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { COMMENT_STATUSES, type CommentStatus } from '../../../domain/comment.js';
import { mayModerateComments } from '../../../policies/comments.js';
import { presentModeration } from '../../../presenters/admin/comments-presenter.js';
import { CommentsPage } from '../../../views/admin/pages/comments-page.js';
import { sendPage } from '../../html.js';
import type { RouteDeps } from '../../route-deps.js';
import { rowId } from '../../route-values.js';
import { adminT, chromeFor, formValues, redirectAfterPost } from './admin-request.js';

const statusSchema = z.enum(COMMENT_STATUSES as [CommentStatus, ...CommentStatus[]]);
const moderationSchema = z.object({ id: rowId, status: statusSchema, from: statusSchema.default('pending') });

/** Moderation (administrators and editors): comments by status; one click approves, holds, spams or trashes. */
export function registerCommentAdminRoutes(app: FastifyInstance, { comments }: RouteDeps<'comments'>): void {
  app.get<{ Querystring: { status?: string } }>('/admin/comments', { config: { policy: mayModerateComments, signInFirst: true } }, async (request, reply) => {
    const status = statusSchema.catch('pending').parse(request.query.status);
    const [listed, ...counts] = await Promise.all([
      comments.list({ status, limit: 200 }),
      ...COMMENT_STATUSES.map((s) => comments.list({ status: s, limit: 100_000 }).then((list) => list.length)),
    ]);
    const byStatus = Object.fromEntries(COMMENT_STATUSES.map((s, i) => [s, counts[i] ?? 0])) as Record<CommentStatus, number>;
    return sendPage(reply, <CommentsPage view={presentModeration(chromeFor(request, adminT(request)('admin.comments.title')), status, listed, byStatus)} />);
  });

  app.post('/admin/comments', { config: { policy: mayModerateComments } }, async (request, reply) => {
    const parsed = moderationSchema.safeParse(formValues(request));
    if (!parsed.success) return reply.code(400).type('text/plain').send(parsed.error.issues[0]?.message ?? 'Bad request.');
    await comments.setStatus([parsed.data.id], parsed.data.status);
    return redirectAfterPost(reply, `/admin/comments?status=${parsed.data.from}`, parsed.data.status);
  });
}
