import { invalid, isDomainError } from '../../domain/errors.js';
import { checkTranslations, type TranslatedKind, type TranslationInput } from '../../domain/term-translations.js';
import type { DossierExport } from '../../export/json-format.js';
import type { Repositories } from '../ports.js';
import type { createSummary } from './import-summary.js';

type Summary = ReturnType<typeof createSummary>;
type Translated = { slug: string; translations?: Record<string, Partial<Record<'name' | 'slug' | 'description' | 'bio', string>>> | undefined };

/**
 * The translations of an export's sections, tags and authors (migration 018), checked as the
 * admin checks them (a slug unique per language). An item that already has translations
 * keeps them, so importing the same file again changes nothing. A wrong one stops the
 * import (one transaction: nothing is written), naming the file and field.
 */
export async function importTermTranslations(repos: Repositories, file: string, data: DossierExport, summary: Summary): Promise<void> {
  const groups: Array<[TranslatedKind, 'sections' | 'tags' | 'authors', readonly Translated[]]> = [
    ['section', 'sections', data.sections], ['tag', 'tags', data.tags], ['author', 'authors', data.authors],
  ];
  for (const [kind, key, entries] of groups) {
    if (!entries.some((e) => e.translations && Object.keys(e.translations).length > 0)) continue;
    const [items, stored] = await Promise.all([
      kind === 'section' ? repos.sections.all() : kind === 'tag' ? repos.tags.all() : repos.authors.all(),
      repos.termTranslations.ofKind(kind),
    ]);
    for (const [index, entry] of entries.entries()) {
      const languages = Object.keys(entry.translations ?? {});
      const item = items.find((i) => i.slug === entry.slug);
      if (languages.length === 0 || !item) continue;
      if (stored.some((t) => t.itemId === item.id)) {
        summary.count('translations', 'skipped');
        continue;
      }
      const inputs: TranslationInput[] = languages.map((language) => ({ language, ...entry.translations![language] }));
      try {
        const rows = checkTranslations({ kind, itemId: item.id, ownSlug: item.slug, languages, others: items.filter((i) => i.id !== item.id), stored }, inputs);
        await repos.termTranslations.replace(kind, item.id, rows);
        stored.push(...rows);
        summary.count('translations', 'created');
      } catch (error) {
        if (!isDomainError(error)) throw error;
        const [field, language] = (error.field ?? 'name@').split('@');
        const path = `${key}[${index}].translations.${language}.${field}`;
        throw invalid(`${file}: ${path}: ${error.message}`, path);
      }
    }
  }
}
