import { timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { forbidden } from '../../domain/errors.js';

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

/** Equal strings, compared in constant time. */
export function sameToken(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && x.length > 0 && timingSafeEqual(x, y);
}

/**
 * Every state-changing admin request must carry the session's CSRF token (a form field
 * or header); one without it is refused with 403 before its handler runs.
 */
export function installCsrf(app: FastifyInstance): void {
  app.addHook('preHandler', async (request) => {
    if (SAFE.has(request.method) || request.is404) return;
    const path = request.url.split('?')[0]!;
    if (path !== '/admin' && !path.startsWith('/admin/')) return;
    if (!sameToken(sentToken(request), request.csrfToken)) {
      throw forbidden('This form expired or did not come from this site. Reload the page and try again.');
    }
  });
}
