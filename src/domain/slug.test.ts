import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isValidSlug, slugify } from './slug.js';

test('slugify makes readable ASCII slugs', () => {
  assert.equal(slugify('The Clock & the Railway'), 'the-clock-and-the-railway');
  assert.equal(slugify('  Café “Déjà vu” — 1883  '), 'cafe-deja-vu-1883');
  assert.equal(slugify("Harrison's H4"), 'harrisons-h4');
  assert.equal(slugify('---'), '');
});

test('slugify output is always a valid slug or empty', () => {
  for (const title of ['A–Z of Water', 'x'.repeat(300), '1 2 3', 'Ünïcödé']) {
    const slug = slugify(title);
    assert.ok(slug === '' || isValidSlug(slug), `${title} → ${slug}`);
  }
});

test('isValidSlug rejects uppercase, spaces, and doubled hyphens', () => {
  assert.equal(isValidSlug('water-supply'), true);
  assert.equal(isValidSlug('Water'), false);
  assert.equal(isValidSlug('a b'), false);
  assert.equal(isValidSlug('a--b'), false);
  assert.equal(isValidSlug(''), false);
  assert.equal(isValidSlug('a_b'), false);
});

test('Unicode slugs from WordPress are valid as they are', () => {
  assert.equal(isValidSlug('επίπεδο-2'), true);
  assert.equal(isValidSlug('漢字'), true);
  assert.equal(isValidSlug('Επίπεδο'), false, 'uppercase is not');
});
