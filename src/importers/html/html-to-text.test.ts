import { test } from 'node:test';
import assert from 'node:assert/strict';
import { htmlToText } from './html-to-text.js';

test('comment HTML becomes plain text with its paragraphs and link addresses', () => {
  assert.equal(htmlToText('First &amp; foremost.\n\nSecond <em>line</em><br>third.'), 'First & foremost.\n\nSecond line\nthird.');
  assert.equal(htmlToText('<p>See <a href="https://x.example.org/a">the report</a>.</p><p>Done</p>'), 'See the report (https://x.example.org/a).\n\nDone');
  assert.equal(htmlToText('<a href="javascript:alert(1)">click</a><script>alert(1)</script>'), 'click');
});
