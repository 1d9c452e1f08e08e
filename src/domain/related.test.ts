import { test } from 'node:test';
import assert from 'node:assert/strict';
import { pickRelated } from './related.js';

const a = (id: number) => ({ id });

test('same section first, then shared tags, without self or duplicates', () => {
  const picked = pickRelated(1, [a(1), a(2), a(3)], [a(3), a(4), a(1), a(5)], 4);
  assert.deepEqual(picked.map((x) => x.id), [2, 3, 4, 5]);
});

test('stops at the limit', () => {
  assert.deepEqual(pickRelated(9, [a(1), a(2)], [a(3)], 2).map((x) => x.id), [1, 2]);
  assert.deepEqual(pickRelated(9, [], [], 3), []);
});
