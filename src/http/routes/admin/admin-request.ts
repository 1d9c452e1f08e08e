import type { FastifyReply, FastifyRequest } from 'fastify';
import { forbidden, invalid, isDomainError, m } from '../../../domain/errors.js';
import { parseInput } from '../../parse-input.js';
import { rowId, sqlText } from '../../route-values.js';
import type { UserActor } from '../../../policies/policy.js';
import { presentAdminChrome } from '../../../presenters/admin/admin-chrome.js';
import type { AdminChromeView } from '../../../presenters/admin/admin-view-models.js';
import { statusOf } from '../../errors.js';
import { t } from '../../../presenters/i18n/translate.js';
import { translateIn, type Translate } from '../../../views/locale-context.js';

// `?done=` values and the message each shows (keys under admin.flash).
const FLASH: Record<string, string> = {
  saved: 'saved', published: 'published', scheduled: 'scheduled', unpublished: 'unpublished', restored: 'restored',
  corrected: 'corrected', uploaded: 'uploaded', added: 'added', moved: 'moved', removed: 'removed', deleted: 'deleted', 'signed-out': 'signedOut',
  approved: 'approved', pending: 'pending', spam: 'spam', trash: 'trash',
};

/** The locale the admin speaks to this request in: the signed-in account's admin language, else the site's. */
export function adminLocale(request: FastifyRequest): string {
  return request.accountLocale ?? request.adminSite.locale;
}

/** The interface strings of the admin in this request's language. */
export function adminT(request: FastifyRequest): Translate {
  return translateIn(adminLocale(request));
}

/** The signed-in account; routes behind a signed-in policy always have one. */
export function userOf(request: FastifyRequest): UserActor {
  if (request.actor.kind !== 'user') throw forbidden(m`Sign in first.`);
  return request.actor;
}

/** The admin chrome for this request; `?done=` after a redirect shows a one-line message. */
export function chromeFor(request: FastifyRequest, title: string): AdminChromeView {
  const done = (request.query as Record<string, unknown> | undefined)?.['done'];
  return presentAdminChrome({
    actor: request.actor,
    siteTitle: request.adminSite.title,
    path: request.url.split('?')[0]!,
    csrfToken: request.csrfToken,
    title,
    flash: typeof done === 'string' && Object.hasOwn(FLASH, done) ? t(adminLocale(request), `admin.flash.${FLASH[done]}`) : null,
    timeZone: request.adminSite.timeZone,
    locale: adminLocale(request),
  });
}

/**
 * A submitted form as field → value (repeated fields as lists); the CSRF token left out.
 * A value with a NUL character is refused (400 naming the field): no text column can hold one.
 */
export function formValues(request: FastifyRequest): Record<string, string | string[]> {
  const body = (request.body ?? {}) as Record<string, unknown>;
  const out: Record<string, string | string[]> = {};
  for (const [key, value] of Object.entries(body)) {
    if (key === '_csrf') continue;
    if (typeof value === 'string') out[key] = value;
    else if (Array.isArray(value)) out[key] = value.filter((v): v is string => typeof v === 'string');
    else continue;
    if ([out[key]].flat().some((v) => !sqlText.safeParse(v).success)) throw invalid(m`${key}: must not contain a NUL character (%00).`, key);
  }
  return out;
}

/**
 * The status a form shown again with a domain error answers (bad input, a clash); any
 * other error is thrown on to the one error handler.
 */
export function formErrorStatus(error: unknown): number {
  if (isDomainError(error, 'Invalid') || isDomainError(error, 'Conflict')) return statusOf(error);
  throw error;
}

/** After a successful POST: see the result with GET (no resubmission on reload). */
export function redirectAfterPost(reply: FastifyReply, path: string, done: string): FastifyReply {
  return reply.redirect(`${path}${path.includes('?') ? '&' : '?'}done=${done}`, 303);
}

/** A row id route parameter (a positive whole number up to 2147483647), or a 404. */
export function idParam(raw: string): number {
  return parseInput(rowId, raw, { missing: 'not-found' });
}
