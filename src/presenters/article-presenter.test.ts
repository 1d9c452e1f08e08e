import { test } from 'node:test';
import assert from 'node:assert/strict';
import { citationLetter, presentNote } from './article-presenter.js';

const note = { number: 2, label: 'x', rawText: 'x', html: 'Text', url: null, accessed: null, citations: 1, csl: { type: 'document' }, ibidOf: null, recognised: false, styledHtml: null, styledWith: null };

test('a note cited once has one ↩ back-link to its marker', () => {
  const view = presentNote(note, 'tides-');
  assert.equal(view.id, 'tides-note-2');
  assert.deepEqual(view.backlinks.map((b) => [b.href, b.text]), [['#tides-ref-2-1', '↩']]);
});

test('a note cited three times has back-links a, b, c', () => {
  const view = presentNote({ ...note, citations: 3 }, 'tides-');
  assert.deepEqual(view.backlinks.map((b) => b.text), ['a', 'b', 'c']);
  assert.deepEqual(view.backlinks.map((b) => b.href), ['#tides-ref-2-1', '#tides-ref-2-2', '#tides-ref-2-3']);
});

test('letters continue past z', () => {
  assert.equal(citationLetter(25), 'z');
  assert.equal(citationLetter(26), 'aa');
  assert.equal(citationLetter(27), 'ab');
});
