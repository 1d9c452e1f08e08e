import { test } from 'node:test';
import assert from 'node:assert/strict';
import { noteCslColumn, parseNoteCsl } from './row-mappers.js';

const book = { type: 'book', title: 'The Book of Water', page: '1–300' };

test('a note with cites is stored as a CSL citation and read back whole', () => {
  const cites = [{ itemData: book, locator: '45', label: 'page', prefix: 'See' }, { itemData: { type: 'article-journal', volume: '12' }, suffix: 'quoting a report' }];
  const column = noteCslColumn({ number: 3, csl: book, cites });
  assert.deepEqual(JSON.parse(column), { citationItems: cites, properties: { noteIndex: 3 } });
  assert.deepEqual(parseNoteCsl(column), { csl: book, cites });
});

test('a note stored before cites were kept (a bare item) reads as that item, without cites', () => {
  assert.deepEqual(parseNoteCsl(JSON.stringify(book)), { csl: book });
  assert.equal(noteCslColumn({ number: 1, csl: book }), JSON.stringify(book));
});

test('unreadable or hostile stored JSON reads as a plain document, never throws', () => {
  for (const json of ['', '{', 'null', '[]', '{"citationItems": 5}', '{"citationItems": [{"itemData": 5}]}', '{"citationItems": [{"locator": "4"}]}']) {
    assert.deepEqual(parseNoteCsl(json), { csl: { type: 'document' } }, json);
  }
  const odd = parseNoteCsl('{"citationItems": [{"itemData": {"type": "book"}, "locator": 7, "label": "", "prefix": "See"}]}');
  assert.deepEqual(odd.cites, [{ itemData: { type: 'book' }, prefix: 'See' }], 'fields that are not strings are dropped');
});
