import { DomainError, m, type Message } from './errors.js';

/** Where a comment stands: only approved ones are public. */
export type CommentStatus = 'pending' | 'approved' | 'spam' | 'trash';
export const COMMENT_STATUSES: readonly CommentStatus[] = ['pending', 'approved', 'spam', 'trash'];

/** A reader comment as stored. The email is for moderators and notifications only. */
export interface Comment {
  id: number;
  articleId: number;
  parentId: number | null;
  authorName: string;
  authorEmail: string;
  /** An http(s) URL, or null. */
  authorUrl: string | null;
  /** The text as typed (normalised), plain text. */
  body: string;
  /** The body rendered to sanitised HTML (paragraphs and links). */
  bodyHtml: string;
  status: CommentStatus;
  createdAt: string;
}

/** What readers, pages and feeds may see of a comment: never the email. */
export type PublicComment = Omit<Comment, 'authorEmail'>;

/** The fields a commenter fills in. */
export type CommentField = 'name' | 'email' | 'website' | 'body' | 'parent';

/** A message per field that was wrong. */
export type CommentFieldErrors = Partial<Record<CommentField, Message>>;

/** Length limits of the comment form, in UTF-16 code units (as HTML's maxlength counts). */
export const COMMENT_LIMITS = { name: 100, email: 254, website: 2000, body: 10_000 } as const;

/** A comment refused for its content; names every field that was wrong, so the form can say so. */
export class CommentRejected extends DomainError {
  readonly fields: CommentFieldErrors;

  constructor(fields: CommentFieldErrors) {
    const first = Object.entries(fields)[0];
    super('Invalid', first ? first[1] : m`The comment is not valid.`, first?.[0]);
    this.fields = fields;
  }
}

/** True when `error` is a rejected comment with field messages. */
export function isCommentRejected(error: unknown): error is CommentRejected {
  return error instanceof CommentRejected;
}

// C0 controls but tab and newline, DEL, and the XML non-characters: they cannot be stored in
// PostgreSQL (NUL) or written to a feed, and mean nothing in a comment.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uFFFE\uFFFF]/g;
// Bidirectional overrides and isolates let a name or address display as something else.
const BIDI = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/g;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Well-formed Unicode (lone surrogates replaced), Unix newlines, no control characters. */
export function normalizeText(value: string): string {
  return value.replace(LONE_SURROGATE, '\uFFFD').replace(/\r\n?/g, '\n').replace(CONTROL, '');
}

/** A one-line field (name, email, website): normalised, no newlines or direction overrides, trimmed. */
export function normalizeLine(value: string): string {
  return normalizeText(value).replace(/\s+/g, ' ').replace(BIDI, '').trim();
}

/** Address of a comment on its article page: `PATH?cpage=N#comment-ID` (no `cpage` on page 1). */
export function commentPermalink(articlePath: string, commentId: number, page: number): string {
  return `${articlePath}${page > 1 ? `?cpage=${page}` : ''}#comment-${commentId}`;
}
