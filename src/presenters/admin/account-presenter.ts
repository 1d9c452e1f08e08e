import { ADMIN_LANGUAGES, isAdminLanguage } from '../../domain/admin-language.js';
import { languageName } from '../../domain/languages.js';
import type { User } from '../../domain/user.js';
import { languageTag } from '../i18n/locale.js';
import { t } from '../i18n/translate.js';
import { presentForm } from './admin-chrome.js';
import type { AccountView, AdminChromeView, FormView, OptionView } from './admin-view-models.js';

/**
 * The admin languages as a select offers them: "Site default (its language)" first (the
 * empty value), then each language named in itself, so a reader of any of them finds theirs.
 */
export function adminLanguageOptions(locale: string, siteLocale: string): { siteDefault: string; languages: OptionView[] } {
  return {
    siteDefault: t(locale, 'account.siteDefault', { language: languageName(languageTag(siteLocale)) }),
    languages: ADMIN_LANGUAGES.map((language) => ({ value: language, label: languageName(language), lang: language })),
  };
}

/** The choice a form shows for a user: their language, or empty (site default) when they follow the site's or chose one no longer offered. */
export const adminLanguageValue = (user: Pick<User, 'adminLanguage'>): string => (isAdminLanguage(user.adminLanguage) ? user.adminLanguage : '');

/** "Your account": who is signed in, and the admin language they read in. */
export function presentAccount(chrome: AdminChromeView, user: User, siteLocale: string, form?: FormView): AccountView {
  return {
    chrome,
    form: form ?? presentForm({ adminLanguage: adminLanguageValue(user) }),
    name: user.name,
    email: user.email,
    role: t(chrome.locale, `admin.users.roleNames.${user.role}`),
    ...adminLanguageOptions(chrome.locale, siteLocale),
  };
}
