import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { dateOf, nameOf } from './clean.js';
import { parseIdentifier } from './identifier.js';
import { fromCslJson, fromOpenLibrary, openLibraryAuthorKeys } from './map-records.js';
import { citationFromPage } from './page-metadata.js';

const NOW = new Date('2026-02-03T10:00:00Z');

describe('parseIdentifier', () => {
  test('DOIs in their spellings, unicode kept in NFC', () => {
    for (const text of ['10.1000/xyz123', 'doi:10.1000/xyz123', 'DOI: 10.1000/xyz123', 'https://doi.org/10.1000/xyz123', 'http://dx.doi.org/10.1000/xyz123']) {
      assert.deepEqual(parseIdentifier(text), { ok: true, id: { kind: 'doi', doi: '10.1000/xyz123' } }, text);
    }
    assert.deepEqual(parseIdentifier('10.1000/cafe\u0301'), { ok: true, id: { kind: 'doi', doi: '10.1000/caf\u00e9' } });
    assert.deepEqual(parseIdentifier('https://doi.org/10.1000/a%20b'), { ok: true, id: { kind: 'url', url: 'https://doi.org/10.1000/a%20b' } });
    assert.equal(parseIdentifier('10.12/short-prefix').ok, false);
  });
  test('ISBN-10 and ISBN-13 with check digits', () => {
    assert.deepEqual(parseIdentifier('ISBN 0-306-40615-2'), { ok: true, id: { kind: 'isbn', isbn: '0306406152' } });
    assert.deepEqual(parseIdentifier('978 0 306 40615 7'), { ok: true, id: { kind: 'isbn', isbn: '9780306406157' } });
    assert.deepEqual(parseIdentifier('080442957X'), { ok: true, id: { kind: 'isbn', isbn: '080442957X' } });
    const wrong = parseIdentifier('9780306406158');
    assert.ok(!wrong.ok && /not a valid ISBN/.test(wrong.error));
  });
  test('http(s) URLs; anything else is named as not an identifier', () => {
    assert.deepEqual(parseIdentifier('https://example.org/a?b=1'), { ok: true, id: { kind: 'url', url: 'https://example.org/a?b=1' } });
    for (const text of ['ftp://example.org/x', 'javascript:alert(1)', 'hello', '']) assert.equal(parseIdentifier(text).ok, false, text);
  });
});

describe('mapping rules', () => {
  test('names and dates', () => {
    assert.deepEqual(nameOf('Smith, Jane'), { family: 'Smith', given: 'Jane' });
    assert.deepEqual(nameOf('Jane Q. Smith'), { family: 'Smith', given: 'Jane Q.' });
    assert.deepEqual(nameOf('the editorial board of the harbour gazette'), { literal: 'the editorial board of the harbour gazette' });
    assert.deepEqual(dateOf('2020/03/15'), { 'date-parts': [[2020, 3, 15]] });
    assert.deepEqual(dateOf('2021-07-01T12:00:00+02:00'), { 'date-parts': [[2021, 7, 1]] });
    assert.deepEqual(dateOf('March 2011'), { 'date-parts': [[2011, 3]] });
    assert.equal(dateOf('yesterday'), null);
    assert.equal(dateOf('9999'), null);
  });
  test('resolver CSL-JSON keeps known fields only, capped; hostile values dropped', () => {
    const item = fromCslJson({ type: 'evil-type', title: ['A\u0000 title', 'second'], author: [{ family: 'Ode' }, 'x', { literal: 'Org' }], volume: 7, 'container-title': 'J'.repeat(5000), URL: 'javascript:alert(1)', extra: { deep: 1 } }, '10.1/x');
    assert.deepEqual(item, { type: 'document', title: 'A title', volume: '7', 'container-title': `${'J'.repeat(499)}…`, author: [{ family: 'Ode' }, { literal: 'Org' }], DOI: '10.1/x' });
    assert.equal(fromCslJson({ title: {} }, '10.1/x'), null);
    assert.equal(fromCslJson('<html>', '10.1/x'), null);
  });
  test('Open Library edition and authors', () => {
    const edition = { title: 'Rivers', publishers: ['Delta'], publish_date: '1999', authors: [{ key: '/authors/OL1A' }, { key: '../../etc' }] };
    assert.deepEqual(openLibraryAuthorKeys(edition), ['/authors/OL1A']);
    assert.deepEqual(fromOpenLibrary(edition, [{ name: 'Ana Ruiz' }]), { type: 'book', title: 'Rivers', author: [{ family: 'Ruiz', given: 'Ana' }], publisher: 'Delta', issued: { 'date-parts': [[1999]] } });
    assert.equal(fromOpenLibrary({ publishers: ['x'] }, []), null);
  });
});

describe('citationFromPage', () => {
  test('Dublin Core and OpenGraph when there is nothing better, with URL and access date', () => {
    const html = '<html><head><meta name="DC.title" content="Tide Tables"><meta name="DC.creator" content="Okoro, Ada"><meta name="DC.date" content="2019-05-02"><meta property="og:site_name" content="Port Authority"></head></html>';
    assert.deepEqual(citationFromPage(html, 'https://example.org/t', NOW), {
      type: 'webpage', title: 'Tide Tables', author: [{ family: 'Okoro', given: 'Ada' }], 'container-title': 'Port Authority',
      issued: { 'date-parts': [[2019, 5, 2]] }, URL: 'https://example.org/t', accessed: { 'date-parts': [[2026, 2, 3]] },
    });
  });
  test('OpenGraph title, then <title>; a page with neither has no citation', () => {
    assert.equal(citationFromPage('<meta property="og:title" content="Only OG">', 'https://e.org/', NOW)?.title, 'Only OG');
    assert.equal(citationFromPage('<title> Plain </title>', 'https://e.org/', NOW)?.title, 'Plain');
    assert.equal(citationFromPage('<p>nothing</p>', 'https://e.org/', NOW), null);
  });
  test('hostile markup: scripts are not run, tags in values stay text, deep nesting and huge JSON-LD are survived', () => {
    const html = `<title>&lt;script&gt;x&lt;/script&gt; Real</title><script type="application/ld+json">${'['.repeat(5000)}</script>${'<div>'.repeat(5000)}`;
    assert.equal(citationFromPage(html, 'https://e.org/', NOW)?.title, '<script>x</script> Real');
  });
});
