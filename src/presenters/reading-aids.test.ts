import { test } from 'node:test';
import assert from 'node:assert/strict';
import { headingSlug, htmlText, outlineBody, readingMinutes, wordCount } from './reading-aids.js';

test('words are counted in the text, not the markup, in any script', () => {
  assert.equal(wordCount('<p>One <a href="https://x.example/a-b">two</a> three&#39;s — <em>four-five</em></p>'), 4);
  assert.equal(wordCount('<p>الماء في السدّ ۱۲۳</p>'), 4);
  assert.equal(htmlText('a &amp; b &#x41;&lt;'), 'a & b A<');
});

test('reading time rounds to whole minutes and is at least one', () => {
  assert.equal(readingMinutes(''), 1);
  assert.equal(readingMinutes(`<p>${'word '.repeat(230 * 6)}</p>`), 6);
  assert.equal(readingMinutes(`<p>${'word '.repeat(230 * 6 + 100)}</p>`), 6);
});

test('headings get ids from their text, numbered when repeated, kept when present', () => {
  const { html, outline } = outlineBody('<h2>Costs &amp; <em>benefits</em></h2><p>x</p><h3 id="own">Mine</h3><h2>Costs &amp; benefits</h2><h4>Deep</h4><h2>السدّ</h2>', 'a-');
  assert.deepEqual(outline, [
    { id: 'a-costs-benefits', level: 2, text: 'Costs & benefits' },
    { id: 'own', level: 3, text: 'Mine' },
    { id: 'a-costs-benefits-2', level: 2, text: 'Costs & benefits' },
    { id: 'a-السدّ', level: 2, text: 'السدّ' },
  ]);
  assert.match(html, /<h2 id="a-costs-benefits">Costs &amp; <em>benefits<\/em><\/h2>/);
  assert.match(html, /<h4>Deep<\/h4>/);
  assert.equal(headingSlug('!!!'), 'section');
});
