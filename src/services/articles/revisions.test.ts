import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Revision } from '../../domain/editorial.js';
import { diffRevisions } from './revisions.js';

const fields = { slug: 'a', dek: null, status: 'draft', publishedAt: null, sectionSlug: 'water', authorSlugs: ['ada'], tagSlugs: [], featuredMediaId: null, featuredAlt: null, seoTitle: null, seoDescription: null };
const revision = (over: Partial<Revision>): Revision => ({ id: 1, articleId: 1, version: 1, autosave: false, title: 'T', bodyMarkdown: '', fields, userId: null, userName: null, createdAt: '', ...over });

test('a body diff is by line; unchanged runs stay together', async () => {
  const diff = await diffRevisions(revision({ bodyMarkdown: 'one\ntwo\nthree\n' }), revision({ bodyMarkdown: 'one\n2\nthree\n' }));
  assert.deepEqual(diff.body, [
    { kind: 'same', text: 'one\n' },
    { kind: 'removed', text: 'two\n' },
    { kind: 'added', text: '2\n' },
    { kind: 'same', text: 'three\n' },
  ]);
});

test('changed fields are listed with before and after; lists read as text', async () => {
  const diff = await diffRevisions(
    revision({ title: 'Old' }),
    revision({ title: 'New', fields: { ...fields, status: 'published', authorSlugs: ['ada', 'ben'] } }),
  );
  assert.equal(diff.titleChanged, true);
  assert.deepEqual(diff.fields, [
    { field: 'status', before: 'draft', after: 'published' },
    { field: 'authorSlugs', before: 'ada', after: 'ada, ben' },
  ]);
});
