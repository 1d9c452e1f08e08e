import { isDomainError, type Message } from '../../domain/errors.js';
import ar from './locales/messages/ar.json' with { type: 'json' };
import fa from './locales/messages/fa.json' with { type: 'json' };
import fr from './locales/messages/fr.json' with { type: 'json' };
import accountsAr from './locales/messages/accounts/ar.json' with { type: 'json' };
import accountsFa from './locales/messages/accounts/fa.json' with { type: 'json' };
import accountsFr from './locales/messages/accounts/fr.json' with { type: 'json' };
import articlesAr from './locales/messages/articles/ar.json' with { type: 'json' };
import articlesFa from './locales/messages/articles/fa.json' with { type: 'json' };
import articlesFr from './locales/messages/articles/fr.json' with { type: 'json' };
import siteAr from './locales/messages/site/ar.json' with { type: 'json' };
import siteFa from './locales/messages/site/fa.json' with { type: 'json' };
import siteFr from './locales/messages/site/fr.json' with { type: 'json' };
import { languageTag } from './locale.js';
import { formatNumber } from './translate.js';

/**
 * A catalogue entry: the translated template, or for a plural message its forms by
 * Intl.PluralRules category (`other` required).
 */
export type MessageEntry = string | Partial<Record<Intl.LDMLPluralRule, string>>;

/**
 * Translations of the messages services and rules produce (errors a user can cause, lint
 * findings), keyed by the English template (`{{0}}` for the first value). English needs no
 * catalogue: the template is the English.
 */
type Catalogue = Readonly<Record<string, MessageEntry>>;

/**
 * Each language's catalogue files, by area: messages/LANG.json (shared), and one folder per
 * area of the code (accounts, articles, site management) so each can grow on its own.
 */
export const MESSAGE_CATALOGUE_FILES: Readonly<Record<string, Readonly<Record<string, Catalogue>>>> = {
  ar: { shared: ar, accounts: accountsAr, articles: articlesAr, site: siteAr },
  fa: { shared: fa, accounts: accountsFa, articles: articlesFa, site: siteFa },
  fr: { shared: fr, accounts: accountsFr, articles: articlesFr, site: siteFr },
};

export const MESSAGE_CATALOGUES: Readonly<Record<string, Catalogue>> = Object.fromEntries(
  Object.entries(MESSAGE_CATALOGUE_FILES).map(([language, files]) => [language, Object.assign({}, ...Object.values(files)) as Catalogue]),
);

function fill(template: string, locale: string, values: readonly (string | number)[]): string {
  return template.replace(/\{\{(\d+)\}\}/g, (whole, index: string) => {
    const value = values[Number(index)];
    if (value === undefined) return whole;
    return typeof value === 'number' ? formatNumber(locale, value) : value;
  });
}

function pluralForm(entry: Partial<Record<Intl.LDMLPluralRule, string>>, locale: string, count: number): string | undefined {
  let category: Intl.LDMLPluralRule = 'other';
  try {
    category = new Intl.PluralRules(locale).select(count);
  } catch {
    // An unknown locale keeps `other`.
  }
  return entry[category] ?? entry.other;
}

/** `message` in `locale`: its translation when the locale's catalogue has one, else its English text. */
export function messageText(locale: string, message: Message): string {
  const language = languageTag(locale).split('-')[0]!;
  const entry = MESSAGE_CATALOGUES[language]?.[message.template];
  if (entry === undefined) return message.text;
  const template = typeof entry === 'string' ? entry : pluralForm(entry, locale, message.count ?? 0);
  return template === undefined ? message.text : fill(template, locale, message.values);
}

/** What a failed action tells the user, in `locale` when the error's message is translatable. */
export function errorText(locale: string, error: unknown): string {
  if (isDomainError(error) && error.translatable) return messageText(locale, error.translatable);
  return error instanceof Error ? error.message : String(error);
}
