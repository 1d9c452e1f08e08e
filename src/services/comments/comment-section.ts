import type { Article } from '../../domain/article.js';
import { commentsClosedReason, type CommentsClosedReason } from '../../domain/comment-closing.js';
import type { PublicComment } from '../../domain/comment.js';
import { buildThread, findInThread, paginateThread, type ThreadPage } from '../../domain/comment-threads.js';
import { m, notFound } from '../../domain/errors.js';
import type { SiteSettings } from '../../domain/settings.js';
import type { Repositories } from '../ports.js';
import { hashViewerToken, issueFormToken, type CommentKeys } from './comment-keys.js';

/** Who is reading an article, as far as comments care. */
export interface CommentViewer {
  /** The browser's comment token (cookie), to show its own pending comments. */
  token?: string | null;
  /** Page of the thread (top-level comments); 1 when absent. */
  page?: number;
  /** The comment being replied to (no-JavaScript reply links). */
  replyTo?: number | null;
  /**
   * A copy of the page for static hosting (`dossier export static`): every comment on one
   * page, no form and no form token (a static file cannot take a post), no reply links.
   */
  staticCopy?: boolean;
}

/** The comments part of an article page. */
export interface CommentSection {
  /** Approved comments on the article. */
  count: number;
  thread: ThreadPage<PublicComment>;
  /** Null while the article takes comments; `static-copy` on a copy for static hosting. */
  closed: CommentsClosedReason | 'static-copy' | null;
  /** Signed timestamp for the form; null when closed. */
  formToken: string | null;
  /** The comment a reply form answers, when it can be replied to. */
  replyTo: PublicComment | null;
}

/** Loads the visible thread of an article for one reader, one page of it. */
export async function loadCommentSection(
  repos: Repositories,
  keys: CommentKeys,
  article: Article,
  settings: SiteSettings,
  viewer: CommentViewer,
  now: Date,
  /** The article's own comment switch, when the caller read it with the article. */
  commentsOpen?: boolean,
): Promise<CommentSection> {
  const [visible, open] = await Promise.all([
    repos.comments.visibleOn(article.id, hashViewerToken(viewer.token)),
    commentsOpen ?? repos.comments.isOpen(article.id),
  ]);
  const roots = buildThread(visible, { order: settings.commentOrder, maxDepth: settings.commentThreadDepth });
  const thread = viewer.staticCopy
    ? paginateThread(roots, 1, Math.max(1, roots.length))
    : paginateThread(roots, viewer.page ?? 1, settings.commentsPerPage);
  if (!thread) throw notFound(m`There is no page ${viewer.page ?? 1} of comments.`);
  const closed = viewer.staticCopy ? 'static-copy' : commentsClosedReason({ publishedAt: article.publishedAt, commentsOpen: open }, settings, now);
  const target = viewer.replyTo ? findInThread(roots, viewer.replyTo) : null;
  return {
    count: visible.filter((c) => c.status === 'approved').length,
    thread,
    closed,
    formToken: closed ? null : issueFormToken(keys, article.id, now),
    replyTo: !closed && target?.canReply && target.comment.status === 'approved' ? target.comment : null,
  };
}
