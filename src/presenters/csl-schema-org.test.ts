import { test } from 'node:test';
import assert from 'node:assert/strict';
import { citationLd } from './schema-org.js';

const base = { label: 'a', rawText: '', url: null, accessed: null, citations: 1, ibidOf: null, styledHtml: null, styledWith: null };

test('JSON-LD citations are typed works for parsed references, text for the rest', () => {
  const ld = citationLd([
    { ...base, number: 1, html: 'Sobel, Dava. <em>Longitude</em>. Walker, 1995.', recognised: true,
      csl: { type: 'book', title: 'Longitude', author: [{ family: 'Sobel', given: 'Dava' }], publisher: 'Walker', issued: { 'date-parts': [[1995]] } } },
    { ...base, number: 2, html: 'A remark of the author’s.', recognised: false, csl: { type: 'document' } },
  ]);
  assert.deepEqual(ld[0], {
    '@type': 'Book', name: 'Longitude',
    author: [{ '@type': 'Person', name: 'Dava Sobel', familyName: 'Sobel', givenName: 'Dava' }],
    datePublished: '1995', publisher: { '@type': 'Organization', name: 'Walker' },
  });
  assert.equal(ld[1], 'A remark of the author’s.');
});
