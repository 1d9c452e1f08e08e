import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { openSite } from '../../src/main.js';
import { ENGINES } from '../support/databases.js';
import { seedStructure } from '../support/factories.js';
import { userWithRole, type AdminSession } from '../support/admin.js';
import { createTestSite, TEST_SITE_URL, type TestSite } from '../support/site.js';

const clock = () => new Date('2026-06-01T12:00:00.000Z');
const meta = (document: Document, key: string) =>
  document.querySelector(`meta[property="${key}"], meta[name="${key}"]`)?.getAttribute('content') ?? null;
const newsArticle = (document: Document) =>
  [...document.querySelectorAll('script[type="application/ld+json"]')].map((s) => JSON.parse(s.textContent ?? '') as Record<string, unknown>)
    .find((d) => d['@type'] === 'NewsArticle')!;
/** The site-relative path of an absolute URL on the test site (query kept). */
const local = (url: string | null) => {
  assert.ok(url?.startsWith(`${TEST_SITE_URL}/`), `absolute URL on the site: ${url}`);
  return url!.slice(TEST_SITE_URL.length);
};
// Titles are at most 300 characters; the 300-character word alone is in share-card.test.ts.
const HOSTILE = `<script>alert("x")</script> & 'quoted' "twice" ${'W'.repeat(230)} ]]> <!--`;

