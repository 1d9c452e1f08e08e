import { Tokens } from '@fastify/csrf';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { forbidden } from '../../domain/errors.js';
import { pathOf } from '../normalise-url.js';

/**
 * CSRF tokens by @fastify/csrf: each page carries a freshly salted token made from the
 * session's secret (kept in the sessions table) or, before sign-in, from the CSRF cookie's
 * (double submit). Salting per request keeps the token out of reach of compression
 * side channels (BREACH). @fastify/csrf-protection is not used whole: it keeps the
 * secret in a cookie or in @fastify/session, where Dossier's secret lives with the
 * session row and is revoked with it.
 */
const tokens = new Tokens({ userInfo: false });

/** A token for forms of this request. */
export function csrfTokenFor(secret: string): string {
  return secret ? tokens.create(secret) : '';
}

const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);

/** The token a request sent: the form field `_csrf` (also in multipart forms) or the X-CSRF-Token header. */
function sentToken(request: FastifyRequest): string {
  const header = request.headers['x-csrf-token'];
  if (typeof header === 'string') return header;
  const field = (request.body as Record<string, unknown> | null | undefined)?.['_csrf'];
  if (typeof field === 'string') return field;
  // @fastify/multipart keeps a field as { value }.
  const value = (field as { value?: unknown } | undefined)?.value;
  return typeof value === 'string' ? value : '';
}

/**
 * Every state-changing admin request must carry the session's CSRF token (a form field
 * or header); one without it is refused with 403 before its handler runs.
 */
export function installCsrf(app: FastifyInstance): void {
  app.addHook('preHandler', async (request) => {
    if (SAFE.has(request.method) || request.is404) return;
    // request.url is normalised before routing (normalise-url.ts): every spelling of an admin path is checked.
    const path = pathOf(request.url);
    if (path !== '/admin' && !path.startsWith('/admin/')) return;
    const sent = sentToken(request);
    if (!request.csrfSecret || !sent || !tokens.verify(request.csrfSecret, sent)) {
      throw forbidden('This form expired or did not come from this site. Reload the page and try again.');
    }
  });
}
