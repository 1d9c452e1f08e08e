import { test } from 'node:test';
import assert from 'node:assert/strict';
import { hreflangAlternates, inLanguage, languageHomePath, languageName, languageSwitcher, siteLanguages } from './languages.js';
import { foldArabic } from './arabic-folding.js';
import { articlePath, permalinkRules } from './permalinks.js';

const site = { language: 'en', languages: ['fr', 'ar'], languagePrefixes: true };

test('the default language lives at the root, the others under /{lang}/ once prefixes are on', () => {
  assert.deepEqual(siteLanguages(site), ['en', 'fr', 'ar']);
  assert.equal(languageHomePath(site, 'en'), '/');
  assert.equal(languageHomePath(site, 'fr'), '/fr/');
  assert.equal(inLanguage(site, 'ar', '/section/water'), '/ar/section/water');
  assert.equal(inLanguage({ ...site, languagePrefixes: false }, 'ar', '/section/water'), '/section/water');
  const rules = permalinkRules('/:year/:month/:slug', [], site);
  const article = { kind: 'article' as const, slug: 'pluie', publishedAt: '2026-03-02T00:00:00Z', createdAt: '2026-03-01T00:00:00Z' };
  assert.equal(articlePath({ ...article, language: 'fr' }, rules), '/fr/2026/03/pluie');
  assert.equal(articlePath({ ...article, language: 'en' }, rules), '/2026/03/pluie');
  assert.equal(articlePath({ ...article, language: 'de' }, rules), '/2026/03/pluie', 'a language the site does not list has no prefix');
});

test('hreflang alternates list every language once, in one order, then x-default (the default language)', () => {
  const en = { language: 'en', path: '/a' };
  const fr = { language: 'fr', path: '/fr/b' };
  const expected = [{ hreflang: 'en', path: '/a' }, { hreflang: 'fr', path: '/fr/b' }, { hreflang: 'x-default', path: '/a' }];
  assert.deepEqual(hreflangAlternates(en, [fr], 'en'), expected);
  assert.deepEqual(hreflangAlternates(fr, [en], 'en'), expected);
  assert.deepEqual(hreflangAlternates(fr, [], 'en'), [], 'no translation, no alternates');
  assert.equal(hreflangAlternates(fr, [{ language: 'ar', path: '/ar/c' }], 'en').at(-1)?.path, '/fr/b', 'without the default language, x-default is the page itself');
});

test('the switcher leads to the translation, else to that language\'s home', () => {
  assert.deepEqual(languageSwitcher(site, 'en', [{ language: 'fr', path: '/fr/b' }]), [
    { language: 'fr', path: '/fr/b', translated: true },
    { language: 'ar', path: '/ar/', translated: false },
  ]);
  assert.equal(languageName('fr'), 'Français');
});

test('Arabic letter variants, tatweel and harakat fold to one spelling; other scripts are untouched', () => {
  assert.equal(foldArabic('أحمد'), foldArabic('احمد'));
  assert.equal(foldArabic('إسلام'), 'اسلام');
  assert.equal(foldArabic('مستشفى'), foldArabic('مستشفي'));
  assert.equal(foldArabic('کتاب'), foldArabic('كتاب'));
  assert.equal(foldArabic('ایران'), foldArabic('ايران'));
  assert.equal(foldArabic('مدرسة'), 'مدرسه');
  assert.equal(foldArabic('كِتَابٌ'), 'كتاب');
  assert.equal(foldArabic('كتـــاب'), 'كتاب');
  assert.equal(foldArabic('Café naïve'), 'Café naïve');
});
