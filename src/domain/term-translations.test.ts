import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isDomainError } from './errors.js';
import { checkTranslations, defaultSlugClash, translatedAuthor, translatedSections, translatedTag, type TermTranslation, type TranslationContext } from './term-translations.js';
import type { Section } from './section.js';

const section = (id: number, slug: string, parentId: number | null = null): Section => ({ id, slug, name: slug.toUpperCase(), description: `about ${slug}`, parentId, position: 0 });
const row = (over: Partial<TermTranslation>): TermTranslation => ({ kind: 'section', itemId: 1, language: 'fr', name: null, slug: null, description: null, bio: null, ...over });

test('sections show their translation in a language, the default elsewhere and where a field is blank', () => {
  const sections = [section(1, 'water'), section(2, 'time')];
  const rows = [row({ itemId: 1, name: 'Eau', slug: 'eau' }), row({ itemId: 2, language: 'ar', name: 'الوقت' })];
  const fr = translatedSections(sections, rows, 'fr');
  assert.deepEqual(fr.map((s) => [s.slug, s.name, s.description]), [['eau', 'Eau', 'about water'], ['time', 'TIME', 'about time']]);
  assert.deepEqual(translatedSections(sections, rows, 'ar').map((s) => [s.slug, s.name]), [['water', 'WATER'], ['time', 'الوقت']]);
  assert.deepEqual(translatedSections(sections, rows, null), sections);
});

test('tags and author bios follow the same rule', () => {
  const rows = [row({ kind: 'tag', itemId: 7, name: 'Barrages', slug: 'barrages' }), row({ kind: 'author', itemId: 7, bio: 'Journaliste.' })];
  assert.deepEqual(translatedTag({ id: 7, slug: 'dams', name: 'Dams' }, rows, 'fr'), { id: 7, slug: 'barrages', name: 'Barrages' });
  assert.deepEqual(translatedTag({ id: 7, slug: 'dams', name: 'Dams' }, rows, 'ar'), { id: 7, slug: 'dams', name: 'Dams' });
  assert.equal(translatedAuthor({ id: 7, slug: 'ana', name: 'Ana', bio: 'Reporter.' }, rows, 'fr').bio, 'Journaliste.');
  assert.equal(translatedAuthor({ id: 7, slug: 'ana', name: 'Ana', bio: 'Reporter.' }, rows, 'en').bio, 'Reporter.');
});

const context = (over: Partial<TranslationContext> = {}): TranslationContext => ({
  kind: 'section', itemId: 1, ownSlug: 'water', languages: ['fr', 'ar'],
  others: [{ id: 2, slug: 'time', name: 'Time' }, { id: 3, slug: 'maps', name: 'Maps' }],
  stored: [row({ itemId: 2, slug: 'temps', name: 'Temps' })], ...over,
});

function refusal(work: () => unknown): { kind: string; field: string | undefined; message: string } {
  try {
    work();
  } catch (error) {
    if (isDomainError(error)) return { kind: error.kind, field: error.field, message: error.message };
    throw error;
  }
  assert.fail('expected a refusal');
}

test('blank languages are dropped, filled ones kept trimmed, a slug equal to the default dropped', () => {
  const rows = checkTranslations(context(), [
    { language: 'fr', name: ' Eau ', slug: 'eau', description: '' },
    { language: 'ar', name: '', slug: '', description: '  ' },
  ]);
  assert.deepEqual(rows, [row({ name: 'Eau', slug: 'eau' })]);
  assert.deepEqual(checkTranslations(context(), [{ language: 'fr', name: 'Eau', slug: 'water' }]), [row({ name: 'Eau' })]);
  assert.deepEqual(checkTranslations(context(), [{ language: 'fr', slug: 'temps-libre' }]).map((r) => r.slug), ['temps-libre']);
});

test('slugs are unique per language: another item\'s translation or default slug is refused, naming the field', () => {
  assert.deepEqual(refusal(() => checkTranslations(context(), [{ language: 'fr', name: 'Temps', slug: 'temps' }])),
    { kind: 'Conflict', field: 'slug@fr', message: 'The slug "temps" is already taken in fr by section "Time".' });
  assert.equal(refusal(() => checkTranslations(context(), [{ language: 'fr', slug: 'maps' }])).field, 'slug@fr');
  // The same slug in another language is free.
  assert.deepEqual(checkTranslations(context(), [{ language: 'ar', slug: 'temps' }]).map((r) => r.slug), ['temps']);
  // The item's own stored translation does not clash with itself.
  assert.equal(checkTranslations(context({ stored: [row({ slug: 'eau' })] }), [{ language: 'fr', slug: 'eau' }]).length, 1);
});

test('malformed slugs, unknown languages and repeated languages are refused', () => {
  assert.deepEqual(refusal(() => checkTranslations(context(), [{ language: 'ar', slug: 'bad slug' }])).field, 'slug@ar');
  assert.equal(refusal(() => checkTranslations(context(), [{ language: 'de', name: 'Wasser' }])).kind, 'Invalid');
  assert.equal(refusal(() => checkTranslations(context(), [{ language: 'fr', name: 'A' }, { language: 'fr', name: 'B' }])).kind, 'Invalid');
});

test('authors keep only a bio; a new default slug may not be another item\'s translated one', () => {
  const rows = checkTranslations(context({ kind: 'author', ownSlug: 'ana' }), [{ language: 'fr', name: 'x', slug: 'x', bio: ' Journaliste. ' }]);
  assert.deepEqual(rows, [row({ kind: 'author', bio: 'Journaliste.' })]);
  assert.match(defaultSlugClash('section', 1, 'temps', context().stored)?.text ?? '', /fr address/);
  assert.equal(defaultSlugClash('section', 2, 'temps', context().stored), null);
  assert.equal(defaultSlugClash('tag', null, 'temps', context().stored), null);
});
