import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { ENGINES } from '../support/databases.js';
import { buildArticle, seedStructure } from '../support/factories.js';
import { createTestSite, TEST_SITE_URL, type TestSite } from '../support/site.js';

const clock = () => new Date('2026-06-01T12:00:00.000Z');
const ARTICLE = `${TEST_SITE_URL}/2026/01/sand-filters`;
const oembed = (query: string) => `/oembed?${query}`;
const ask = (url: string, extra = '') => oembed(`url=${encodeURIComponent(url)}${extra}`);

/** The fields oEmbed 1.0 (oembed.com, section 2.3.4) requires of every answer and of a "rich" one. */
function assertOEmbedRich(body: Record<string, unknown>) {
  assert.equal(body.version, '1.0');
  assert.ok(['link', 'rich'].includes(String(body.type)));
  assert.equal(body.type, 'rich');
  assert.equal(typeof body.html, 'string');
  assert.ok(Number.isInteger(body.width) && (body.width as number) > 0, 'width is a positive integer');
  assert.ok(Number.isInteger(body.height) && (body.height as number) > 0, 'height is a positive integer');
  // Thumbnail fields come all together or not at all.
  const thumb = ['thumbnail_url', 'thumbnail_width', 'thumbnail_height'].filter((k) => k in body);
  assert.ok(thumb.length === 0 || thumb.length === 3, `thumbnail fields: ${thumb.join(',')}`);
}

for (const engine of ENGINES) {
  describe(`oEmbed provider (${engine})`, () => {
    let site: TestSite;
    before(async () => {
      site = await createTestSite(engine, clock);
      await seedStructure(site.services);
      await site.services.articles.save(buildArticle({ slug: 'sand-filters', title: 'Sand <b>& "Filters"</b>', dek: 'How <script>x</script> sand cleans water.', authorSlugs: ['ada', 'ben'] }));
      await site.services.articles.save(buildArticle({ slug: 'still-draft', status: 'draft', publishedAt: undefined }));
    });
    after(() => site.close());

    test('an article page links its oEmbed answer, which names the article, its authors and the site', async () => {
      const { document } = await site.page('/2026/01/sand-filters');
      const link = document.querySelector('link[rel="alternate"][type="application/json+oembed"]');
      assert.ok(link, 'discovery link in the head');
      const href = link.getAttribute('href')!;
      assert.ok(href.startsWith(`${TEST_SITE_URL}/oembed?`), href);
      const response = await site.inject(href.slice(TEST_SITE_URL.length));
      assert.equal(response.statusCode, 200);
      assert.match(String(response.headers['content-type']), /^application\/json/);
      const body = response.json() as Record<string, unknown>;
      assertOEmbedRich(body);
      assert.equal(body.title, 'Sand <b>& "Filters"</b>');
      assert.equal(body.author_name, 'Ada Brook, Ben Okafor');
      assert.equal(body.author_url, `${TEST_SITE_URL}/author/ada`);
      assert.equal(body.provider_url, `${TEST_SITE_URL}/`);
      assert.equal(typeof body.provider_name, 'string');
      assert.equal(body.cache_age, 86400);
      // No featured image: the generated share card stands in, and it answers a PNG.
      assert.match(String(body.thumbnail_url), /^http:\/\/dossier\.test\/_card\/articles\/sand-filters\.png\?v=/);
      assert.equal(body.thumbnail_width, 1200);
      const card = await site.inject(String(body.thumbnail_url).slice(TEST_SITE_URL.length));
      assert.equal(card.statusCode, 200);
      assert.equal(card.headers['content-type'], 'image/png');
    });

    test('the embedded HTML is a card linking back, with the title escaped and no script', async () => {
      const body = (await site.inject(ask(ARTICLE))).json() as { html: string };
      const html = body.html;
      assert.match(html, /^<blockquote /);
      assert.ok(html.includes(`<a href="${ARTICLE}">Sand &lt;b>&amp; &quot;Filters&quot;&lt;/b></a>`), html);
      assert.ok(!/<script|<iframe|on\w+=/i.test(html), html);
      assert.ok(html.includes('Ada Brook, Ben Okafor'));
    });

    test('maxwidth and maxheight bound the card and drop a thumbnail that is too large', async () => {
      const body = (await site.inject(ask(ARTICLE, '&format=json&maxwidth=300&maxheight=200'))).json() as Record<string, unknown>;
      assertOEmbedRich(body);
      assert.ok((body.width as number) <= 300 && (body.height as number) <= 200);
      assert.ok(!('thumbnail_url' in body), 'a 1200px card is larger than 300px');
      assert.match(String(body.html), /max-width:300px/);
      const bad = await site.inject(ask(ARTICLE, '&maxwidth=-5'));
      assert.equal(bad.statusCode, 400);
      assert.equal(bad.json().field, 'maxwidth');
    });

    test('unknown, draft, off-site and non-article addresses are 404; xml is 501; no url is 400', async () => {
      for (const url of [
        `${TEST_SITE_URL}/2026/01/no-such-article`, `${TEST_SITE_URL}/2026/01/still-draft`, 'https://elsewhere.example/2026/01/sand-filters',
        `${TEST_SITE_URL}/tag/sand-filters`, `${TEST_SITE_URL}/`, 'not a url', `${TEST_SITE_URL}/2026/01/a%00b`, 'javascript:alert(1)',
      ]) {
        const response = await site.inject(ask(url));
        assert.equal(response.statusCode, 404, url);
        assert.match(String(response.headers['content-type']), /^application\/json/, url);
      }
      assert.equal((await site.inject(ask(ARTICLE, '&format=xml'))).statusCode, 501);
      const missing = await site.inject(oembed('format=json'));
      assert.equal(missing.statusCode, 400);
      assert.equal(missing.json().field, 'url');
    });
  });
}
