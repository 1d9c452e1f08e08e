import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { isDomainError, isUnavailable, RateLimitedError, type DomainError, type UnavailableError } from '../../domain/errors.js';
import { DEFAULT_SETTINGS } from '../../domain/settings.js';
import { presentMessage } from '../../presenters/message-presenter.js';
import { errorText } from '../../presenters/i18n/message-text.js';
import { adminLocale } from '../routes/admin/admin-request.js';
import type { SiteChrome } from '../../services/reader/chrome.js';
import { MessagePage } from '../../views/pages/message-page.js';
import { answersJson, errorBody, statusOf } from '../errors.js';
import { sendPage } from '../html.js';
import type { RouteDeps } from '../route-deps.js';

/** What a reader is told while the database is away (the error itself may name hosts). */
export const UNAVAILABLE_MESSAGE = 'The site cannot reach its database right now. Please try again in a moment.';

/** The chrome of a page shown while the database is away: asking the database for it would wait again. */
const BARE_CHROME: SiteChrome = { settings: DEFAULT_SETTINGS, sections: [], defaultSections: [], sectionTranslations: [], pages: [] };

/**
 * The one error handler: DomainError kinds (schema errors among them, see parse-input.ts)
 * become statuses (errors.ts) and the one error page, or the one JSON error shape on JSON
 * routes; a database that is away is answered 503 with Retry-After; anything else is
 * logged and answered 500 without details.
 * Before a GET answers 404, the redirects table is consulted.
 */
export function installErrorHandler(app: FastifyInstance, { reader, siteUrl }: RouteDeps<'reader'>): void {
  async function chrome(request: FastifyRequest): Promise<SiteChrome> {
    try {
      return await reader.chrome();
    } catch (error) {
      request.log.error({ err: error }, 'could not load site chrome for an error page');
      return BARE_CHROME;
    }
  }

  /** `message` is a text, or a DomainError said in the page's locale (JSON answers keep its English). */
  async function answer(request: FastifyRequest, reply: FastifyReply, status: number, message: string | DomainError, field?: string) {
    if (answersJson(request)) return reply.code(status).send(errorBody(status, typeof message === 'string' ? message : message.message, field));
    const path = request.url.split('?')[0] ?? '/';
    const view = presentMessage(siteUrl, status === 503 ? BARE_CHROME : await chrome(request), path, status, typeof message === 'string' ? message : (locale) => errorText(locale, message));
    return sendPage(reply, <MessagePage view={view} />, status);
  }

  async function unavailable(request: FastifyRequest, reply: FastifyReply, error: UnavailableError) {
    // One line per request, not a stack: an outage answers many.
    request.log.warn({ reason: error.message }, 'database unavailable');
    reply.header('retry-after', String(error.retryAfterSeconds)).header('cache-control', 'no-store');
    return answer(request, reply, 503, UNAVAILABLE_MESSAGE);
  }

  async function notFound(request: FastifyRequest, reply: FastifyReply, message: string) {
    if (request.method === 'GET' || request.method === 'HEAD') {
      const path = request.url.split('?')[0] ?? '/';
      // A redirect we could not look up may exist: the answer is "try again", not 404.
      let away: UnavailableError | null = null;
      const lookUp = (at: string) => reader.redirectFor(at).catch((error: unknown) => {
        if (isUnavailable(error)) away = error;
        return null;
      });
      // Old WordPress addresses such as "/?p=123" are redirected by their query too.
      const redirect = (request.url !== path ? await lookUp(request.url) : null) ?? (await lookUp(path));
      if (away) return unavailable(request, reply, away);
      if (redirect) return reply.redirect(redirect.toPath, redirect.statusCode);
      if (path.length > 1 && path.endsWith('/')) return reply.redirect(path.replace(/\/+$/, '') || '/', 301);
    }
    return answer(request, reply, 404, message);
  }

  app.setNotFoundHandler({}, (request, reply) => notFound(request, reply, 'There is nothing at this address.'));

  app.setErrorHandler(async (error: FastifyError, request, reply) => {
    if (isDomainError(error)) {
      if (error.kind === 'NotFound') return notFound(request, reply, 'There is nothing at this address.');
      if (error instanceof RateLimitedError) reply.header('retry-after', String(error.retryAfterSeconds));
      // The admin (its pages and the editor's JSON) says it in the admin's language; APIs keep the English.
      // Public pages say it in their own language.
      const text = request.url.startsWith('/admin') && request.adminSite ? errorText(adminLocale(request), error) : error;
      return answer(request, reply, statusOf(error), text, error.field);
    }
    if (isUnavailable(error)) return unavailable(request, reply, error);
    const status = statusOf(error);
    if (status < 500) return answer(request, reply, status, error.message);
    request.log.error({ err: error }, 'request failed');
    return answer(request, reply, 500, 'The server could not show this page. Please try again later.');
  });
}
