import { conflict, invalid, m } from '../../domain/errors.js';
import { siteLanguages } from '../../domain/languages.js';
import { settingsFromEntries } from '../../domain/settings.js';
import { checkTranslations, defaultSlugClash, type TermTranslation, type TranslatedKind, type TranslationInput } from '../../domain/term-translations.js';
import type { Repositories, Store } from '../ports.js';

/** The site's languages other than its default: those sections, tags and bios are translated into. */
export async function otherLanguages(repos: Repositories): Promise<string[]> {
  const settings = settingsFromEntries(await repos.settings.all());
  return siteLanguages(settings).filter((l) => l !== settings.language);
}

async function itemsOf(repos: Repositories, kind: TranslatedKind): Promise<Array<{ id: number; slug: string; name: string }>> {
  if (kind === 'section') return repos.sections.all();
  if (kind === 'tag') return repos.tags.all();
  return repos.authors.all();
}

/**
 * Replaces one section's, tag's or author's translations with what an editor typed, one
 * entry per language (blank entries remove that language's). Refused whole, naming the
 * field (`slug@fr`), when one is wrong: nothing is written.
 */
export async function saveTranslations(store: Store, kind: TranslatedKind, itemId: number, entries: readonly TranslationInput[]): Promise<TermTranslation[]> {
  return store.transaction(async (repos) => {
    const [languages, items, stored] = await Promise.all([otherLanguages(repos), itemsOf(repos, kind), repos.termTranslations.ofKind(kind)]);
    const item = items.find((i) => i.id === itemId);
    if (!item) throw invalid(kind === 'section' ? m`There is no such section.` : kind === 'tag' ? m`There is no such tag.` : m`There is no such author.`, kind);
    // A language no longer on the site keeps its rows (they show again if it comes back) unless the form names it.
    const rows = checkTranslations({ kind, itemId, ownSlug: item.slug, languages, others: items.filter((i) => i.id !== itemId), stored }, entries);
    const kept = stored.filter((t) => t.itemId === itemId && !languages.includes(t.language));
    await repos.termTranslations.replace(kind, itemId, [...kept, ...rows]);
    return rows;
  });
}

/** Refuses a section's or tag's new default slug that is another item's translated slug. */
export async function refuseTranslatedSlug(repos: Repositories, kind: TranslatedKind, itemId: number | null, slug: string): Promise<void> {
  const clash = defaultSlugClash(kind, itemId, slug, await repos.termTranslations.ofKind(kind));
  if (clash) throw conflict(clash, 'slug');
}

/** Every translation of a kind, for the admin screens. */
export function translationsOf(store: Store, kind: TranslatedKind): Promise<TermTranslation[]> {
  return store.repos.termTranslations.ofKind(kind);
}
