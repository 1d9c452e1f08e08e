import { conflict, invalid, m, type Message } from './errors.js';
import type { Author, Tag } from './people.js';
import type { Section } from './section.js';
import { isValidSlug } from './slug.js';

/** What can be translated: sections and tags (name, slug, description) and authors (bio). */
export type TranslatedKind = 'section' | 'tag' | 'author';

/** One item's fields in one language; null: the default language's. */
export interface TermTranslation {
  kind: TranslatedKind;
  itemId: number;
  language: string;
  name: string | null;
  slug: string | null;
  description: string | null;
  bio: string | null;
}

/** What an editor typed for one language; a blank field keeps the default language's. */
export interface TranslationInput {
  language: string;
  name?: string;
  slug?: string;
  description?: string;
  bio?: string;
}

/** The form field of one language's value (`slug@fr`), as errors name it. */
export const translationField = (field: string, language: string): string => `${field}@${language}`;

const of = (translations: readonly TermTranslation[], kind: TranslatedKind, id: number, language: string | null) =>
  language === null ? undefined : translations.find((t) => t.kind === kind && t.itemId === id && t.language === language);

/** The sections as shown in `language`: translated name, slug and description where there is one, else the default's. */
export function translatedSections(sections: readonly Section[], translations: readonly TermTranslation[], language: string | null): Section[] {
  return sections.map((section) => {
    const found = of(translations, 'section', section.id, language);
    return found
      ? { ...section, name: found.name ?? section.name, slug: found.slug ?? section.slug, description: found.description ?? section.description }
      : section;
  });
}

/** A tag as shown in `language`. */
export function translatedTag<T extends Tag>(tag: T, translations: readonly TermTranslation[], language: string | null): T {
  const found = of(translations, 'tag', tag.id, language);
  return found ? { ...tag, name: found.name ?? tag.name, slug: found.slug ?? tag.slug } : tag;
}

/** An author as shown in `language`: the translated bio, else the default one. */
export function translatedAuthor<A extends Author>(author: A, translations: readonly TermTranslation[], language: string | null): A {
  const found = of(translations, 'author', author.id, language);
  return found?.bio ? { ...author, bio: found.bio } : author;
}

/** What a check of one item's translations needs to know of the others of its kind. */
export interface TranslationContext {
  kind: TranslatedKind;
  itemId: number;
  /** The item's own default slug (a translated slug equal to it is no translation). */
  ownSlug: string;
  /** The site's languages other than the default: the only ones an item is translated into. */
  languages: readonly string[];
  /** Every other item of the kind: its default slug and name. */
  others: ReadonlyArray<{ id: number; slug: string; name: string }>;
  /** The stored translations of the kind (the item's own are replaced). */
  stored: readonly TermTranslation[];
}

const clean = (value: string | undefined): string | null => {
  const trimmed = value?.trim() ?? '';
  return trimmed === '' ? null : trimmed;
};

/**
 * The rows to store for one item from what an editor typed: blank languages are dropped
 * (the default shows); an unknown language, a malformed slug, or a slug another item
 * already answers to in that language (its translation, or its default slug, which
 * `/{lang}/` addresses redirect from) is refused with an error naming the field (`slug@fr`).
 */
export function checkTranslations(context: TranslationContext, entries: readonly TranslationInput[]): TermTranslation[] {
  const rows: TermTranslation[] = [];
  for (const entry of entries) {
    const { language } = entry;
    if (!context.languages.includes(language)) throw invalid(m`"${language}" is not one of the site's other languages.`, translationField('name', language));
    const bio = context.kind === 'author' ? clean(entry.bio) : null;
    const name = context.kind === 'author' ? null : clean(entry.name);
    const description = context.kind === 'author' ? null : clean(entry.description);
    let slug = context.kind === 'author' ? null : clean(entry.slug)?.toLowerCase() ?? null;
    if (name !== null && name.length > 200) throw invalid(m`The name is too long (200 characters at most).`, translationField('name', language));
    if (slug !== null) {
      const field = translationField('slug', language);
      if (!isValidSlug(slug)) throw invalid(m`The slug "${slug}" (${language}) is not valid: use lowercase letters, digits and single hyphens.`, field);
      const owner = context.others.find((o) => o.slug === slug);
      // Only sections and tags have translated slugs; each kind is named in the message's own words.
      if (owner) {
        throw conflict(context.kind === 'tag'
          ? m`The slug "${slug}" is already the address of tag "${owner.name}".`
          : m`The slug "${slug}" is already the address of section "${owner.name}".`, field);
      }
      const taken = context.stored.find((t) => t.slug === slug && t.language === language && t.itemId !== context.itemId);
      if (taken) {
        const other = context.others.find((o) => o.id === taken.itemId);
        const name = other?.name ?? String(taken.itemId);
        throw conflict(context.kind === 'tag'
          ? m`The slug "${slug}" is already taken in ${language} by tag "${name}".`
          : m`The slug "${slug}" is already taken in ${language} by section "${name}".`, field);
      }
      if (slug === context.ownSlug) slug = null;
    }
    if (rows.some((r) => r.language === language)) throw invalid(m`${language} is given twice.`, translationField('name', language));
    if (name === null && slug === null && description === null && bio === null) continue;
    rows.push({ kind: context.kind, itemId: context.itemId, language, name, slug, description, bio });
  }
  return rows;
}

/**
 * A new default slug for an item must not be what another item of its kind answers to in
 * a language (its translated slug): the error names it, else null.
 */
export function defaultSlugClash(kind: TranslatedKind, itemId: number | null, slug: string, stored: readonly TermTranslation[]): Message | null {
  const taken = stored.find((t) => t.kind === kind && t.slug === slug && t.itemId !== itemId);
  if (!taken) return null;
  return kind === 'tag'
    ? m`The slug "${slug}" is already the ${taken.language} address of another tag.`
    : m`The slug "${slug}" is already the ${taken.language} address of another section.`;
}
