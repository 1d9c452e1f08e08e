import { isPrefixedLanguage } from '../domain/languages.js';
import type { SiteChrome } from '../services/reader/chrome.js';
import { pageLocale, presentChrome, presentHead } from './chrome-presenter.js';
import { t } from './i18n/translate.js';
import type { MessagePageView } from './view-models.js';

/** The language of an address: its `/{lang}/` prefix when that names one of the site's other languages, else null (the site's). */
export function addressLanguage(chrome: SiteChrome, path: string): string | null {
  const segment = /^\/([^/?#]+)/.exec(path)?.[1];
  return segment !== undefined && isPrefixedLanguage(chrome.settings, segment) ? segment : null;
}

/**
 * A page that only says something: not found, or an error, in the language of its address
 * (`/fr/…` in French, else the site's). `status` names it; a 404 says so in that language;
 * `detail` is the error's message, or a function that says it in a locale.
 */
export function presentMessage(siteUrl: string, chrome: SiteChrome, path: string, status: number, detail: string | ((locale: string) => string)): MessagePageView {
  const language = addressLanguage(chrome, path);
  const locale = pageLocale(chrome, language);
  const title = t(locale, `errors.${status}`, { defaultValue: t(locale, 'errors.error') });
  const message = status === 404 ? t(locale, 'errors.notFound') : typeof detail === 'string' ? detail : detail(locale);
  return {
    chrome: presentChrome(chrome, language),
    head: presentHead(siteUrl, { title: `${title} — ${chrome.settings.title}`, description: message, path, noindex: true, siteName: chrome.settings.title, language: language ?? chrome.settings.language }),
    title,
    message,
  };
}
