import fastifyHelmet, { type FastifyHelmetOptions } from '@fastify/helmet';
import type { FastifyInstance } from 'fastify';
import { isSecure } from '../cookies.js';

/**
 * The Content-Security-Policy of public pages. Dossier's pages carry no inline script or
 * style (JSON-LD is data, not script), so nothing needs `unsafe-inline`, a nonce or a
 * hash: scripts and styles come from this site only. Images may come from anywhere over
 * the web (imported articles link images where they were); nothing may be embedded as a
 * plugin, and forms post here only.
 */
const PUBLIC_DIRECTIVES = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  'style-src': ["'self'"],
  'img-src': ["'self'", 'data:', 'https:', 'http:'],
  'media-src': ["'self'", 'https:'],
  'font-src': ["'self'"],
  'connect-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
  'form-action': ["'self'"],
  'frame-ancestors': ["'self'"],
};

/** The admin may not be framed by any page, this site's own included (clickjacking). */
const ADMIN_DIRECTIVES = { ...PUBLIC_DIRECTIVES, 'frame-ancestors': ["'none'"] };

/** Features no Dossier page uses, turned off for the page and anything it embeds. */
export const PERMISSIONS_POLICY = 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()';

/** HSTS over HTTPS only: a year, subdomains left to the operator. */
const HSTS = 'max-age=31536000';

const common: FastifyHelmetOptions = {
  contentSecurityPolicy: { useDefaults: false, directives: PUBLIC_DIRECTIVES },
  // Feeds, images and media are read by other sites and apps (feed readers, embeds).
  crossOriginResourcePolicy: { policy: 'cross-origin' },
  crossOriginEmbedderPolicy: false,
  referrerPolicy: { policy: 'strict-origin-when-cross-origin' },
  // Sent below, and only when the browser came over HTTPS.
  strictTransportSecurity: false,
  xFrameOptions: { action: 'sameorigin' },
};

function isAdminRoute(url: string): boolean {
  return url === '/admin' || url.startsWith('/admin/');
}

/**
 * Security headers on every answer through @fastify/helmet: the CSP above,
 * `frame-ancestors 'none'` and `X-Frame-Options: DENY` on the admin, Referrer-Policy,
 * Permissions-Policy, nosniff, and HSTS when the site is reached over HTTPS.
 * Call before routes are added: admin routes get their own policy as they are added.
 */
export async function installSecurityHeaders(app: FastifyInstance, siteUrl: string): Promise<void> {
  app.addHook('onRoute', (route) => {
    if (!isAdminRoute(route.url)) return;
    route.config = { ...(route.config ?? {}), helmet: { contentSecurityPolicy: { useDefaults: false, directives: ADMIN_DIRECTIVES }, xFrameOptions: { action: 'deny' } } } as typeof route.config;
  });
  await app.register(fastifyHelmet, common);
  app.addHook('onRequest', async (request, reply) => {
    reply.header('permissions-policy', PERMISSIONS_POLICY);
    if (isSecure(request, siteUrl)) reply.header('strict-transport-security', HSTS);
  });
}

/** The header names the fast path copies from a page the app answered (see app.ts). */
export const SECURITY_HEADER_NAMES = [
  'content-security-policy', 'cross-origin-opener-policy', 'cross-origin-resource-policy', 'origin-agent-cluster',
  'referrer-policy', 'x-content-type-options', 'x-dns-prefetch-control', 'x-download-options', 'x-frame-options',
  'x-permitted-cross-domain-policies', 'x-xss-protection', 'permissions-policy', 'strict-transport-security',
] as const;
