import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { isDomainError, RateLimitedError } from '../../domain/errors.js';
import { DEFAULT_SETTINGS } from '../../domain/settings.js';
import { presentMessage } from '../../presenters/message-presenter.js';
import type { SiteChrome } from '../../services/reader/chrome.js';
import { MessagePage } from '../../views/pages/message-page.js';
import { answersJson, ERROR_TITLES, errorBody, statusOf } from '../errors.js';
import { sendPage } from '../html.js';
import type { RouteDeps } from '../route-deps.js';

/**
 * The one error handler: DomainError kinds (schema errors among them, see parse-input.ts)
 * become statuses (errors.ts) and the one error page, or the one JSON error shape on JSON
 * routes; anything else is logged and answered 500 without details.
 * Before a GET answers 404, the redirects table is consulted.
 */
export function installErrorHandler(app: FastifyInstance, { reader, siteUrl }: RouteDeps<'reader'>): void {
  async function chrome(request: FastifyRequest): Promise<SiteChrome> {
    try {
      return await reader.chrome();
    } catch (error) {
      request.log.error({ err: error }, 'could not load site chrome for an error page');
      return { settings: DEFAULT_SETTINGS, sections: [], pages: [] };
    }
  }

  async function answer(request: FastifyRequest, reply: FastifyReply, status: number, message: string, field?: string) {
    if (answersJson(request)) return reply.code(status).send(errorBody(status, message, field));
    const path = request.url.split('?')[0] ?? '/';
    const view = presentMessage(siteUrl, await chrome(request), path, ERROR_TITLES[status] ?? 'Error', message);
    return sendPage(reply, <MessagePage view={view} />, status);
  }

  async function notFound(request: FastifyRequest, reply: FastifyReply, message: string) {
    if (request.method === 'GET' || request.method === 'HEAD') {
      const path = request.url.split('?')[0] ?? '/';
      // Old WordPress addresses such as "/?p=123" are redirected by their query too.
      const redirect =
        (request.url !== path ? await reader.redirectFor(request.url).catch(() => null) : null) ??
        (await reader.redirectFor(path).catch(() => null));
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
      return answer(request, reply, statusOf(error), error.message, error.field);
    }
    const status = statusOf(error);
    if (status < 500) return answer(request, reply, status, error.message);
    request.log.error({ err: error }, 'request failed');
    return answer(request, reply, 500, 'The server could not show this page. Please try again later.');
  });
}
