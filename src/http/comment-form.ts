import type { FastifyReply, FastifyRequest } from 'fastify';
import type { CommentFormValues } from '../presenters/comment-view-models.js';
import type { CommentFormState } from '../presenters/comments-presenter.js';

/** Cookie with the browser's comment token (to show its own pending comments). */
export const TOKEN_COOKIE = 'dossier_comment_token';
/** Cookie with the name and email a commenter asked us to remember. */
export const REMEMBER_COOKIE = 'dossier_commenter';
const YEAR_S = 365 * 86_400;

/** The comment form as posted: its fields as text (a repeated field counts once). */
export interface PostedCommentForm {
  values: CommentFormValues;
  parentId: number | null;
  honeypot: string;
  token: string;
}

function text(body: Record<string, unknown>, name: string): string {
  const value = body[name];
  const first = Array.isArray(value) ? value[0] : value;
  return typeof first === 'string' ? first : '';
}

/** Reads the urlencoded comment form; missing fields are empty, an unreadable parent is no comment (0). */
export function readCommentForm(body: unknown): PostedCommentForm {
  const fields = body && typeof body === 'object' ? (body as Record<string, unknown>) : {};
  const parent = text(fields, 'parent').trim();
  return {
    values: {
      name: text(fields, 'author'),
      email: text(fields, 'email'),
      website: text(fields, 'url'),
      body: text(fields, 'comment'),
      parent,
      remember: text(fields, 'remember') !== '',
    },
    parentId: parent === '' ? null : /^\d{1,12}$/.test(parent) ? Number(parent) : 0,
    honeypot: text(fields, 'website'),
    token: text(fields, 't'),
  };
}

/** The browser's comment token, if it sent one. */
export function viewerToken(request: FastifyRequest): string | null {
  return request.cookies[TOKEN_COOKIE] || null;
}

/** The form as a returning reader sees it: name and email remembered, and what happened to their last post. */
export function rememberedForm(request: FastifyRequest): CommentFormState {
  const notice = (request.query as Record<string, unknown> | undefined)?.['commented'];
  let values: Partial<CommentFormValues> = {};
  try {
    const saved = JSON.parse(request.cookies[REMEMBER_COOKIE] ?? 'null') as { name?: unknown; email?: unknown } | null;
    if (saved && typeof saved.name === 'string' && typeof saved.email === 'string') {
      values = { name: saved.name.slice(0, 100), email: saved.email.slice(0, 254), remember: true };
    }
  } catch {
    // A cookie we cannot read is a cookie we ignore.
  }
  return { values, notice: typeof notice === 'string' ? notice : null };
}

/** Sets the token cookie, and the remember cookie when asked to (clears it otherwise). */
export function writeCommentCookies(reply: FastifyReply, secure: boolean, token: string, remember: { name: string; email: string } | null): void {
  const base = { path: '/', sameSite: 'lax' as const, httpOnly: true, secure };
  reply.setCookie(TOKEN_COOKIE, token, { ...base, maxAge: YEAR_S });
  if (remember) reply.setCookie(REMEMBER_COOKIE, JSON.stringify(remember), { ...base, maxAge: YEAR_S });
  else reply.clearCookie(REMEMBER_COOKIE, base);
}
