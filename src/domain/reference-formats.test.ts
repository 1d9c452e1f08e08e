import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Note } from './article.js';
import { articleReferences, normaliseDoi, normaliseSourceUrl, referenceFormatOf, sourceKey } from './reference-formats.js';

const note = (number: number, overrides: Partial<Note>): Note => ({
  number, label: String(number), rawText: '', html: '', url: null, accessed: null, citations: 1, csl: { type: 'document' }, ibidOf: null,
  recognised: true, styledHtml: null, styledWith: null, ...overrides,
});

test('DOIs and URLs are normalised so one source cited two ways is one source', () => {
  assert.equal(normaliseDoi('https://doi.org/10.1234/JW.2020.12'), '10.1234/jw.2020.12');
  assert.equal(normaliseDoi('doi:10.1234/abc'), '10.1234/abc');
  assert.equal(normaliseDoi('not a doi'), null);
  assert.equal(normaliseSourceUrl('HTTPS://Rivers.Example.org/levels#table-2'), 'https://rivers.example.org/levels');
  assert.equal(normaliseSourceUrl('mailto:desk@example.org'), null);
  assert.equal(normaliseSourceUrl('not a url'), null);
  assert.equal(sourceKey({ type: 'article-journal', DOI: '10.1000/A', URL: 'https://x.example/a' }), sourceKey({ type: 'article-journal', DOI: 'https://doi.org/10.1000/a' }));
  assert.notEqual(sourceKey({ type: 'book', title: 'A' }), sourceKey({ type: 'book', title: 'B' }));
});

test('references: each source once in order of first citation; ibid, commentary and pinpoints add nothing', () => {
  const book = { type: 'book', title: 'The Book of Water' };
  const journal = { type: 'article-journal', title: 'Aquifer Decline', DOI: '10.1234/JW.1', volume: '12' };
  const items = articleReferences('w', [
    note(1, { csl: book, cites: [{ itemData: book, locator: '45', label: 'page' }] }),
    note(2, { csl: journal, cites: [{ itemData: journal }, { itemData: { type: 'report', title: 'Levels' }, prefix: 'See' }] }),
    note(3, { csl: book, ibidOf: 1, cites: [{ itemData: book, locator: '47' }] }),
    note(4, { csl: { ...journal, DOI: '10.1234/jw.1' } }),
    note(5, { recognised: false, csl: { type: 'document' } }),
    note(6, { recognised: false, csl: { type: 'document' }, url: 'https://rivers.example.org/x' }),
  ]);
  assert.deepEqual(items.map((i) => [i.id, i.title ?? i.URL]), [['w-1', 'The Book of Water'], ['w-2', 'Aquifer Decline'], ['w-2-2', 'Levels'], ['w-6', 'https://rivers.example.org/x']]);
  assert.equal(items[0]!.page, undefined);
});

test('only the three file names are formats', () => {
  assert.deepEqual(['json', 'bib', 'ris', 'xml', ''].map((e) => referenceFormatOf(e)?.label ?? null), ['CSL-JSON', 'BibTeX', 'RIS', null, null]);
});
