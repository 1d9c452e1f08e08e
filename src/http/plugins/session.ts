import { randomBytes } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Actor } from '../../policies/policy.js';
import { isSecure, readCookie, setCookie } from '../cookies.js';
import { csrfTokenFor } from './csrf.js';
import type { RouteDeps } from '../route-deps.js';
import { formattingLocale } from '../../presenters/i18n/locale.js';
import { isAdminLanguage } from '../../domain/admin-language.js';

/** The cookie holding a signed-in session's token. */
export const SESSION_COOKIE = 'dossier_session';
/** Before sign-in, the CSRF token lives in its own cookie (double submit). */
export const CSRF_COOKIE = 'dossier_csrf';

declare module 'fastify' {
  interface FastifyRequest {
    /** The token state-changing admin forms must send back (fresh salt each request; see csrf.ts). */
    csrfToken: string;
    /** The secret CSRF tokens are made from and checked against: the session's, or the anonymous CSRF cookie's. */
    csrfSecret: string;
    /** The session cookie's token when signed in. */
    sessionToken: string | null;
    /** On admin requests: the site's title and time zone (admin times are shown in it). */
    adminSite: { title: string; timeZone: string; locale: string };
    /**
     * On admin requests: the locale of the admin language the signed-in account chose (with
     * the site's calendar and digit settings), or null when it follows the site's.
     */
    accountLocale: string | null;
  }
  interface FastifyContextConfig {
    /** Admin screens: an anonymous GET is sent to the sign-in page instead of a 403. */
    signInFirst?: boolean;
  }
}

const ANONYMOUS: Actor = { kind: 'anonymous' };

function isAdminPath(request: FastifyRequest): boolean {
  const path = request.url.split('?')[0]!;
  return (path === '/admin' || path.startsWith('/admin/')) && !path.startsWith('/admin/assets/');
}

/**
 * Resolves the actor from the session cookie on admin requests (public pages never touch
 * the sessions table), and sends anonymous visitors of admin screens to sign in.
 */
export function installSession(app: FastifyInstance, { accounts, settings, siteUrl }: RouteDeps<'accounts' | 'settings'>): void {
  app.decorateRequest('actor', null as never);
  app.decorateRequest('csrfToken', '');
  app.decorateRequest('csrfSecret', '');
  app.decorateRequest('sessionToken', null);
  app.decorateRequest('adminSite', null as never);
  app.decorateRequest('accountLocale', null);
  app.addHook('onRequest', async (request, reply) => {
    request.actor = ANONYMOUS;
    request.adminSite = { title: 'Dossier', timeZone: 'UTC', locale: 'en' };
    request.accountLocale = null;
    if (!isAdminPath(request)) return;
    const site = await settings.get();
    request.adminSite = { title: site.title, timeZone: site.timeZone, locale: formattingLocale(site.language, site) };
    const token = readCookie(request, SESSION_COOKIE);
    const session = token ? await accounts.resolve(token) : null;
    if (session && token) {
      const { user } = session;
      request.actor = { kind: 'user', id: user.id, role: user.role, name: user.name, authorId: user.authorId };
      // A language no longer offered (an old import, a dropped translation) falls back to the site's.
      if (isAdminLanguage(user.adminLanguage)) request.accountLocale = formattingLocale(user.adminLanguage, site);
      request.csrfSecret = session.csrfToken;
      request.sessionToken = token;
    } else {
      let csrf = readCookie(request, CSRF_COOKIE);
      if (!csrf || !/^[\w-]{43}$/.test(csrf)) {
        csrf = randomBytes(32).toString('base64url');
        setCookie(reply, CSRF_COOKIE, csrf, { secure: isSecure(request, siteUrl) });
      }
      request.csrfSecret = csrf;
      if (token) setCookie(reply, SESSION_COOKIE, '', { secure: isSecure(request, siteUrl), maxAge: 0 });
    }
    request.csrfToken = csrfTokenFor(request.csrfSecret);
    if (request.actor.kind === 'anonymous' && request.routeOptions.config?.signInFirst && request.method === 'GET') {
      return reply.redirect(`/admin/login?next=${encodeURIComponent(request.url)}`, 303);
    }
    return undefined;
  });
}
