import { isDomainError } from '../../domain/errors.js';
import { issueMessage, type SchemaIssue } from '../../domain/schema-messages.js';
import { mayWriteArticles } from '../../policies/articles.js';
import { mayModerateComments } from '../../policies/comments.js';
import { mayUploadMedia } from '../../policies/media.js';
import type { Actor, Policy } from '../../policies/policy.js';
import { mayChangeSettings } from '../../policies/settings.js';
import { mayManageStructure } from '../../policies/structure.js';
import { mayManageUsers } from '../../policies/users.js';
import type { AdminChromeView, FormView } from './admin-view-models.js';
import { languageTag, textDirection } from '../i18n/locale.js';
import { t } from '../i18n/translate.js';
import { errorText, messageText } from '../i18n/message-text.js';

const NAV: Array<[string, string, Policy]> = [
  ['/admin', 'admin.nav.dashboard', mayWriteArticles],
  ['/admin/articles', 'admin.nav.articles', mayWriteArticles],
  ['/admin/articles/new', 'admin.nav.newArticle', mayWriteArticles],
  ['/admin/comments', 'admin.nav.comments', mayModerateComments],
  ['/admin/media', 'admin.nav.media', mayUploadMedia],
  ['/admin/sections', 'admin.nav.structure', mayManageStructure],
  ['/admin/appearance', 'admin.nav.appearance', mayChangeSettings],
  ['/admin/settings', 'admin.nav.settings', mayChangeSettings],
  ['/admin/users', 'admin.nav.users', mayManageUsers],
];

/** The admin chrome for one request: navigation by role, the CSRF token for forms, in the site's `locale`. */
export function presentAdminChrome(input: { actor: Actor; siteTitle: string; path: string; csrfToken: string; title: string; flash?: string | null; timeZone?: string; locale?: string }): AdminChromeView {
  const { actor } = input;
  const locale = input.locale ?? 'en';
  return {
    title: `${input.title} — ${t(locale, 'admin.titleSuffix', { site: input.siteTitle })}`,
    siteTitle: input.siteTitle,
    user: actor.kind === 'user' ? { name: actor.name, role: actor.role } : null,
    nav: actor.kind === 'user'
      ? NAV.filter(([, , policy]) => policy(actor)).map(([href, key]) => ({ href, label: t(locale, key), current: href === input.path }))
      : [],
    csrfToken: input.csrfToken,
    flash: input.flash ?? null,
    timeZone: input.timeZone ?? 'UTC',
    locale,
    language: languageTag(locale),
    dir: textDirection(locale),
  };
}

/** A form showing what the user typed, with no errors yet. */
export function presentForm(values: Record<string, string | string[]> = {}): FormView {
  return { values, errors: {}, summary: [] };
}

/** Field-level messages from a schema check: the first issue per field. */
export function formWithIssues(values: Record<string, string | string[]>, issues: readonly SchemaIssue[], locale: string): FormView {
  const errors: Record<string, string> = {};
  for (const issue of issues) {
    const field = String(issue.path[0] ?? 'form');
    errors[field] ??= messageText(locale, issueMessage(issue));
  }
  return { values, errors, summary: [] };
}

/** A form showing a domain error beside its field (or in the summary when it names none). */
export function formWithError(values: Record<string, string | string[]>, error: unknown, locale: string): FormView {
  if (!isDomainError(error)) throw error;
  const text = errorText(locale, error);
  return error.field ? { values, errors: { [error.field]: text }, summary: [] } : { values, errors: {}, summary: [text] };
}
