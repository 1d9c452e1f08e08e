import i18next, { type TFunction } from 'i18next';
import ar from './locales/ar.json' with { type: 'json' };
import en from './locales/en.json' with { type: 'json' };
import fa from './locales/fa.json' with { type: 'json' };
import fr from './locales/fr.json' with { type: 'json' };
import { languageTag } from './locale.js';

/** The interface strings of every shipped language, English first (the fallback). */
export const LOCALE_RESOURCES: Readonly<Record<string, object>> = { en, ar, fa, fr };

/** Languages the interface is translated into. */
export const INTERFACE_LANGUAGES = Object.keys(LOCALE_RESOURCES);

// One i18next instance for the process, set up synchronously from the bundled files: pages
// are rendered synchronously, and a translator per request would cost more than the page.
const instance = i18next.createInstance();
void instance.init({
  resources: Object.fromEntries(Object.entries(LOCALE_RESOURCES).map(([lng, translation]) => [lng, { translation }])),
  lng: 'en',
  fallbackLng: 'en',
  initAsync: false,
  // Views escape what they print; escaping here would escape twice.
  interpolation: { escapeValue: false },
  returnNull: false,
});

/** Values a message fills in; numbers are written in the locale's digits, `count` also picks the plural form. */
export type MessageValues = Record<string, string | number>;

interface Translator { t: TFunction; numbers: Intl.NumberFormat; made: Map<string, string> }

// i18next resolves a key in microseconds, and a page asks for dozens, request after request:
// finished strings are kept per locale (a pure function of key and values), emptied when full.
const MAX_MADE = 5000;

const translators = new Map<string, Translator>();

function translator(locale: string): Translator {
  let kept = translators.get(locale);
  if (!kept) {
    // i18next resolves "fa-IR" to "fa", then English; the -u- extensions are for Intl only.
    const lng = languageTag(locale);
    let numbers: Intl.NumberFormat;
    try {
      numbers = new Intl.NumberFormat(locale);
    } catch {
      numbers = new Intl.NumberFormat('en');
    }
    kept = { t: instance.getFixedT(lng), numbers, made: new Map() };
    // Locales come from settings and articles, so there are few; the bound is a safeguard.
    if (translators.size > 200) translators.clear();
    translators.set(locale, kept);
  }
  return kept;
}

/** A number as the locale writes it (digits, grouping). */
export function formatNumber(locale: string, value: number): string {
  return translator(locale).numbers.format(value);
}

/**
 * The interface string `key` in `locale` (a BCP 47 tag, possibly with -u- extensions),
 * English when the locale has no such string. `{{name}}` placeholders take `values`;
 * with a numeric `count`, the plural form is the locale's (Arabic has six) and `{{n}}` is
 * the count in the locale's digits.
 */
export function t(locale: string, key: string, values?: MessageValues): string {
  const kept = translator(locale);
  let id = key;
  if (values) for (const name in values) id += `\u0000${name}\u0001${values[name]}`;
  let text = kept.made.get(id);
  if (text === undefined) {
    text = values ? translate(kept, key, values) : kept.t(key);
    if (kept.made.size >= MAX_MADE) kept.made.clear();
    kept.made.set(id, text);
  }
  return text;
}

function translate({ t: translateKey, numbers }: Translator, key: string, values: MessageValues): string {
  const filled: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(values)) filled[name] = typeof value === 'number' ? numbers.format(value) : value;
  if (typeof values.count === 'number') {
    filled.n = filled.count!;
    filled.count = values.count;
  }
  return translateKey(key, filled);
}
