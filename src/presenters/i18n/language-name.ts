import { remembered } from '../../domain/remembered.js';
import { languageName } from '../../domain/languages.js';
import { languageTag } from './locale.js';

/**
 * A language's name in the reader's or admin's language (`ar` in French → `Arabe`), through
 * Intl; the language's own name when Intl does not know the pair.
 */
export function languageNameIn(locale: string, tag: string): string {
  return nameIn(`${languageTag(locale)} ${tag}`);
}

// Keyed by the reader's language and the named one.
const nameIn = remembered((key: string): string => {
  const [inLocale = '', ...named] = key.split(' ');
  const tag = named.join(' ');
  try {
    const name = new Intl.DisplayNames([inLocale], { type: 'language', fallback: 'none' }).of(tag);
    if (name) return name.charAt(0).toLocaleUpperCase(inLocale) + name.slice(1);
  } catch {
    // An unknown tag or locale: the language's own name below.
  }
  return languageName(tag);
});
