import type { FastifyReply, FastifyRequest } from 'fastify';
import type { CommentFormValues } from '../presenters/comment-view-models.js';
import type { CommentFormState } from '../presenters/comments-presenter.js';

/** Cookie with the browser's comment token (to show its own pending comments). */
export const TOKEN_COOKIE = 'dossier_comment_token';
/** Cookie with the name and email a commenter asked us to remember. */
export const REMEMBER_COOKIE = 'dossier_commenter';
const YEAR_S = 365 * 86_400;

/** The browser's comment token, if it sent one. */
export function viewerToken(request: FastifyRequest): string | null {
  return request.cookies[TOKEN_COOKIE] || null;
}

/** The form as a returning reader sees it: name and email remembered, and what happened to their last post (`?commented=`). */
export function rememberedForm(request: FastifyRequest, notice: string | null): CommentFormState {
  let values: Partial<CommentFormValues> = {};
  try {
    const saved = JSON.parse(request.cookies[REMEMBER_COOKIE] ?? 'null') as { name?: unknown; email?: unknown } | null;
    if (saved && typeof saved.name === 'string' && typeof saved.email === 'string') {
      values = { name: saved.name.slice(0, 100), email: saved.email.slice(0, 254), remember: true };
    }
  } catch {
    // A cookie we cannot read is a cookie we ignore.
  }
  return { values, notice };
}

/** Sets the token cookie, and the remember cookie when asked to (clears it otherwise). */
export function writeCommentCookies(reply: FastifyReply, secure: boolean, token: string, remember: { name: string; email: string } | null): void {
  const base = { path: '/', sameSite: 'lax' as const, httpOnly: true, secure };
  reply.setCookie(TOKEN_COOKIE, token, { ...base, maxAge: YEAR_S });
  if (remember) reply.setCookie(REMEMBER_COOKIE, JSON.stringify(remember), { ...base, maxAge: YEAR_S });
  else reply.clearCookie(REMEMBER_COOKIE, base);
}
