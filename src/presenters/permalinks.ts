import { permalinkRules, type PermalinkRules } from '../domain/permalinks.js';
import type { SiteChrome } from '../services/reader/chrome.js';

/** The site's permalink rules, from what every page loads anyway; article addresses use the default section slugs in every language. */
export function rulesOf(chrome: Pick<SiteChrome, 'settings' | 'sections'> & { defaultSections?: SiteChrome['defaultSections'] }): PermalinkRules {
  return permalinkRules(chrome.settings.permalinkPattern, chrome.defaultSections ?? chrome.sections, chrome.settings);
}
