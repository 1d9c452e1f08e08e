import { test } from 'node:test';
import assert from 'node:assert/strict';
import { remembered } from './remembered.js';

test('works out each argument once and gives the same answer after', () => {
  const asked: string[] = [];
  const upper = remembered((key) => {
    asked.push(key);
    return key.toUpperCase();
  });
  assert.equal(upper('fr'), 'FR');
  assert.equal(upper('fr'), 'FR');
  assert.equal(upper('ar'), 'AR');
  assert.deepEqual(asked, ['fr', 'ar']);
});

test('keeps at most `limit` arguments, forgetting the oldest', () => {
  const asked: string[] = [];
  const same = remembered((key) => {
    asked.push(key);
    return key;
  }, 2);
  same('a');
  same('b');
  same('c');
  same('b');
  same('a');
  assert.deepEqual(asked, ['a', 'b', 'c', 'a']);
});
