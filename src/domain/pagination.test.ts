import { test } from 'node:test';
import assert from 'node:assert/strict';
import { pageOffset, parsePageNumber, toPage } from './pagination.js';

test('page numbers: absent is 1, malformed is null', () => {
  assert.equal(parsePageNumber(undefined), 1);
  assert.equal(parsePageNumber(''), 1);
  assert.equal(parsePageNumber('3'), 3);
  for (const bad of ['abc', '-1', '0', '1.5', '01', '1e3', '99999999', ['2']]) {
    assert.equal(parsePageNumber(bad), null, String(bad));
  }
});

test('pages past the end do not exist, but an empty first page does', () => {
  assert.equal(pageOffset(3, 10), 20);
  assert.deepEqual(toPage([], 1, 10, 0), { items: [], page: 1, pageSize: 10, total: 0, pageCount: 1 });
  assert.equal(toPage([], 2, 10, 10), null);
  assert.equal(toPage(['x'], 2, 10, 11)?.pageCount, 2);
});
