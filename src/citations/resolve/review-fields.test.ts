import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { applyReviewFields, cleanItem, referenceMarkdown, reviewFieldsOf } from './review-fields.js';

const NOW = new Date('2026-02-03T10:00:00Z');
const ITEM = {
  type: 'article-journal', title: 'Salt Marsh Retreat', author: [{ family: 'Okafor', given: 'Ines' }, { literal: 'Harbour Trust' }],
  'container-title': 'Journal of Coastal Change', issued: { 'date-parts': [[2020, 6]] }, volume: '12', issue: '3', page: '101-119', DOI: '10.5555/x',
};

describe('"Add source" review fields', () => {
  test('an item as the review form shows it', () => {
    assert.deepEqual(reviewFieldsOf(ITEM), {
      title: 'Salt Marsh Retreat', authors: 'Okafor, Ines; Harbour Trust', container: 'Journal of Coastal Change', year: '2020',
      volume: '12', issue: '3', pages: '101-119', url: '', doi: '10.5555/x',
    });
  });
  test('corrections: emptied fields go, a new year drops the stale month, authors are read back, bad URLs and DOIs are dropped', () => {
    const next = applyReviewFields(ITEM, { title: ' Salt  Marshes ', authors: 'Okafor, Ines; Lindqvist, Tomas; Harbour Trust', year: '2021', issue: '', url: 'javascript:alert(1)', doi: 'https://doi.org/10.5555/y' }, NOW)!;
    assert.equal(next.title, 'Salt Marshes');
    assert.deepEqual(next.author, [{ family: 'Okafor', given: 'Ines' }, { family: 'Lindqvist', given: 'Tomas' }, { literal: 'Harbour Trust' }]);
    assert.deepEqual(next.issued, { 'date-parts': [[2021]] });
    assert.equal(next.issue, undefined);
    assert.equal(next.URL, undefined);
    assert.equal(next.DOI, '10.5555/y');
    assert.deepEqual(applyReviewFields(ITEM, { year: '2020' }, NOW)!.issued, ITEM.issued, 'an unchanged year keeps the month');
    const withUrl = applyReviewFields(ITEM, { url: 'https://example.org/a' }, NOW)!;
    assert.deepEqual([withUrl.URL, withUrl.accessed], ['https://example.org/a', { 'date-parts': [[2026, 2, 3]] }]);
    assert.equal(applyReviewFields(ITEM, { title: '   ' }, NOW), null);
  });
  test('an item sent back by the browser is cleaned like a resolver answer', () => {
    assert.deepEqual(cleanItem({ ...ITEM, evil: { $ne: 1 }, DOI: 'not a doi', accessed: { 'date-parts': [[2026, 1, 2]] } }), {
      type: 'article-journal', title: 'Salt Marsh Retreat', 'container-title': 'Journal of Coastal Change', page: '101-119', volume: '12', issue: '3',
      author: [{ family: 'Okafor', given: 'Ines' }, { literal: 'Harbour Trust' }], issued: { 'date-parts': [[2020, 6]] }, accessed: { 'date-parts': [[2026, 1, 2]] },
    });
    assert.equal(cleanItem([ITEM]), null);
    assert.equal(cleanItem({ title: '' }), null);
  });
  test('a formatted reference as one line of Markdown: italics kept, links and tags dropped, Markdown signs escaped', () => {
    assert.equal(
      referenceMarkdown('Ines Okafor, “Salt,” <i>Journal of &#38; Change</i> 12 (2020): 101–19, <a href="https://doi.org/10.5555/x">https://doi.org/10.5555/x</a>.'),
      'Ines Okafor, “Salt,” *Journal of & Change* 12 (2020): 101–19, https://doi.org/10.5555/x.',
    );
    assert.equal(referenceMarkdown('A [^1] *trap* &lt;img src=x&gt; `code` \\ <b>bold</b>'), 'A \\[^1\\] \\*trap\\* \\<img src=x> \\`code\\` \\\\ bold');
    assert.equal(referenceMarkdown('<i>Open'), '*Open*');
    assert.equal(referenceMarkdown('line\nbreak <i></i>'), 'line break');
  });
});
