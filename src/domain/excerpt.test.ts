import { test } from 'node:test';
import assert from 'node:assert/strict';
import { makeExcerpt } from './excerpt.js';

test('short text is kept whole, with whitespace collapsed', () => {
  assert.equal(makeExcerpt('  The  reservoir\nholds water. '), 'The reservoir holds water.');
});

test('long text is cut at a word boundary with an ellipsis', () => {
  const text = 'word '.repeat(100);
  const excerpt = makeExcerpt(text, 50);
  assert.ok(excerpt.length <= 50, excerpt);
  assert.ok(excerpt.endsWith('word…'), excerpt);
});
