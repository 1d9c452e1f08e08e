import assert from 'node:assert/strict';
import { test } from 'node:test';
import { z } from 'zod';
import { isDomainError } from '../domain/errors.js';
import { parseInput } from './parse-input.js';
import { pageNumber } from './query-values.js';

const schema = z.object({ title: z.string().min(1, 'Enter a title.'), tags: z.array(z.string()).optional() });

test('parsed input comes back typed', () => {
  assert.deepEqual(parseInput(schema, { title: 'A', tags: ['x'] }), { title: 'A', tags: ['x'] });
});

test('a wrong value is Invalid and names its field, nested ones by path', () => {
  assert.throws(() => parseInput(schema, { title: '' }), (e) => isDomainError(e, 'Invalid') && e.field === 'title' && e.message === 'title: Enter a title.');
  assert.throws(() => parseInput(schema, { title: 'A', tags: ['x', 3] }), (e) => isDomainError(e, 'Invalid') && e.field === 'tags.1');
});

test('list pages: a malformed page number is a page that does not exist', () => {
  const query = z.object({ page: pageNumber });
  assert.equal(parseInput(query, {}).page, 1);
  assert.equal(parseInput(query, { page: '4' }).page, 4);
  for (const page of ['0', '-1', '1.5', 'two', ['1', '2']]) {
    assert.throws(() => parseInput(query, { page }, { missing: 'not-found' }), (e) => isDomainError(e, 'NotFound'), String(page));
  }
});
