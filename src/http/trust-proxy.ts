import type { FastifyServerOptions } from 'fastify';

/**
 * Fastify's `trustProxy` for a hop count or an address list. Fastify ignores a bare number
 * (it trusts nothing), so a hop count becomes the trust function proxy-addr describes:
 * the socket peer and the next N-1 X-Forwarded-For entries from the right are proxies, and
 * the client is the entry after them, whatever a client wrote further left.
 */
export function fastifyTrustProxy(trust: false | number | readonly string[]): FastifyServerOptions['trustProxy'] {
  if (trust === false || trust === 0) return false;
  if (typeof trust === 'number') return (_address: string, hop: number) => hop < trust;
  return [...trust];
}
