import type { Article } from '../../domain/article.js';
import { commentsClosedReason, type CommentsClosedReason } from '../../domain/comment-closing.js';
import { validateCommentFields, type CommentFormFields } from '../../domain/comment-input.js';
import { moderateComment, type ModerationVerdict } from '../../domain/comment-moderation.js';
import { buildThread, findInThread } from '../../domain/comment-threads.js';
import { CommentRejected, type CommentFieldErrors } from '../../domain/comment.js';
import { forbidden, m, notFound, RateLimitedError, type Message } from '../../domain/errors.js';
import { commentLimit, secondsUntil } from '../../domain/attempt-limit.js';
import { articlePath } from '../../domain/permalinks.js';
import { settingsFromEntries, type SiteSettings } from '../../domain/settings.js';
import { admitAttempt } from '../admit-attempt.js';
import type { Clock, Repositories, Store } from '../ports.js';
import { emitWebhookEvent } from '../webhooks/emit-event.js';
import { commentData } from '../webhooks/event-data.js';
import { threadPageOf } from './comment-location.js';
import { formFillSeconds, hashIp, hashViewerToken, newViewerToken, type CommentKeys } from './comment-keys.js';

/** What a reader sent with the comment form, plus where it came from. */
export interface PostCommentInput extends CommentFormFields {
  articleSlug: string;
  parentId: number | null;
  /** The hidden "leave empty" field. */
  honeypot: string;
  /** The signed timestamp the form was rendered with. */
  formToken: string;
  /** The sender's IP address; only its salted hash is kept. */
  ip: string;
  /** The browser's comment token, if it has one. */
  viewerToken: string | null;
}

/** A stored comment and where to send its author. */
export interface PostedComment {
  commentId: number;
  status: ModerationVerdict['status'];
  reason: ModerationVerdict['reason'];
  articlePath: string;
  /** Page of the thread the comment is on; null for spam (not shown). */
  page: number | null;
  /** The browser's comment token (new when it had none). */
  viewerToken: string;
}

/** What the comment job needs to know. */
export interface CommentPostingOptions {
  keys: () => Promise<CommentKeys>;
  /** Whether new comments queue a notification email (SMTP is configured). */
  notify: boolean;
}

const CLOSED: Record<CommentsClosedReason, Message> = {
  disabled: m`Comments are turned off on this site.`,
  article: m`Comments are closed on this article.`,
  expired: m`Comments are closed on this article: it is too old to take new ones.`,
};

/** Counts the post against its address's limit before anything else, in one atomic write. */
async function checkRate(repos: Repositories, ipHash: string, settings: SiteSettings, now: Date): Promise<void> {
  const admission = await admitAttempt(repos.attempts, 'comment-ip', ipHash, commentLimit(settings.commentRateLimitPerMinute), now);
  if (!admission.admitted) {
    const seconds = secondsUntil(admission.windowEndsAt, now);
    throw new RateLimitedError(m`You have sent ${admission.count} comments in the last minute. Please wait ${seconds} seconds and send again; your text is kept below.`, seconds);
  }
  await repos.attempts.prune('comment-ip', now.toISOString());
}

async function checkParent(repos: Repositories, article: Article, parentId: number, settings: SiteSettings): Promise<Message | null> {
  const parent = await repos.comments.findById(parentId);
  if (!parent || parent.articleId !== article.id || parent.status !== 'approved') {
    return m`The comment you are replying to is not a published comment on this article.`;
  }
  const roots = buildThread(await repos.comments.visibleOn(article.id, null), { order: 'oldest', maxDepth: settings.commentThreadDepth });
  if (!findInThread(roots, parentId)?.canReply) {
    return m`Replies nest at most ${settings.commentThreadDepth} deep here; reply to an earlier comment in this thread instead.`;
  }
  return null;
}

/**
 * Takes a reader's comment: rate limit per IP hash, the article must be published and
 * open, fields and parent must be valid (every problem reported at once), then the
 * moderation rules give it a status. A comment that is not spam queues an email to the
 * article's authors and the moderators.
 */
export async function postComment(store: Store, clock: Clock, options: CommentPostingOptions, input: PostCommentInput): Promise<PostedComment> {
  const now = clock();
  const { repos } = store;
  const keys = await options.keys();
  const settings = settingsFromEntries(await repos.settings.all());
  const ipHash = hashIp(keys, input.ip);
  await checkRate(repos, ipHash, settings, now);

  const article = await repos.articles.findPublishedBySlug(input.articleSlug, 'article', now.toISOString());
  if (!article) throw notFound(m`There is no published article "${input.articleSlug}"; comments are taken only on published articles.`);
  const closed = commentsClosedReason({ publishedAt: article.publishedAt, commentsOpen: await repos.comments.isOpen(article.id) }, settings, now);
  if (closed) throw forbidden(CLOSED[closed]);

  const { fields, errors } = validateCommentFields(input);
  const allErrors: CommentFieldErrors = { ...errors };
  if (input.parentId !== null) {
    const problem = await checkParent(repos, article, input.parentId, settings);
    if (problem) allErrors.parent = problem;
  }
  if (Object.keys(allErrors).length > 0) throw new CommentRejected(allErrors);

  const verdict = moderateComment(fields, settings, {
    honeypotFilled: input.honeypot.trim() !== '',
    fillSeconds: formFillSeconds(keys, article.id, input.formToken, now),
    hasApprovedComment: await repos.comments.hasApproved(fields.email),
  });
  const { renderCommentBody } = await import('../../content/comment-body.js');
  const viewerToken = hashViewerToken(input.viewerToken) ? input.viewerToken! : newViewerToken();
  const createdAt = now.toISOString();
  const commentId = await store.transaction(async (trx) => {
    const id = await trx.comments.insert({
      articleId: article.id,
      parentId: input.parentId,
      authorName: fields.name,
      authorEmail: fields.email,
      authorUrl: fields.website,
      body: fields.body,
      bodyHtml: renderCommentBody(fields.body),
      status: verdict.status,
      createdAt,
      ipHash,
      authorTokenHash: hashViewerToken(viewerToken),
    });
    if (options.notify && verdict.status !== 'spam') {
      await trx.jobs.enqueue({ kind: 'comment-notify', payload: { commentId: id }, uniqueKey: `comment-notify:${id}` }, createdAt);
    }
    if (verdict.status !== 'spam') {
      const comment = { id, parentId: input.parentId, authorName: fields.name, authorUrl: fields.website, body: fields.body, status: verdict.status, createdAt };
      await emitWebhookEvent(trx, now, 'comment.created', () => commentData(trx, comment, article));
    }
    return id;
  });

  const page = verdict.status === 'spam' ? null : await threadPageOf(repos, settings, article.id, commentId, hashViewerToken(viewerToken));
  return { commentId, status: verdict.status, reason: verdict.reason, articlePath: articlePath(article), page, viewerToken };
}
