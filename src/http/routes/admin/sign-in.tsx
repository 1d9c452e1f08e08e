import type { FastifyInstance } from 'fastify';
import { isDomainError } from '../../../domain/errors.js';
import { signedIn, anyoneMaySignIn } from '../../../policies/session.js';
import { formWithError, formWithIssues, presentForm } from '../../../presenters/admin/admin-chrome.js';
import { SetupPage, SignInPage } from '../../../views/admin/pages/sign-in-pages.js';
import { isSecure, setCookie } from '../../cookies.js';
import { sendPage } from '../../html.js';
import { CSRF_COOKIE, SESSION_COOKIE } from '../../plugins/session.js';
import type { RouteDeps } from '../../route-deps.js';
import { adminT, chromeFor, formValues, redirectAfterPost, adminLocale } from './admin-request.js';
import { safeNext, setupSchema, signInQuerySchema, signInSchema } from './sign-in.schema.js';
import { parseInput } from '../../parse-input.js';

const SESSION_MAX_AGE = 14 * 24 * 60 * 60;

/** Sign in, sign out, and the first-run page that creates the administrator. */
export function registerSignInRoutes(app: FastifyInstance, { accounts, siteUrl }: RouteDeps<'accounts'>): void {
  const open = { policy: anyoneMaySignIn };

  app.get('/admin/login', { config: open }, async (request, reply) => {
    if (request.actor.kind === 'user') return reply.redirect('/admin', 303);
    if (await accounts.needsSetup()) return reply.redirect('/admin/setup', 303);
    const next = safeNext(parseInput(signInQuerySchema, request.query).next);
    return sendPage(reply, <SignInPage view={{ chrome: chromeFor(request, adminT(request)('admin.titles.signIn')), form: presentForm(), next }} />);
  });

  app.post('/admin/login', { config: open }, async (request, reply) => {
    const values = formValues(request);
    const shown = { email: values['email'] ?? '' };
    const next = safeNext(typeof values['next'] === 'string' ? values['next'] : undefined);
    const parsed = signInSchema.safeParse(values);
    const again = (form: ReturnType<typeof presentForm>, status: number) =>
      sendPage(reply, <SignInPage view={{ chrome: chromeFor(request, adminT(request)('admin.titles.signIn')), form, next }} />, status);
    if (!parsed.success) return again(formWithIssues(shown, parsed.error.issues, adminLocale(request)), 400);
    try {
      const session = await accounts.signIn({ email: parsed.data.email, password: parsed.data.password, ip: request.ip });
      const secure = isSecure(request, siteUrl);
      setCookie(reply, SESSION_COOKIE, session.token, { secure, maxAge: SESSION_MAX_AGE });
      setCookie(reply, CSRF_COOKIE, '', { secure, maxAge: 0 });
      return reply.redirect(next, 303);
    } catch (error) {
      // A lockout answers 429; wrong credentials 400 with the same words whether or not the account exists.
      if (isDomainError(error, 'Forbidden')) {
        // The lock says when it ends: browsers and scripts are told when to try again.
        const retryAfter = (error.details[0] as { retryAfterSeconds?: unknown } | undefined)?.retryAfterSeconds;
        if (typeof retryAfter === 'number') reply.header('retry-after', String(retryAfter));
        return again(formWithError(shown, error, adminLocale(request)), 429);
      }
      return again(formWithError(shown, error, adminLocale(request)), 400);
    }
  });

  app.post('/admin/logout', { config: { policy: signedIn } }, async (request, reply) => {
    if (request.sessionToken) await accounts.signOut(request.sessionToken);
    setCookie(reply, SESSION_COOKIE, '', { secure: isSecure(request, siteUrl), maxAge: 0 });
    return redirectAfterPost(reply, '/admin/login', 'signed-out');
  });

  app.get('/admin/setup', { config: open }, async (request, reply) => {
    if (!(await accounts.needsSetup())) return reply.redirect('/admin/login', 303);
    return sendPage(reply, <SetupPage view={{ chrome: chromeFor(request, adminT(request)('admin.titles.setUp')), form: presentForm(), next: '/admin' }} />);
  });

  app.post('/admin/setup', { config: open }, async (request, reply) => {
    const values = formValues(request);
    const shown = { name: values['name'] ?? '', email: values['email'] ?? '' };
    const again = (form: ReturnType<typeof presentForm>, status: number) =>
      sendPage(reply, <SetupPage view={{ chrome: chromeFor(request, adminT(request)('admin.titles.setUp')), form, next: '/admin' }} />, status);
    const parsed = setupSchema.safeParse(values);
    if (!parsed.success) return again(formWithIssues(shown, parsed.error.issues, adminLocale(request)), 400);
    try {
      await accounts.setup(parsed.data);
    } catch (error) {
      if (isDomainError(error, 'Forbidden')) throw error;
      return again(formWithError(shown, error, adminLocale(request)), isDomainError(error, 'Conflict') ? 409 : 400);
    }
    const session = await accounts.signIn({ email: parsed.data.email, password: parsed.data.password, ip: request.ip });
    setCookie(reply, SESSION_COOKIE, session.token, { secure: isSecure(request, siteUrl), maxAge: SESSION_MAX_AGE });
    return reply.redirect('/admin?done=saved', 303);
  });
}
