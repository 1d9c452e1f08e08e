import { remembered } from './remembered.js';

/** What the site's language settings say: its default language, the others, and whether they get `/{lang}/` addresses. */
export interface LanguageSettings {
  language: string;
  languages: readonly string[];
  languagePrefixes: boolean;
}

/** One translation of a page: its language and address. */
export interface Alternate {
  language: string;
  path: string;
}

/** Every language the site publishes in, the default first. */
export function siteLanguages(settings: LanguageSettings): string[] {
  return [...new Set([settings.language, ...settings.languages])];
}

/** Whether `segment` (a first path segment) names one of the site's prefixed languages. */
export function isPrefixedLanguage(settings: LanguageSettings, segment: string): boolean {
  return settings.languagePrefixes && segment !== settings.language && settings.languages.includes(segment);
}

/** The address prefix of a language: '' for the default (and when prefixes are off), else `/fr`. */
export function languagePrefix(settings: LanguageSettings, language: string | null | undefined): string {
  return language && isPrefixedLanguage(settings, language) ? `/${language}` : '';
}

/** A language's home page: `/` for the default, `/fr/` for another. */
export function languageHomePath(settings: LanguageSettings, language: string): string {
  const prefix = languagePrefix(settings, language);
  return prefix ? `${prefix}/` : '/';
}

/** `path` under the language's prefix (`/section/water` → `/fr/section/water`). */
export function inLanguage(settings: LanguageSettings, language: string | null | undefined, path: string): string {
  const prefix = languagePrefix(settings, language);
  return prefix ? (path === '/' ? `${prefix}/` : prefix + path) : path;
}

/**
 * hreflang alternates of a page and its translations: each language once, then
 * `x-default` (the default language's version, else the page itself). Empty when the page
 * has no translation, so a monolingual site's pages carry none.
 */
export function hreflangAlternates(self: Alternate, translations: readonly Alternate[], defaultLanguage: string): Array<{ hreflang: string; path: string }> {
  const all = [self, ...translations.filter((t) => t.language !== self.language)];
  const seen = new Set<string>();
  // In one order (by language) on every page of the group, so each lists the same set alike.
  const unique = all.filter((a) => !seen.has(a.language) && seen.add(a.language)).sort((a, b) => a.language.localeCompare(b.language));
  if (unique.length < 2) return [];
  const fallback = unique.find((a) => a.language === defaultLanguage) ?? self;
  return [...unique.map((a) => ({ hreflang: a.language, path: a.path })), { hreflang: 'x-default', path: fallback.path }];
}

/**
 * The language switcher: for each other language of the site, the page's translation in it,
 * else that language's home.
 */
export function languageSwitcher(settings: LanguageSettings, current: string, translations: readonly Alternate[]): Array<{ language: string; path: string; translated: boolean }> {
  return siteLanguages(settings).filter((language) => language !== current).map((language) => {
    const found = translations.find((t) => t.language === language);
    return found ? { language, path: found.path, translated: true } : { language, path: languageHomePath(settings, language), translated: false };
  });
}

const NAMES: Record<string, string> = { en: 'English', fr: 'Français', ar: 'العربية', fa: 'فارسی', de: 'Deutsch', es: 'Español', it: 'Italiano', pt: 'Português', ru: 'Русский', tr: 'Türkçe', ur: 'اردو', he: 'עברית', zh: '中文' };

/** A language's own name for itself (`fr` → `Français`), through Intl where Node knows it. */
export const languageName = remembered((tag: string): string => {
  try {
    const name = new Intl.DisplayNames([tag], { type: 'language' }).of(tag);
    if (name && name !== tag) return name.charAt(0).toLocaleUpperCase(tag) + name.slice(1);
  } catch {
    // An unknown tag: the table below, else the tag itself.
  }
  return NAMES[tag.split('-')[0]!] ?? tag;
});
