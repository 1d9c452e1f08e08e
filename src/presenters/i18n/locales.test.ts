import { test } from 'node:test';
import assert from 'node:assert/strict';
import { LOCALE_RESOURCES, t } from './translate.js';

const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;

/** Every leaf key of a locale file, dotted ("comments.count_one"). */
function leafKeys(tree: object, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'object' && value !== null ? leafKeys(value as object, `${prefix}${key}.`) : [`${prefix}${key}`]);
}

/** Plain keys as they are, plural keys by their base with the forms the file gives. */
function shape(tree: object): Map<string, Set<string> | null> {
  const keys = new Map<string, Set<string> | null>();
  for (const key of leafKeys(tree)) {
    const plural = PLURAL_SUFFIX.exec(key);
    if (!plural) keys.set(key, null);
    else {
      const base = key.slice(0, plural.index);
      const forms = keys.get(base) ?? new Set<string>();
      forms.add(plural[1]!);
      keys.set(base, forms);
    }
  }
  return keys;
}

const english = shape(LOCALE_RESOURCES['en']!);

for (const [language, resources] of Object.entries(LOCALE_RESOURCES)) {
  test(`${language}: every English key is translated, and no key is extra`, () => {
    const keys = shape(resources);
    const missing = [...english.keys()].filter((key) => !keys.has(key));
    const extra = [...keys.keys()].filter((key) => !english.has(key));
    assert.deepEqual(missing, [], `${language} lacks keys`);
    assert.deepEqual(extra, [], `${language} has keys English does not`);
  });

  test(`${language}: every plural message has each form the language's plural rules use`, () => {
    const categories = new Intl.PluralRules(language).resolvedOptions().pluralCategories;
    for (const [key, forms] of shape(resources)) {
      if (english.get(key) === null) {
        assert.equal(forms, null, `${language}: ${key} is plural, but not in English`);
        continue;
      }
      assert.ok(forms, `${language}: ${key} is not plural`);
      const lacking = categories.filter((c) => !forms.has(c));
      assert.deepEqual(lacking, [], `${language}: ${key} lacks plural forms`);
    }
  });

  test(`${language}: no message is empty and every placeholder of English is kept`, () => {
    const flat = (tree: object) => new Map(leafKeys(tree).map((k) => [k, k.split('.').reduce<unknown>((o, p) => (o as Record<string, unknown>)[p], tree) as string]));
    const mine = flat(resources);
    const theirs = flat(LOCALE_RESOURCES['en']!);
    const placeholders = (text: string) => new Set([...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).filter((p) => p !== 'n' && p !== 'count'));
    for (const [key, text] of mine) {
      assert.ok(text.trim(), `${language}: ${key} is empty`);
      const base = key.replace(PLURAL_SUFFIX, '');
      const source = theirs.get(key) ?? theirs.get(`${base}_other`) ?? '';
      assert.deepEqual(placeholders(text), placeholders(source), `${language}: ${key} placeholders`);
    }
  });
}

test('Arabic counts take their six plural forms', () => {
  const forms = [0, 1, 2, 3, 11, 100].map((count) => t('ar', 'comments.count', { count }));
  assert.deepEqual(forms, ['لا تعليقات', 'تعليق واحد', 'تعليقان', '3 تعليقات', '11 تعليقًا', '100 تعليق']);
  assert.deepEqual([0, 1, 2, 3, 11, 100].map((n) => new Intl.PluralRules('ar').select(n)), ['zero', 'one', 'two', 'few', 'many', 'other']);
});

test('counts are written in the locale’s digits; the plural form still follows the number', () => {
  assert.equal(t('ar-u-nu-arab', 'comments.count', { count: 11 }), '١١ تعليقًا');
  assert.equal(t('fa', 'comments.count', { count: 12 }), '۱۲ دیدگاه');
  assert.equal(t('fa-u-nu-latn', 'comments.count', { count: 12 }), '12 دیدگاه');
  assert.equal(t('fr', 'comments.count', { count: 1 }), '1 commentaire');
  assert.equal(t('fr', 'comments.count', { count: 2500 }), '2\u202f500 commentaires');
  assert.equal(t('en', 'comments.count', { count: 2500 }), '2,500 comments');
});

test('a language without a locale file, or a region of one that has, falls back sensibly', () => {
  assert.equal(t('de', 'notes.heading'), 'Notes');
  assert.equal(t('fr-CA', 'notes.heading'), 'Notes');
  assert.equal(t('fa-IR-u-ca-persian-nu-arabext', 'comments.leave'), 'دیدگاهی بنویسید');
  assert.equal(t('not a tag', 'comments.leave'), 'Leave a Comment');
});
