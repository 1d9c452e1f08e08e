import { COMMENT_STATUSES, type CommentStatus } from '../../domain/comment.js';
import { invalid, m, notFound } from '../../domain/errors.js';
import type { CommentListing } from './ports.js';
import type { Clock, Store } from '../ports.js';

/** Comments for moderators, newest first. */
export function listComments(store: Store, filter: { status?: CommentStatus; limit?: number }): Promise<CommentListing[]> {
  if (filter.status && !COMMENT_STATUSES.includes(filter.status)) throw invalid(m`status must be one of ${COMMENT_STATUSES.join(', ')}.`, 'status');
  return store.repos.comments.list({ status: filter.status, limit: filter.limit ?? 100 });
}

/**
 * Approves, spams, trashes (or sends back to pending) comments by id, all or none:
 * an unknown id fails the whole change and is named in the error.
 */
export async function setCommentStatus(store: Store, clock: Clock, ids: number[], status: CommentStatus): Promise<number[]> {
  if (!COMMENT_STATUSES.includes(status)) throw invalid(m`status must be one of ${COMMENT_STATUSES.join(', ')}.`, 'status');
  const wanted = [...new Set(ids)];
  if (wanted.length === 0) throw invalid(m`Name at least one comment id.`, 'ids');
  const bad = wanted.find((id) => !Number.isSafeInteger(id) || id < 1);
  if (bad !== undefined) throw invalid(m`"${bad}" is not a comment id.`, 'ids');
  return store.transaction(async (repos) => {
    const updated = await repos.comments.setStatus(wanted, status, clock().toISOString());
    const missing = wanted.filter((id) => !updated.includes(id));
    if (missing.length > 0) throw notFound(m`There is no comment ${missing.join(', ')}; nothing was changed.`);
    return updated.sort((a, b) => a - b);
  });
}

/** Opens or closes one article to new comments. */
export async function setArticleCommentsOpen(store: Store, slug: string, open: boolean): Promise<void> {
  const article = await store.repos.articles.findBySlug(slug);
  if (!article || article.kind !== 'article') throw notFound(m`There is no article "${slug}".`);
  await store.repos.comments.setOpen(article.id, open);
}
