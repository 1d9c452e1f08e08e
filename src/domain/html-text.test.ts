import { test } from 'node:test';
import assert from 'node:assert/strict';
import { htmlToText } from './html-text.js';

test('block tags separate words, inline tags do not, entities are decoded', () => {
  assert.equal(htmlToText('<p>Sand &amp; <em>filters</em>.</p><p>&lt;b&gt; &#x27;x&#39;</p>'), "Sand & filters. <b> 'x'");
});

test('odd entities are left alone or blanked, never thrown on', () => {
  assert.equal(htmlToText('a &bogus; &#99999999; b'), 'a &bogus; b');
});
