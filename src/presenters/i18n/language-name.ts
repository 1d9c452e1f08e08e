import { languageName } from '../../domain/languages.js';
import { languageTag } from './locale.js';

/**
 * A language's name in the reader's or admin's language (`ar` in French → `Arabe`), through
 * Intl; the language's own name when Intl does not know the pair.
 */
export function languageNameIn(locale: string, tag: string): string {
  const inLocale = languageTag(locale);
  try {
    const name = new Intl.DisplayNames([inLocale], { type: 'language', fallback: 'none' }).of(tag);
    if (name) return name.charAt(0).toLocaleUpperCase(inLocale) + name.slice(1);
  } catch {
    // An unknown tag or locale: the language's own name below.
  }
  return languageName(tag);
}
