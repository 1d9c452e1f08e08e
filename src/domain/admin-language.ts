import { invalid, m } from './errors.js';

/**
 * Languages the admin is translated into, English first; each has a file in
 * presenters/i18n/locales/ (a test keeps the two lists equal).
 */
export const ADMIN_LANGUAGES = ['en', 'ar', 'fa', 'fr'] as const;

/** One of the admin's languages. */
export type AdminLanguage = (typeof ADMIN_LANGUAGES)[number];

/** True when `value` is one of the admin's languages. */
export function isAdminLanguage(value: unknown): value is AdminLanguage {
  return typeof value === 'string' && (ADMIN_LANGUAGES as readonly string[]).includes(value);
}

/**
 * A user's choice of admin language: one of ADMIN_LANGUAGES, or null to follow the site's
 * language (given as an empty value or `site`); anything else is refused, naming the field.
 */
export function parseAdminLanguage(value: string | null | undefined): AdminLanguage | null {
  const choice = (value ?? '').trim().toLowerCase();
  if (choice === '' || choice === 'site') return null;
  if (!isAdminLanguage(choice)) throw invalid(m`The admin language must be one of ${ADMIN_LANGUAGES.join(', ')}, or site to follow the site's language.`, 'adminLanguage');
  return choice;
}
