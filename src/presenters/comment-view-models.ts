import type { DateView, LinkView } from './view-models.js';

/** One comment with its replies, ready to render. */
export interface CommentView {
  id: number;
  /** `comment-ID`, the element id the permalink points at. */
  anchor: string;
  authorName: string;
  /** An http(s) URL, checked again here; null when none. */
  authorUrl: string | null;
  date: DateView | null;
  /** Sanitised HTML (paragraphs and nofollow links). */
  bodyHtml: string;
  /** Shown only to its author, marked as awaiting moderation. */
  pending: boolean;
  reply: LinkView | null;
  replies: CommentView[];
}

/**
 * The comment form's field names as posted (WordPress's, so spam tools and habits carry
 * over): the view writes them and the route's schema reads them. `website` is the
 * honeypot a person never fills; the commenter's own site is `url`.
 */
export const COMMENT_FORM_FIELDS = {
  body: 'comment',
  name: 'author',
  email: 'email',
  website: 'url',
  honeypot: 'website',
  parent: 'parent',
  token: 't',
  remember: 'remember',
} as const;

/** The comment form's values as typed. */
export interface CommentFormValues {
  name: string;
  email: string;
  website: string;
  body: string;
  parent: string;
  remember: boolean;
}

/** One form field's wiring: id, and its message when it was wrong. */
export interface FieldView {
  id: string;
  error: string | null;
  /** Focused on load: the first wrong field, so a reader without JavaScript lands on it. */
  autofocus: boolean;
}

/** The "Leave a Comment" / "Reply" form. */
export interface CommentFormView {
  action: string;
  idPrefix: string;
  heading: string;
  submitLabel: string;
  /** The reply being written, with a link back to a plain comment. */
  replyTo: { name: string; cancelHref: string } | null;
  values: CommentFormValues;
  fields: Record<'name' | 'email' | 'website' | 'body', FieldView>;
  /** Problems for the summary at the top of the form, each linking to its field. */
  errors: LinkView[];
  /** A problem with the whole form (rate limit, closed), shown above it. */
  message: string | null;
  token: string;
}

/** Links between pages of a long thread. */
export interface CommentPaginationView {
  page: number;
  pageCount: number;
  prev: string | null;
  next: string | null;
}

/** The comments part of an article page. */
export interface CommentsSectionView {
  idPrefix: string;
  count: number;
  /** "3 comments", "1 comment", "No comments yet". */
  countLabel: string;
  /** What happened to the reader's comment (after a post), for a status line. */
  notice: string | null;
  comments: CommentView[];
  pagination: CommentPaginationView;
  form: CommentFormView | null;
  closedMessage: string | null;
  feedHref: string;
}