for (const engine of ENGINES) {
  describe(`share images and generated cards (${engine})`, () => {
    let site: TestSite;
    let editor: AdminSession;
    let mediaDir: string;
    const keptCards = () => readdirSync(join(mediaDir, 'cards')).filter((name) => name.endsWith('.png'));
    const publish = async (title: string, fields: Record<string, string> = {}) => {
      const created = await editor.post('/admin/articles', { title, body: 'Some text.', section: 'water', action: 'publish', ...fields });
      assert.equal(created.statusCode, 303, `publishing “${title.slice(0, 40)}”`);
      return /articles\/(\d+)/.exec(String(created.headers.location))![1]!;
    };
    const cardOf = async (path: string) => {
      const { response, document } = await site.page(path);
      assert.equal(response.statusCode, 200, path);
      return { document, image: meta(document, 'og:image') };
    };
    before(async () => {
      mediaDir = mkdtempSync(join(tmpdir(), 'dossier-cards-'));
      site = await createTestSite(engine, clock, { mediaDir });
      await seedStructure(site.services);
      editor = await userWithRole(site, 'editor');
    });
    after(async () => {
      await site.close();
      rmSync(mediaDir, { recursive: true, force: true });
    });

    test('an article with a featured image shares that image: og, twitter and JSON-LD, absolute, answering an image', async () => {
      const bytes = await sharp({ create: { width: 1400, height: 800, channels: 3, background: { r: 200, g: 120, b: 40 } } }).jpeg().toBuffer();
      const media = await site.services.media.upload({ bytes, filename: 'dunes.jpg', alt: 'Dunes at noon', userId: null });
      await publish('Dunes', { featuredMediaId: String(media.id), featuredAlt: 'Sand dunes at noon' });
      const { document, image } = await cardOf('/2026/06/dunes');
      assert.match(image ?? '', /^http:\/\/dossier\.test\/media\/.*\.jpg$/);
      assert.equal(meta(document, 'twitter:image'), image);
      assert.equal(meta(document, 'twitter:card'), 'summary_large_image');
      assert.deepEqual((newsArticle(document)['image'] as string[])[0], image);
      // The largest plain size, which is the image itself below 1600 px.
      assert.equal(meta(document, 'og:image:width'), '1400');
      assert.equal(meta(document, 'og:image:height'), '800');
      assert.equal(meta(document, 'og:image:alt'), 'Sand dunes at noon');
      const answer = await site.inject(local(image));
      assert.equal(answer.statusCode, 200);
      assert.match(String(answer.headers['content-type']), /^image\//);
    });

    test('without one, the page links a generated 1200×630 PNG card of its title, different for another title', async () => {
      await publish('Reservoir levels in a dry summer');
      await publish('How a water meter counts');
      const first = await cardOf('/2026/06/reservoir-levels-in-a-dry-summer');
      const second = await cardOf('/2026/06/how-a-water-meter-counts');
      assert.match(first.image ?? '', /^http:\/\/dossier\.test\/_card\/articles\/reservoir-levels-in-a-dry-summer\.png\?v=\w+$/);
      assert.equal(meta(first.document, 'twitter:image'), first.image);
      assert.equal(meta(first.document, 'twitter:card'), 'summary_large_image');
      assert.deepEqual((newsArticle(first.document)['image'] as string[])[0], first.image);
      assert.equal(meta(first.document, 'og:image:width'), '1200');
      const a = await site.inject(local(first.image));
      const b = await site.inject(local(second.image));
      for (const answer of [a, b]) {
        assert.equal(answer.statusCode, 200);
        assert.equal(answer.headers['content-type'], 'image/png');
        assert.equal(answer.headers['cache-control'], 'public, max-age=31536000, immutable');
        const info = await sharp(answer.rawPayload).metadata();
        assert.deepEqual([info.format, info.width, info.height], ['png', 1200, 630]);
      }
      assert.notDeepEqual(a.rawPayload, b.rawPayload);
      // The ETag answers a revalidation without the image.
      const again = await site.inject({ url: local(first.image), headers: { 'if-none-match': String(a.headers.etag) } });
      assert.equal(again.statusCode, 304);
    });

    test('a drawn card is kept in the media folder: the site opened again serves that file and draws nothing', async () => {
      await publish('Kept between restarts');
      const { image } = await cardOf('/2026/06/kept-between-restarts');
      const served = (await site.inject(local(image))).rawPayload;
      const file = keptCards().find((name) => readFileSync(join(mediaDir, 'cards', name)).equals(served));
      assert.ok(file, `the served card is kept in MEDIA_DIR/cards (${keptCards().length} files there)`);
      // Put a different picture in its place: a site opened again on the same database and
      // folder shows that picture, so it read the kept file instead of drawing the card again.
      const marker = await sharp({ create: { width: 1200, height: 630, channels: 3, background: { r: 1, g: 2, b: 3 } } }).png().toBuffer();
      writeFileSync(join(mediaDir, 'cards', file!), marker);
      const reopened = await openSite(site.database.target, clock, { mediaDir });
      try {
        const card = await reopened.services.media.shareCard('kept-between-restarts');
        assert.ok((await card.png()).equals(marker), 'the reopened site serves the kept file');
      } finally {
        await reopened.close();
      }
    });

    test('a hostile title (markup, ampersands, quotes, a 230-character word) still draws a valid PNG', async () => {
      const id = await publish(HOSTILE, { slug: 'hostile-title' });
      assert.ok(id);
      const { image } = await cardOf('/2026/06/hostile-title');
      const answer = await site.inject(local(image));
      assert.equal(answer.statusCode, 200);
      const info = await sharp(answer.rawPayload).metadata();
      assert.deepEqual([info.format, info.width, info.height], ['png', 1200, 630]);
    });

    test('drafts, unknown slugs and malformed card names answer 404', async () => {
      const created = await editor.post('/admin/articles', { title: 'Not yet', body: 'Draft.', section: 'water', action: 'save' });
      assert.equal(created.statusCode, 303);
      for (const path of ['/_card/articles/not-yet.png', '/_card/articles/no-such-article.png', '/_card/articles/dunes', '/_card/articles/%00.png', '/_card/nothing.png']) {
        assert.equal((await site.inject(path)).statusCode, 404, path);
      }
    });

    test('when the title changes, the page links a new card version and the card shows the new title', async () => {
      const id = await publish('Old pumps of the valley', { slug: 'pumps' });
      const before = await cardOf('/2026/06/pumps');
      const oldCard = await site.inject(local(before.image));
      const saved = await editor.post(`/admin/articles/${id}`, { title: 'New pumps of the valley', slug: 'pumps', body: 'Some text.', section: 'water', version: '1' });
      assert.equal(saved.statusCode, 303);
      const afterChange = await cardOf('/2026/06/pumps');
      assert.notEqual(afterChange.image, before.image, 'the cached page was purged and names the new version');
      const newCard = await site.inject(local(afterChange.image));
      assert.equal(newCard.statusCode, 200);
      assert.notDeepEqual(newCard.rawPayload, oldCard.rawPayload);
      assert.notEqual(newCard.headers.etag, oldCard.headers.etag);
      // Another edit that keeps the title keeps the drawing: no new file.
      const kept = keptCards().length;
      const edited = await editor.post(`/admin/articles/${id}`, { title: 'New pumps of the valley', slug: 'pumps', body: 'Other text.', section: 'water', version: '2' });
      assert.equal(edited.statusCode, 303);
      const third = await cardOf('/2026/06/pumps');
      assert.deepEqual((await site.inject(local(third.image))).rawPayload, newCard.rawPayload);
      assert.equal(keptCards().length, kept, 'the same drawing is not kept twice');
    });

    test('home, section, tag and author pages share the site card', async () => {
      const home = await cardOf('/');
      assert.match(home.image ?? '', /^http:\/\/dossier\.test\/_card\/site\.png\?v=\w+$/);
      for (const path of ['/section/water', '/tag/pipes', '/author/ada']) assert.equal((await cardOf(path)).image, home.image, path);
      const answer = await site.inject(local(home.image));
      assert.equal(answer.statusCode, 200);
      const info = await sharp(answer.rawPayload).metadata();
      assert.deepEqual([info.format, info.width, info.height], ['png', 1200, 630]);
    });
  });
}
