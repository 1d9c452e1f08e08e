import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { parseFeed } from 'feedsmith';
import { ENGINES } from '../support/databases.js';
import { buildArticle, seedStructure } from '../support/factories.js';
import { createTestSite, TEST_SITE_URL, type TestSite } from '../support/site.js';
import { xmllint } from '../support/xml.js';

const clock = () => new Date('2026-06-01T12:00:00.000Z');
const RFC822 = /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}:\d{2} GMT$/;
const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;
const url = (path: string) => `${TEST_SITE_URL}${path}`;

// Scope page → the articles its feed lists, newest first.
const SCOPES: Array<[string, string[]]> = [
  ['', ['/2026/04/clock-1', '/2026/03/filter-1', '/2026/02/water-2', '/2026/01/water-1']],
  ['/section/water', ['/2026/03/filter-1', '/2026/02/water-2', '/2026/01/water-1']],
  ['/section/water/treatment', ['/2026/03/filter-1']],
  ['/tag/pipes', ['/2026/04/clock-1', '/2026/01/water-1']],
  ['/author/ben', ['/2026/04/clock-1']],
];

for (const engine of ENGINES) {
  describe(`feeds (${engine})`, () => {
    let site: TestSite;
    before(async () => {
      site = await createTestSite(engine, clock);
      await seedStructure(site.services);
      const save = site.services.articles.save;
      await save(buildArticle({ slug: 'water-1', publishedAt: '2026-01-10T08:00:00.000Z', tagSlugs: ['pipes'] }));
      await save(buildArticle({ slug: 'water-2', publishedAt: '2026-02-10T08:00:00.000Z', updatedAt: '2026-05-01T09:30:00.000Z' }));
      await save(buildArticle({ slug: 'filter-1', sectionSlug: 'filters', publishedAt: '2026-03-10T08:00:00.000Z' }));
      await save(buildArticle({ slug: 'clock-1', sectionSlug: 'time', authorSlugs: ['ben'], tagSlugs: ['pipes', 'clocks'], publishedAt: '2026-04-10T08:00:00.000Z' }));
      await save(buildArticle({ slug: 'draft-1', status: 'draft', tagSlugs: ['pipes'] }));
      await save(buildArticle({ slug: 'future-1', publishedAt: '2026-09-10T08:00:00.000Z', authorSlugs: ['ben'] }));
    });
    after(() => site.close());

    for (const [base, expected] of SCOPES) {
      test(`${base || 'site'}: RSS 2.0, Atom 1.0 and JSON Feed 1.1 parse and list the right items`, async () => {
        const rss = await site.inject(`${base}/feed.xml`);
        assert.equal(rss.statusCode, 200);
        assert.match(rss.headers['content-type'] as string, /^application\/rss\+xml/);
        assert.equal(await xmllint(rss.body), '');
        const parsedRss = parseFeed(rss.body);
        assert.equal(parsedRss.format, 'rss');
        const rssFeed = parsedRss.feed as { items: Array<{ link: string; guid: { value: string }; pubDate: string }>; atom?: { links?: Array<{ href: string; rel: string }> } };
        assert.deepEqual(rssFeed.items.map((i) => i.link), expected.map(url));
        for (const item of rssFeed.items) {
          assert.equal(item.guid.value, item.link);
          assert.match(item.pubDate, RFC822);
        }
        assert.ok(rssFeed.atom?.links?.some((l) => l.rel === 'self' && l.href === url(`${base}/feed.xml`)), 'RSS names itself');

        const atom = await site.inject(`${base}/feed.atom`);
        assert.match(atom.headers['content-type'] as string, /^application\/atom\+xml/);
        assert.equal(await xmllint(atom.body), '');
        const parsedAtom = parseFeed(atom.body);
        assert.equal(parsedAtom.format, 'atom');
        const atomFeed = parsedAtom.feed as { id: string; updated: string; links: Array<{ href: string; rel?: string }>; entries: Array<{ id: string; updated: string; links: Array<{ href: string }> }> };
        assert.equal(atomFeed.id, url(base || '/'));
        assert.match(atomFeed.updated, RFC3339);
        assert.ok(atomFeed.links.some((l) => l.rel === 'self' && l.href === url(`${base}/feed.atom`)), 'Atom names itself');
        assert.deepEqual(atomFeed.entries.map((e) => e.id), expected.map(url));
        for (const entry of atomFeed.entries) assert.match(entry.updated, RFC3339);

        const json = await site.inject(`${base}/feed.json`);
        assert.match(json.headers['content-type'] as string, /^application\/feed\+json/);
        const raw = JSON.parse(json.body) as { version: string; feed_url: string; items: Array<{ date_published: string; authors: unknown[] }> };
        assert.equal(raw.version, 'https://jsonfeed.org/version/1.1');
        assert.equal(raw.feed_url, url(`${base}/feed.json`));
        const parsedJson = parseFeed(json.body);
        assert.equal(parsedJson.format, 'json');
        assert.deepEqual((parsedJson.feed as { items: Array<{ url: string }> }).items.map((i) => i.url), expected.map(url));
        for (const item of raw.items) {
          assert.match(item.date_published, RFC3339);
          assert.ok(item.authors.length > 0);
        }
      });
    }

    test('full content carries the notes, and every note link is absolute', async () => {
      const rss = await site.inject('/feed.xml');
      const item = (parseFeed(rss.body).feed as { items: Array<{ link: string; content?: { encoded?: string } }> }).items[0]!;
      const html = item.content?.encoded ?? '';
      assert.match(html, /First source, p\. 1\./);
      assert.ok(html.includes(`href="${url('/2026/04/clock-1')}#clock-1-note-1"`), 'marker → absolute note link');
      assert.ok(html.includes(`href="${url('/2026/04/clock-1')}#clock-1-ref-1-1"`), 'note → absolute back-link');
      assert.doesNotMatch(html, /href="#|href="\/(?!\/)/);
    });

    test('ETag and Last-Modified answer 304 when the client is current', async () => {
      const first = await site.inject('/feed.atom');
      const etag = first.headers.etag as string;
      assert.match(etag, /^"[\w-]+"$/);
      // Saved without an explicit revision time, articles were last updated "now".
      assert.equal(first.headers['last-modified'], 'Mon, 01 Jun 2026 12:00:00 GMT');
      const byEtag = await site.inject({ url: '/feed.atom', headers: { 'if-none-match': etag } });
      assert.equal(byEtag.statusCode, 304);
      assert.equal(byEtag.body, '');
      const byDate = await site.inject({ url: '/feed.atom', headers: { 'if-modified-since': 'Mon, 01 Jun 2026 12:00:00 GMT' } });
      assert.equal(byDate.statusCode, 304);
      const stale = await site.inject({ url: '/feed.atom', headers: { 'if-modified-since': 'Thu, 30 Apr 2026 00:00:00 GMT' } });
      assert.equal(stale.statusCode, 200);
      const otherTag = await site.inject({ url: '/feed.atom', headers: { 'if-none-match': '"nope"', 'if-modified-since': 'Mon, 01 Jun 2026 12:00:00 GMT' } });
      assert.equal(otherTag.statusCode, 200, 'If-None-Match wins over If-Modified-Since');
    });

    test('feeds of unknown sections, tags and authors answer 404', async () => {
      for (const path of ['/tag/nope/feed.xml', '/author/nobody/feed.json', '/section/water/nope/feed.atom', '/section/treatment/feed.xml']) {
        assert.equal((await site.inject(path)).statusCode, 404, path);
      }
    });
  });
}
