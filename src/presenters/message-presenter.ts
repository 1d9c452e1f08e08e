import type { SiteChrome } from '../services/reader/chrome.js';
import { presentChrome, presentHead } from './chrome-presenter.js';
import type { MessagePageView } from './view-models.js';

/** A page that only says something: not found, or an error. */
export function presentMessage(siteUrl: string, chrome: SiteChrome, path: string, title: string, message: string): MessagePageView {
  return {
    chrome: presentChrome(chrome),
    head: presentHead(siteUrl, { title: `${title} — ${chrome.settings.title}`, description: message, path, noindex: true, siteName: chrome.settings.title, language: chrome.settings.language }),
    title,
    message,
  };
}
