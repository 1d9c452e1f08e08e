import type { FastifyReply, FastifyRequest } from 'fastify';

/** The value of one cookie of a request, or undefined. */
export function readCookie(request: FastifyRequest, name: string): string | undefined {
  const header = request.headers.cookie;
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq < 0) continue;
    if (part.slice(0, eq).trim() === name) {
      try {
        return decodeURIComponent(part.slice(eq + 1).trim());
      } catch {
        return undefined;
      }
    }
  }
  return undefined;
}

/** Whether the browser reached us over HTTPS (directly, through a trusted proxy, or by SITE_URL). */
export function isSecure(request: FastifyRequest, siteUrl: string): boolean {
  return request.protocol === 'https' || siteUrl.startsWith('https:');
}

/**
 * Sets a cookie through @fastify/cookie: HttpOnly (scripts cannot read it), SameSite=Lax
 * (not sent on cross-site POSTs), Secure over HTTPS, scoped to the admin. `maxAge` 0
 * deletes it. A later call for the same cookie replaces an earlier one in the answer.
 */
export function setCookie(reply: FastifyReply, name: string, value: string, options: { secure: boolean; maxAge?: number }): void {
  reply.setCookie(name, value, {
    path: '/admin', httpOnly: true, sameSite: 'lax', secure: options.secure,
    ...(options.maxAge !== undefined ? { maxAge: options.maxAge } : {}),
  });
}
