import { hreflangAlternates, languageHomePath, languageName, languageSwitcher, type Alternate } from '../domain/languages.js';
import type { SiteChrome } from '../services/reader/chrome.js';
import type { LanguageLinkView } from './view-models.js';

/** What a page with translations shows of them: hreflang alternates, the switcher, and its language's home and lists. */
export interface PageLanguagesView {
  alternates: Array<{ hreflang: string; path: string }>;
  switcher: LanguageLinkView[];
  /** The home of the page's language (its breadcrumb "Home"). */
  home: string;
  /** The language whose lists the page's navigation leads to; null on a site without prefixes. */
  listLanguage: string | null;
}

/**
 * The alternates and switcher of a page (`self`) and its `translations`: the switcher
 * leads to the translation in each other language of the site, or to that language's home.
 * A site with one language, or without `/{lang}/` prefixes, shows neither switcher nor lists per language.
 */
export function presentLanguages(chrome: Pick<SiteChrome, 'settings'>, self: Alternate, translations: readonly Alternate[]): PageLanguagesView {
  const { settings } = chrome;
  const multilingual = settings.languages.some((l) => l !== settings.language);
  const prefixed = multilingual && settings.languagePrefixes;
  const known = prefixed && (self.language === settings.language || settings.languages.includes(self.language));
  return {
    alternates: hreflangAlternates(self, translations, settings.language),
    switcher: multilingual
      ? languageSwitcher(settings, self.language, translations).map((l) => ({
        href: l.path, label: languageName(l.language), language: l.language, translated: l.translated,
      }))
      : [],
    home: known ? languageHomePath(settings, self.language) : '/',
    listLanguage: known ? self.language : null,
  };
}
