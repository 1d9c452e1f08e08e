import { remembered } from '../../domain/remembered.js';
import type { SiteSettings } from '../../domain/settings.js';

/** How Persian pages show dates and how Arabic-script pages write digits: the two settings that shape a page's locale. */
export type LocaleSettings = Pick<SiteSettings, 'persianCalendar' | 'digits'>;

// Scripts written right to left, and languages written in one of them when no script is named.
const RTL_SCRIPTS = new Set(['Arab', 'Hebr', 'Thaa', 'Syrc', 'Nkoo', 'Adlm', 'Rohg', 'Mand', 'Samr']);
const RTL_LANGUAGES = new Set(['ar', 'fa', 'he', 'iw', 'ur', 'ps', 'sd', 'ug', 'yi', 'dv', 'ckb', 'ku', 'syr', 'prs', 'pnb', 'arz', 'ks', 'bal', 'mzn', 'glk', 'lrc', 'azb']);
// Languages written in the Arabic script whose own digits are the Eastern ones (۱۲۳) rather than Arabic-Indic (١٢٣).
const EXTENDED_DIGITS = new Set(['fa', 'ur', 'ps', 'sd', 'ks', 'prs', 'pnb', 'bal', 'mzn', 'glk', 'lrc', 'azb']);

// Intl.Locale objects are immutable: each tag is parsed once.
const parse = remembered((tag: string): Intl.Locale => {
  try {
    return new Intl.Locale(tag);
  } catch {
    return new Intl.Locale('en');
  }
});

/** "rtl" for a language written right to left (ar, fa, he, ur…), else "ltr". */
export function textDirection(tag: string): 'rtl' | 'ltr' {
  const locale = parse(tag);
  if (locale.script) return RTL_SCRIPTS.has(locale.script) ? 'rtl' : 'ltr';
  return RTL_LANGUAGES.has(locale.language) ? 'rtl' : 'ltr';
}

/** The language and region of a locale without its -u- extensions: what `<html lang>` says. */
export function languageTag(tag: string): string {
  return parse(tag).baseName;
}

/**
 * The locale a page formats dates and numbers in: its language with the site's choices as
 * Unicode extensions — Persian pages in the Solar Hijri calendar or the Gregorian one
 * (`fa-u-ca-persian`), Arabic-script pages with their own digits or Latin ones
 * (`-nu-arabext`, `-nu-arab`, `-nu-latn`); `digits: "locale"` keeps CLDR's default.
 */
export function formattingLocale(language: string, settings: LocaleSettings): string {
  return localeWithChoices(`${settings.persianCalendar ? 'persian' : 'gregory'} ${settings.digits} ${language}`);
}

// Keyed by the calendar, the digits and the tag (the tag last: it has no spaces).
const localeWithChoices = remembered((key: string): string => {
  const [calendar, digits, ...tag] = key.split(' ');
  const language = tag.join(' ');
  const locale = parse(language);
  const base = locale.baseName;
  const options: { calendar?: string; numberingSystem?: string } = {};
  if (locale.language === 'fa') options.calendar = calendar;
  const arabicScript = textDirection(base) === 'rtl' && (locale.script ?? 'Arab') === 'Arab';
  if (digits === 'latin') options.numberingSystem = 'latn';
  else if (digits === 'native' && arabicScript) options.numberingSystem = EXTENDED_DIGITS.has(locale.language) ? 'arabext' : 'arab';
  return new Intl.Locale(base, options).toString();
});
