import { notFound } from '../../domain/errors.js';
import { isPrefixedLanguage, type LanguageSettings } from '../../domain/languages.js';
import type { LanguageScope, ListingKey } from '../discovery/ports.js';

/**
 * The language a list page shows, from the `/{lang}/` prefix of its address (null at the
 * root): a prefix must name one of the site's other languages (else the page does not
 * exist); the root shows the default language once prefixes are on, else every language.
 */
export function pageLanguage(settings: LanguageSettings, prefix: string | null): string | null {
  if (prefix === null) return settings.languagePrefixes && settings.languages.some((l) => l !== settings.language) ? settings.language : null;
  if (!isPrefixedLanguage(settings, prefix)) throw notFound(`There is no language "${prefix}" on this site.`);
  return prefix;
}

/** A list narrowed to one language's articles (`home` → `home@fr`), or the list itself without one. */
export function inLanguageList(key: { scope: 'home' | 'site' | 'section' | 'tag'; scopeId: number }, language: string | null): ListingKey {
  return language ? { scope: `${key.scope}@${language}` as LanguageScope, scopeId: key.scopeId } : key;
}
