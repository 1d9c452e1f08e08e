import type { SiteChrome } from '../services/reader/chrome.js';
import { pageLocale, presentChrome, presentHead } from './chrome-presenter.js';
import { t } from './i18n/translate.js';
import type { MessagePageView } from './view-models.js';

/**
 * A page that only says something: not found, or an error. `status` names it in the site's
 * language; a 404 says so in that language too (the error's own message is English).
 */
export function presentMessage(siteUrl: string, chrome: SiteChrome, path: string, status: number, detail: string): MessagePageView {
  const locale = pageLocale(chrome);
  const title = t(locale, `errors.${status}`, { defaultValue: t(locale, 'errors.error') });
  const message = status === 404 ? t(locale, 'errors.notFound') : detail;
  return {
    chrome: presentChrome(chrome),
    head: presentHead(siteUrl, { title: `${title} — ${chrome.settings.title}`, description: message, path, noindex: true, siteName: chrome.settings.title, language: chrome.settings.language }),
    title,
    message,
  };
}
