import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { createCitationFormatter } from './citation-formatter.js';

const formatter = createCitationFormatter();
after(() => formatter.close());

const book = { type: 'book', title: 'Longitude', author: [{ family: 'Sobel', given: 'Dava' }], publisher: 'Walker', 'publisher-place': 'New York', issued: { 'date-parts': [[1995]] } };
const article = {
  type: 'article-newspaper', title: 'Budget Office Update', author: [{ family: 'Moreno', given: 'Luis' }], 'container-title': 'City Times',
  issued: { 'date-parts': [[2009, 3, 3]] }, accessed: { 'date-parts': [[2009, 4, 14]] }, URL: 'http://citytimes.example.com/budget',
};

test('Chicago notes: a first citation in note form, then "Ibid." with the new page', async () => {
  const out = await formatter.format('chicago-notes-bibliography', 'en', [
    { cites: [{ itemData: book, locator: '12', label: 'page' }], ibid: false },
    { cites: [{ itemData: book, locator: '14', label: 'page' }], ibid: true },
    { cites: [{ itemData: article }], ibid: false },
  ]);
  assert.equal(out[0], 'Dava Sobel, <i>Longitude</i> (Walker, 1995), 12.');
  assert.equal(out[1], 'Ibid., 14');
  assert.match(out[2]!, /^Luis Moreno, “Budget Office Update,” <i>City Times<\/i>, March 3, 2009, http:\/\/citytimes\.example\.com\/budget\.$/);
});

test('APA: reference-list entries; a repeated source is written out again', async () => {
  const out = await formatter.format('apa', 'en', [
    { cites: [{ itemData: book, locator: '12', label: 'page' }], ibid: false },
    { cites: [{ itemData: book, locator: '14', label: 'page' }], ibid: true },
  ]);
  assert.equal(out[0], 'Sobel, D. (1995). <i>Longitude</i>. Walker. p.\u00a012.');
  assert.equal(out[1], 'Sobel, D. (1995). <i>Longitude</i>. Walker. p.\u00a014.');
});

test('an unknown style is an error, never APA in disguise', async () => {
  await assert.rejects(formatter.format('vancouver-ish', 'en', [{ cites: [{ itemData: book }], ibid: false }]), /Unknown citation style "vancouver-ish"\. Choose one of: chicago-notes-bibliography, apa/);
});
