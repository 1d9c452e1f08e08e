import { test } from 'node:test';
import assert from 'node:assert/strict';
import { absoluteUrl, articlePath, pagedPath, sectionPath } from './permalinks.js';

test('articles live under their publication year and month, pages at the root', () => {
  const base = { slug: 'tide-tables', createdAt: '2025-01-02T00:00:00.000Z' };
  assert.equal(articlePath({ ...base, kind: 'article', publishedAt: '2026-03-09T10:00:00.000Z' }), '/2026/03/tide-tables');
  assert.equal(articlePath({ ...base, kind: 'article', publishedAt: null }), '/2025/01/tide-tables');
  assert.equal(articlePath({ ...base, kind: 'page', publishedAt: null }), '/tide-tables');
});

test('paged and absolute paths', () => {
  assert.equal(sectionPath('water/treatment'), '/section/water/treatment');
  assert.equal(pagedPath('/section/water', 1), '/section/water');
  assert.equal(pagedPath('/', 3), '/?page=3');
  assert.equal(absoluteUrl('https://news.example.org/', '/2026/03/x'), 'https://news.example.org/2026/03/x');
});
