import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { CitedSourceRow } from '../sources/ports.js';
import { groupSources } from './sources-page.js';

const article = (id: number) => ({ id, slug: `a${id}`, title: `A${id}`, kind: 'article' as const, publishedAt: '2026-01-01T00:00:00.000Z', createdAt: '2026-01-01T00:00:00.000Z', sectionId: null });
const row = (url: string, id: number): CitedSourceRow => ({ url, status: 'ok', lastCheckedAt: '2026-06-01T00:00:00.000Z', archiveUrl: null, article: article(id) });

test('each source once, in row order, each citing article once (an article citing it in two notes)', () => {
  const sources = groupSources([row('https://a.example/', 1), row('https://a.example/', 1), row('https://a.example/', 2), row('https://b.example/', 1)]);
  assert.deepEqual(sources.map((s) => [s.url, s.articles.map((a) => a.id)]), [['https://a.example/', [1, 2]], ['https://b.example/', [1]]]);
});
