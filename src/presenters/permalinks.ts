import { permalinkRules, type PermalinkRules } from '../domain/permalinks.js';
import type { SiteChrome } from '../services/reader/chrome.js';

/** The site's permalink rules, from what every page loads anyway. */
export function rulesOf(chrome: Pick<SiteChrome, 'settings' | 'sections'>): PermalinkRules {
  return permalinkRules(chrome.settings.permalinkPattern, chrome.sections, chrome.settings);
}
