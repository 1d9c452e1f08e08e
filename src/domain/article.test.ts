import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isPubliclyVisible } from './article.js';

const now = new Date('2026-06-01T12:00:00.000Z');

test('published articles dated in the past are visible', () => {
  assert.equal(isPubliclyVisible({ status: 'published', publishedAt: '2026-05-01T00:00:00.000Z' }, now), true);
});

test('drafts and scheduled articles are never visible', () => {
  assert.equal(isPubliclyVisible({ status: 'draft', publishedAt: '2026-05-01T00:00:00.000Z' }, now), false);
  assert.equal(isPubliclyVisible({ status: 'scheduled', publishedAt: '2026-05-01T00:00:00.000Z' }, now), false);
});

test('a published article dated in the future is not visible yet', () => {
  assert.equal(isPubliclyVisible({ status: 'published', publishedAt: '2026-07-01T00:00:00.000Z' }, now), false);
  assert.equal(isPubliclyVisible({ status: 'published', publishedAt: null }, now), false);
});
