import { test } from 'node:test';
import assert from 'node:assert/strict';
import { absoluteUrl, articlePath, pagedPath, permalinkRules, sectionPath } from './permalinks.js';

test('articles live under their publication year and month, pages at the root', () => {
  const base = { slug: 'tide-tables', createdAt: '2025-01-02T00:00:00.000Z' };
  assert.equal(articlePath({ ...base, kind: 'article', publishedAt: '2026-03-09T10:00:00.000Z' }), '/2026/03/tide-tables');
  assert.equal(articlePath({ ...base, kind: 'article', publishedAt: null }), '/2025/01/tide-tables');
  assert.equal(articlePath({ ...base, kind: 'page', publishedAt: null }), '/tide-tables');
});

test('paged and absolute paths', () => {
  assert.equal(sectionPath('water/treatment'), '/section/water/treatment');
  assert.equal(pagedPath('/section/water', 1), '/section/water');
  assert.equal(pagedPath('/', 3), '/page/3');
  assert.equal(pagedPath('/tag/pipes', 2), '/tag/pipes/page/2');
  assert.equal(absoluteUrl('https://news.example.org/', '/2026/03/x'), 'https://news.example.org/2026/03/x');
});

test('every permalink pattern, with the year-and-month fall-back for a missing section', () => {
  const article = { kind: 'article' as const, slug: 'tides', publishedAt: '2026-03-09T10:00:00.000Z', createdAt: '2026-01-01T00:00:00.000Z', sectionId: 2 };
  const rules = (pattern: string) => permalinkRules(pattern, [{ id: 2, slug: 'water' }, { id: 3, slug: 'tag' }]);
  assert.equal(articlePath(article, rules('/:year/:month/:slug')), '/2026/03/tides');
  assert.equal(articlePath(article, rules('/:year/:slug')), '/2026/tides');
  assert.equal(articlePath(article, rules('/:section/:slug')), '/water/tides');
  assert.equal(articlePath(article, rules('/:slug')), '/tides');
  assert.equal(articlePath({ ...article, sectionId: null }, rules('/:section/:slug')), '/2026/03/tides');
  assert.equal(articlePath({ ...article, sectionId: 3 }, rules('/:section/:slug')), '/2026/03/tides', 'a section named like a site route is not used');
  assert.equal(articlePath({ ...article, kind: 'page' }, rules('/:year/:slug')), '/tides');
});
