import { test } from 'node:test';
import assert from 'node:assert/strict';
import { breadcrumbListLd, serializeJsonLd } from './json-ld.js';

test('JSON-LD cannot close its script element', () => {
  const out = serializeJsonLd({ name: '</script><script>alert(1)</script> & more' });
  assert.doesNotMatch(out, /<\/script/i);
  assert.equal(JSON.parse(out).name, '</script><script>alert(1)</script> & more');
});

test('breadcrumb positions start at 1', () => {
  const ld = breadcrumbListLd([{ name: 'Home', url: 'https://x.example/' }, { name: 'Water', url: 'https://x.example/section/water' }]);
  assert.deepEqual((ld['itemListElement'] as Array<{ position: number }>).map((i) => i.position), [1, 2]);
});
