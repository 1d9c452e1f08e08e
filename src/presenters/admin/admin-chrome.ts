import { isDomainError } from '../../domain/errors.js';
import { mayWriteArticles } from '../../policies/articles.js';
import { mayModerateComments } from '../../policies/comments.js';
import { mayUploadMedia } from '../../policies/media.js';
import type { Actor, Policy } from '../../policies/policy.js';
import { mayChangeSettings } from '../../policies/settings.js';
import { mayManageStructure } from '../../policies/structure.js';
import { mayManageUsers } from '../../policies/users.js';
import type { AdminChromeView, FormView } from './admin-view-models.js';

const NAV: Array<[string, string, Policy]> = [
  ['/admin', 'Dashboard', mayWriteArticles],
  ['/admin/articles', 'Articles', mayWriteArticles],
  ['/admin/articles/new', 'New article', mayWriteArticles],
  ['/admin/comments', 'Comments', mayModerateComments],
  ['/admin/media', 'Media', mayUploadMedia],
  ['/admin/sections', 'Sections, tags, authors', mayManageStructure],
  ['/admin/appearance', 'Appearance', mayChangeSettings],
  ['/admin/settings', 'Settings', mayChangeSettings],
  ['/admin/users', 'Users', mayManageUsers],
];

/** The admin chrome for one request: navigation by role, the CSRF token for forms. */
export function presentAdminChrome(input: { actor: Actor; siteTitle: string; path: string; csrfToken: string; title: string; flash?: string | null; timeZone?: string }): AdminChromeView {
  const { actor } = input;
  return {
    title: `${input.title} — ${input.siteTitle} admin`,
    siteTitle: input.siteTitle,
    user: actor.kind === 'user' ? { name: actor.name, role: actor.role } : null,
    nav: actor.kind === 'user'
      ? NAV.filter(([, , policy]) => policy(actor)).map(([href, label]) => ({ href, label, current: href === input.path }))
      : [],
    csrfToken: input.csrfToken,
    flash: input.flash ?? null,
    timeZone: input.timeZone ?? 'UTC',
  };
}

/** A form showing what the user typed, with no errors yet. */
export function presentForm(values: Record<string, string | string[]> = {}): FormView {
  return { values, errors: {}, summary: [] };
}

/** Field-level messages from a schema check: the first issue per field. */
export function formWithIssues(values: Record<string, string | string[]>, issues: Array<{ path: PropertyKey[]; message: string }>): FormView {
  const errors: Record<string, string> = {};
  for (const issue of issues) {
    const field = String(issue.path[0] ?? 'form');
    errors[field] ??= issue.message;
  }
  return { values, errors, summary: [] };
}

/** A form showing a domain error beside its field (or in the summary when it names none). */
export function formWithError(values: Record<string, string | string[]>, error: unknown): FormView {
  if (!isDomainError(error)) throw error;
  return error.field ? { values, errors: { [error.field]: error.message }, summary: [] } : { values, errors: {}, summary: [error.message] };
}
