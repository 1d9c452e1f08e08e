import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { ENGINES } from '../support/databases.js';
import { createTestSite, type TestSite } from '../support/site.js';

const V4 = readFileSync('test/fixtures/ghost/v4_export.json', 'utf8');
const V2 = readFileSync('test/fixtures/ghost/v2_export.json', 'utf8');

for (const engine of ENGINES) {
  describe(`Ghost import (${engine})`, () => {
    let site: TestSite;
    before(async () => {
      site = await createTestSite(engine, () => new Date('2026-06-01T12:00:00.000Z'));
    });
    after(() => site.close());

    test('a Ghost 4 export: posts, pages, users as authors, the primary tag as section', async () => {
      const summary = await site.services.transfer.imports.ghost({ file: 'v4_export.json', json: V4 });
      assert.equal(summary.kinds['articles']?.created, 7);
      assert.equal(summary.kinds['pages']?.created, 4);
      assert.equal(summary.kinds['authors']?.created, 2);
      assert.equal(summary.kinds['sections']?.created, 1);
      const page = await site.services.reader.article('welcome');
      assert.equal(page.article.title, 'Start here for a quick overview of everything you need to know');
      assert.equal(page.article.publishedAt, JSON.parse(V4).db[0].data.posts.find((p: { slug: string }) => p.slug === 'welcome').published_at);
      assert.deepEqual(page.ancestry.map((s) => s.slug), ['getting-started']);
      assert.ok(page.authors.length >= 1);
      assert.match(page.article.bodyMarkdown, /\S/);
      assert.equal((await site.inject('/about')).statusCode, 200, 'pages stay standalone pages');
    });

    test('members-only posts stay non-public; old Ghost URLs redirect', async () => {
      await assert.rejects(site.services.reader.article('sell'), /no published article/);
      const old = await site.inject('/welcome/');
      assert.equal(old.statusCode, 301);
      assert.match(old.headers.location as string, /^\/\d{4}\/\d{2}\/welcome$/);
    });

    test('a Ghost 2 export (the older page flag, Mobiledoc) and importing twice', async () => {
      const summary = await site.services.transfer.imports.ghost({ file: 'v2_export.json', json: V2 });
      assert.equal(summary.kinds['articles']?.created, 7);
      const again = await site.services.transfer.imports.ghost({ file: 'v4_export.json', json: V4 });
      assert.equal(again.kinds['articles']?.created ?? 0, 0);
      assert.equal(again.kinds['articles']?.updated ?? 0, 0);
    });

    test('a file that is not a Ghost export is refused and nothing is written', async () => {
      await assert.rejects(site.services.transfer.imports.ghost({ file: 'x.json', json: '{"posts": []}' }), /x\.json: this is not a Ghost export/);
      await assert.rejects(site.services.transfer.imports.ghost({ file: 'y.json', json: '{"db": [' }), /y\.json: not valid JSON/);
      const future = V4.replace('"version": "4.1.0"', '"version": "9.0.0"');
      await assert.rejects(site.services.transfer.imports.ghost({ file: 'z.json', json: future }), /Ghost export version 9\.0\.0 is not supported/);
    });
  });
}
