import { test } from 'node:test';
import assert from 'node:assert/strict';
import { pickFields, readingMinutes, stableUuid } from './ghost-ids.js';
import { presentPagination } from './ghost-posts.js';

test('a post keeps its uuid; another post or site gets another', () => {
  const uuid = stableUuid('https://a.example', 'article:1');
  assert.match(uuid, /^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  assert.equal(stableUuid('https://a.example', 'article:1'), uuid);
  assert.notEqual(stableUuid('https://a.example', 'article:2'), uuid);
  assert.notEqual(stableUuid('https://b.example', 'article:1'), uuid);
});

test('reading time is at least a minute, at 275 words a minute', () => {
  assert.equal(readingMinutes(''), 1);
  assert.equal(readingMinutes('word '.repeat(275 * 4)), 4);
});

test('fields= keeps only the named fields that exist', () => {
  assert.deepEqual(pickFields({ id: '1', title: 'T', html: '<p>' }, ['title', 'nope']), { title: 'T' });
  assert.deepEqual(pickFields({ id: '1' }, null), { id: '1' });
});

test("meta.pagination as Ghost writes it: next and prev, and limit 'all' when everything fitted", () => {
  assert.deepEqual(presentPagination({ page: 2, limit: 3, total: 7 }), { page: 2, limit: 3, pages: 3, total: 7, next: 3, prev: 1 });
  assert.deepEqual(presentPagination({ page: 1, limit: 15, total: 0 }), { page: 1, limit: 15, pages: 1, total: 0, next: null, prev: null });
  assert.deepEqual(presentPagination({ page: 1, limit: 100, total: 40 }, true), { page: 1, limit: 'all', pages: 1, total: 40, next: null, prev: null });
  assert.equal(presentPagination({ page: 1, limit: 100, total: 140 }, true).limit, 100, 'a capped "all" says how many a page, and next');
});
