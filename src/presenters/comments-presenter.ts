import { presentDateAndTime } from './dates.js';
import { t } from './i18n/translate.js';
import { messageText } from './i18n/message-text.js';
import type { Message } from '../domain/errors.js';
import type { CommentsClosedReason } from '../domain/comment-closing.js';
import type { CommentFieldErrors, PublicComment } from '../domain/comment.js';
import type { ThreadNode } from '../domain/comment-threads.js';
import type { CommentSection } from '../services/comments/comment-section.js';
import { linkableWebsite } from '../domain/comment-input.js';
import type { CommentFormValues, CommentsSectionView, CommentView, FieldView } from './comment-view-models.js';

/** What the route knows about the form: what was typed (or remembered), what was wrong, what happened. */
export interface CommentFormState {
  values?: Partial<CommentFormValues>;
  errors?: CommentFieldErrors;
  /** A problem with the whole form: too many attempts, comments closed (shown in the page's language). */
  message?: Message | string | null;
  /** After a post: `pending`, `approved` or `received` (spam is not told apart). */
  notice?: string | null;
}

// Message keys (see i18n/locales) of what the reader is told.
const NOTICES: Record<string, string> = {
  pending: 'comments.noticePending',
  approved: 'comments.noticeApproved',
  received: 'comments.noticeReceived',
};
const CLOSED: Record<CommentsClosedReason | 'static-copy', string> = {
  'static-copy': 'comments.closedStatic',
  disabled: 'comments.closed',
  article: 'comments.closedArticle',
  expired: 'comments.closedArticle',
};
const FIELDS = ['body', 'name', 'email', 'website'] as const;
const LABELS = { body: 'comments.fieldBody', name: 'comments.fieldName', email: 'comments.fieldEmail', website: 'comments.fieldWebsite' } as const;

/** "1 comment", "3 comments" in the locale's plural forms ("تعليقان", "11 تعليقًا"). */
export function commentCountLabel(count: number, locale = 'en'): string {
  return count === 0 ? t(locale, 'comments.none') : t(locale, 'comments.count', { count });
}

function pageQuery(page: number, extra = ''): string {
  const parts = [...(page > 1 ? [`cpage=${page}`] : []), ...(extra ? [extra] : [])];
  return parts.length ? `?${parts.join('&')}` : '';
}

interface CommentContext { path: string; page: number; language: string; idPrefix: string; zone: string; replies: boolean }

function presentComment(node: ThreadNode<PublicComment>, ctx: CommentContext): CommentView {
  const { comment } = node;
  const replyable = ctx.replies && node.canReply && comment.status === 'approved';
  return {
    id: comment.id,
    anchor: `comment-${comment.id}`,
    authorName: comment.authorName,
    authorUrl: linkableWebsite(comment.authorUrl),
    date: presentDateAndTime(comment.createdAt, ctx.language, ctx.zone),
    bodyHtml: comment.bodyHtml,
    pending: comment.status === 'pending',
    reply: replyable ? { href: `${ctx.path}${pageQuery(ctx.page, `replyto=${comment.id}`)}#${ctx.idPrefix}respond`, label: t(ctx.language, 'comments.replyTo', { name: comment.authorName }) } : null,
    replies: node.replies.map((reply) => presentComment(reply, ctx)),
  };
}

/** The thread, the form (filled in from `state`) and the links of an article's comments. */
export function presentComments(path: string, section: CommentSection, language: string, idPrefix: string, state: CommentFormState = {}, zone = 'UTC'): CommentsSectionView {
  const { thread } = section;
  // A static copy has no reply form to link to.
  const ctx = { path, page: thread.page, language, idPrefix, zone, replies: section.closed !== 'static-copy' };
  const errors = Object.fromEntries(Object.entries(state.errors ?? {}).map(([f, error]) => [f, messageText(language, error)])) as Partial<Record<keyof CommentFieldErrors, string>>;
  const message = typeof state.message === 'object' && state.message !== null ? messageText(language, state.message) : (state.message ?? null);
  const firstWrong = FIELDS.find((f) => errors[f]) ?? (message ? 'body' : undefined);
  const field = (name: (typeof FIELDS)[number]): FieldView => ({ id: `${idPrefix}comment-${name}`, error: errors[name] ?? null, autofocus: firstWrong === name });
  const values: CommentFormValues = { name: '', email: '', website: '', body: '', parent: '', remember: false, ...state.values };
  const replyTo = section.replyTo;
  // Only a parent that can be replied to goes back into the form; a bad one is dropped, with its message.
  values.parent = replyTo ? String(replyTo.id) : '';
  const form = section.closed || !section.formToken ? null : {
    action: `${path}/comments`,
    idPrefix,
    heading: replyTo ? t(language, 'comments.replyTo', { name: replyTo.authorName }) : t(language, 'comments.leave'),
    submitLabel: t(language, replyTo ? 'comments.postReply' : 'comments.postComment'),
    replyTo: replyTo ? { name: replyTo.authorName, cancelHref: `${path}${pageQuery(thread.page)}#${idPrefix}respond` } : null,
    values,
    fields: { body: field('body'), name: field('name'), email: field('email'), website: field('website') },
    errors: [
      ...FIELDS.filter((f) => errors[f]).map((f) => ({ href: `#${idPrefix}comment-${f}`, label: t(language, 'comments.fieldError', { label: t(language, LABELS[f]), error: errors[f]! }) })),
      ...(errors.parent ? [{ href: `#${idPrefix}comment-body`, label: errors.parent }] : []),
    ],
    message,
    token: section.formToken,
  };
  return {
    idPrefix,
    count: section.count,
    countLabel: commentCountLabel(section.count, language),
    notice: state.notice && NOTICES[state.notice] ? t(language, NOTICES[state.notice]!) : null,
    comments: thread.nodes.map((node) => presentComment(node, ctx)),
    pagination: {
      page: thread.page,
      pageCount: thread.pageCount,
      prev: thread.page > 1 ? `${path}${pageQuery(thread.page - 1)}#comments` : null,
      next: thread.page < thread.pageCount ? `${path}${pageQuery(thread.page + 1)}#comments` : null,
    },
    form,
    closedMessage: section.closed ? (message ?? t(language, CLOSED[section.closed])) : null,
    feedHref: `${path}/comments.xml`,
  };
}
