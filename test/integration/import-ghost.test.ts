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
        // The caption (tags stripped) under the featured image, the Open Graph title in the share tags.
        assert.equal(editorial?.featuredCaption, 'Photo by Unsplash');
        assert.equal(editorial?.shareCard?.ogTitle, 'Shared title');
        assert.ok(!summary.warnings.some((w) => /\(post welcome\).*(caption|Open Graph)/.test(w)), summary.warnings.join('\n'));
        const { document } = await target.page((await target.inject('/welcome/')).headers.location as string);
        assert.equal(document.querySelector('figure.featured-figure figcaption')?.textContent, 'Photo by Unsplash');
        assert.equal(document.querySelector('figure.featured-figure img')?.getAttribute('alt'), 'A sunrise');
        assert.equal(document.querySelector('meta[property="og:title"]')?.getAttribute('content'), 'Shared title');
        assert.equal(document.querySelector('meta[name="twitter:title"]')?.getAttribute('content'), 'Shared title');
        assert.match(document.querySelector('meta[property="og:image"]')?.getAttribute('content') ?? '', /^http:\/\/dossier\.test\/media\//, 'no og_image: the featured image');
        // "write" has a feature image hosted elsewhere: kept at the top of its body, with a warning.
        const write = await target.services.reader.article('write');
        assert.match(write.article.bodyMarkdown, /^!\[\]\(https:\/\/static\.ghost\.org\/v4\.0\.0\/images\/writing-posts-with-ghost\.png\)/);
        assert.doesNotMatch(write.article.bodyMarkdown, /^\[\s*$/m, 'the bookmark card is a link, not a literal [ … ](url)');
        const tag = await target.inject('/tag/getting-started/');
        assert.equal(tag.statusCode, 301);
        assert.equal(tag.headers.location, '/tag/getting-started');
        const author = await target.inject('/author/ghost/');
        assert.equal(author.headers.location, '/author/ghost');
        // No content folder for it: the real profile images are absolute (one protocol-relative), kept at their address and listed.
        assert.ok(summary.warnings.some((w) => w === 'v4.json (user ghost): the profile image of Ghost is kept at its address, not copied into the media library: https://static.ghost.org/v4.0.0/images/ghost-user.png'), summary.warnings.join('\n'));
        const ghost = await target.page('/author/ghost');
        const avatar = ghost.document.querySelector('.page-avatar img');
        assert.equal(avatar?.getAttribute('src'), 'https://static.ghost.org/v4.0.0/images/ghost-user.png');
        assert.equal(avatar?.getAttribute('alt'), 'Ghost');
        assert.equal(avatar?.getAttribute('width'), '96');
        const byline = document.querySelector('.byline .byline-avatar img');
        assert.equal(byline?.getAttribute('alt'), 'Ghost');
        assert.equal(byline?.getAttribute('width'), '32');
        assert.equal(byline?.getAttribute('height'), '32');
        assert.equal((await target.page('/author/fixture')).document.querySelector('.page-avatar img')?.getAttribute('src'), 'https://www.gravatar.com/avatar/d94a22d95b540979c98f20e4598e32ee?s=250&d=mm&r=x');
      } finally {
        await target.close();
        rmSync(dir, { recursive: true, force: true });
      }
    });

    test('with --content: the profile image and the Open Graph image become media; the Twitter card keeps its own image and text', async () => {
      // The v4 export (TryGhost/Ghost test/utils/fixtures/export/v4_export.json, see shared/fixtures/SOURCES.md) with
      // the user "ghost" given a profile image under content/images and "welcome" a posts_meta row, as Ghost 4+ writes them.
      const target = await createTestSite(engine, () => new Date('2026-06-01T12:00:00.000Z'));
      const dir = mkdtempSync(join(tmpdir(), 'dossier-ghost-content-'));
      try {
        const doc = JSON.parse(V4);
        const data = doc.db[0].data;
        data.users.find((u: { slug: string }) => u.slug === 'ghost').profile_image = '__GHOST_URL__/content/images/2021/04/ghost-avatar.png';
        data.users.find((u: { slug: string }) => u.slug === 'fixture').profile_image = '__GHOST_URL__/content/images/2021/04/missing.png';
        const welcome = data.posts.find((p: { slug: string }) => p.slug === 'welcome');
        data.posts_meta = [{ id: 'm1', post_id: welcome.id, og_image: '__GHOST_URL__/content/images/2021/04/share.png', og_title: 'Shared title', og_description: 'Shared description', twitter_image: 'https://images.example.org/tw.png', twitter_title: 'Tweeted title', twitter_description: null }];
        mkdirSync(join(dir, 'images/2021/04'), { recursive: true });
        writeFileSync(join(dir, 'images/2021/04/ghost-avatar.png'), await sharp({ create: { width: 250, height: 250, channels: 3, background: { r: 20, g: 20, b: 20 } } }).png().toBuffer());
        writeFileSync(join(dir, 'images/2021/04/share.png'), await sharp({ create: { width: 1200, height: 630, channels: 3, background: { r: 10, g: 90, b: 160 } } }).png().toBuffer());
        const readContent = async (path: string) => { try { return readFileSync(join(dir, path)); } catch { return null; } };
        const summary = await target.services.transfer.imports.ghost({ file: 'v4.json', json: JSON.stringify(doc), readContent });
        assert.equal(summary.kinds['media']?.created, 2);
        assert.ok(summary.warnings.some((w) => w === 'v4.json (user fixture): the profile image "images/2021/04/missing.png" is not in the content folder.'), summary.warnings.join('\n'));
        assert.ok(summary.warnings.some((w) => /^v4\.json \(user fixture\): the profile image of .* was not kept: it is not in the content folder\.$/.test(w)));
        const ghost = (await target.site.store.repos.authors.findBySlug('ghost'))!;
        assert.ok(ghost.avatarMediaId, 'the profile image is media');
        assert.equal(ghost.avatarUrl, null);
        const avatar = (await target.page('/author/ghost')).document.querySelector('.page-avatar img');
        assert.match(avatar?.getAttribute('srcset') ?? '', /\/media\//);
        assert.equal(avatar?.getAttribute('alt'), 'Ghost');
        const page = await target.services.reader.article('welcome');
        const card = (await target.site.store.repos.editorial.find(page.article.id))?.shareCard;
        assert.match(card?.ogImage ?? '', /^\/media\/[0-9a-f]{16}/);
        assert.equal(card?.twitterImage, 'https://images.example.org/tw.png');
        const { document } = await target.page((await target.inject('/welcome/')).headers.location as string);
        const meta = (selector: string) => document.querySelector(selector)?.getAttribute('content');
        assert.equal(meta('meta[property="og:image"]'), `http://dossier.test${card!.ogImage}`);
        assert.equal(meta('meta[property="og:description"]'), 'Shared description');
        assert.equal(meta('meta[name="twitter:image"]'), 'https://images.example.org/tw.png');
        assert.equal(meta('meta[name="twitter:title"]'), 'Tweeted title');
        assert.equal(meta('meta[name="twitter:description"]'), 'Shared description', 'Twitter falls back to Open Graph');
        assert.match(document.querySelector('.byline .byline-avatar img')?.getAttribute('srcset') ?? '', /\/media\//);
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
