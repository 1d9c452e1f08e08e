import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
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

    test('feature image (as media from --content), its alt and caption, SEO fields, /tag/ and /author/ redirects', async () => {
      // The v4 export (TryGhost/Ghost test/utils/fixtures/export/v4_export.json, see shared/fixtures/SOURCES.md)
      // with its "welcome" post given a feature image under content/images and a posts_meta row, as Ghost 4+ exports them.
      const target = await createTestSite(engine, () => new Date('2026-06-01T12:00:00.000Z'));
      const dir = mkdtempSync(join(tmpdir(), 'dossier-ghost-content-'));
      try {
        const doc = JSON.parse(V4);
        const data = doc.db[0].data;
        const welcome = data.posts.find((p: { slug: string }) => p.slug === 'welcome');
        welcome.feature_image = '__GHOST_URL__/content/images/2021/04/welcome.jpg';
        data.posts_meta = [{ id: 'm1', post_id: welcome.id, meta_title: 'Welcome to the site', meta_description: 'Everything you need to know.', og_title: 'Shared title', feature_image_alt: 'A sunrise', feature_image_caption: 'Photo by <a href="https://unsplash.com">Unsplash</a>' }];
        mkdirSync(join(dir, 'images/2021/04'), { recursive: true });
        writeFileSync(join(dir, 'images/2021/04/welcome.jpg'), await sharp({ create: { width: 900, height: 500, channels: 3, background: { r: 200, g: 120, b: 40 } } }).jpeg().toBuffer());
        const readContent = async (path: string) => { try { return readFileSync(join(dir, path)); } catch { return null; } };
        const summary = await target.services.transfer.imports.ghost({ file: 'v4.json', json: JSON.stringify(doc), readContent });
        assert.equal(summary.kinds['media']?.created, 1);
        const page = await target.services.reader.article('welcome');
        assert.equal(page.featured?.alt, 'A sunrise');
        const editorial = await target.site.store.repos.editorial.find(page.article.id);
        assert.equal(editorial?.seoTitle, 'Welcome to the site');
        assert.equal(editorial?.seoDescription, 'Everything you need to know.');
        assert.ok(summary.warnings.some((w) => /^v4\.json \(post welcome\): .*feature image caption "Photo by Unsplash" was not kept/.test(w)), summary.warnings.join('\n'));
        assert.ok(summary.warnings.some((w) => /\(post welcome\): .*Open Graph\/Twitter/.test(w)));
        // "write" has a feature image hosted elsewhere: kept at the top of its body, with a warning.
        const write = await target.services.reader.article('write');
        assert.match(write.article.bodyMarkdown, /^!\[\]\(https:\/\/static\.ghost\.org\/v4\.0\.0\/images\/writing-posts-with-ghost\.png\)/);
        assert.doesNotMatch(write.article.bodyMarkdown, /^\[\s*$/m, 'the bookmark card is a link, not a literal [ … ](url)');
        const tag = await target.inject('/tag/getting-started/');
        assert.equal(tag.statusCode, 301);
        assert.equal(tag.headers.location, '/tag/getting-started');
        const author = await target.inject('/author/ghost/');
        assert.equal(author.headers.location, '/author/ghost');
        assert.ok(summary.warnings.some((w) => /\(user ghost\): the profile image of Ghost/.test(w)));
      } finally {
        await target.close();
        rmSync(dir, { recursive: true, force: true });
      }
    });

    test('a file that is not a Ghost export is refused and nothing is written', async () => {
      await assert.rejects(site.services.transfer.imports.ghost({ file: 'x.json', json: '{"posts": []}' }), /x\.json: this is not a Ghost export/);
      await assert.rejects(site.services.transfer.imports.ghost({ file: 'y.json', json: '{"db": [' }), /y\.json: not valid JSON/);
      const future = V4.replace('"version": "4.1.0"', '"version": "9.0.0"');
      await assert.rejects(site.services.transfer.imports.ghost({ file: 'z.json', json: future }), /Ghost export version 9\.0\.0 is not supported/);
    });
  });
}
