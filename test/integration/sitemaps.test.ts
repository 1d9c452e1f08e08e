import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { Readable } from 'node:stream';
import { parseSitemap, parseSitemapIndex } from 'sitemap';
import { ENGINES } from '../support/databases.js';
import { buildArticle, seedStructure } from '../support/factories.js';
import { createTestSite, TEST_SITE_URL, type TestSite } from '../support/site.js';
import { xmllint } from '../support/xml.js';

const clock = () => new Date('2026-06-01T12:00:00.000Z');
const URLSET_XSD = 'test/fixtures/sitemaps/urlset.xsd';
const INDEX_XSD = 'test/fixtures/sitemaps/siteindex.xsd';
const url = (path: string) => `${TEST_SITE_URL}${path}`;

const PUBLISHED = ['/2026/05/fresh', '/2026/05/three-days', '/2026/03/older', '/2025/11/filters-old', '/2026/04/clock'];

for (const engine of ENGINES) {
  describe(`sitemaps and robots.txt (${engine})`, () => {
    let site: TestSite;
    before(async () => {
      site = await createTestSite(engine, clock);
      await seedStructure(site.services);
      const save = site.services.articles.save;
      await save(buildArticle({ slug: 'fresh', title: 'Fresh & new', publishedAt: '2026-05-31T18:00:00.000Z', tagSlugs: ['pipes'] }));
      await save(buildArticle({ slug: 'three-days', publishedAt: '2026-05-29T10:00:00.000Z' }));
      await save(buildArticle({ slug: 'older', publishedAt: '2026-03-01T10:00:00.000Z', updatedAt: '2026-03-05T10:00:00.000Z' }));
      await save(buildArticle({ slug: 'filters-old', sectionSlug: 'filters', publishedAt: '2025-11-01T10:00:00.000Z', updatedAt: '2025-11-02T10:00:00.000Z' }));
      await save(buildArticle({ slug: 'clock', sectionSlug: 'time', authorSlugs: ['ben'], publishedAt: '2026-04-01T10:00:00.000Z' }));
      await save(buildArticle({ slug: 'draft', status: 'draft' }));
      await save(buildArticle({ slug: 'future', publishedAt: '2026-07-01T10:00:00.000Z' }));
      await save(buildArticle({ kind: 'page', slug: 'about', title: 'About', sectionSlug: null, body: 'About us.' }));
    });
    after(() => site.close());

    async function fetchUrlset(path: string) {
      const response = await site.inject(path);
      assert.equal(response.statusCode, 200, path);
      assert.match(response.headers['content-type'] as string, /^application\/xml/);
      assert.equal(await xmllint(response.body), '', `${path} is well-formed`);
      const items = await parseSitemap(Readable.from([response.body]));
      if (items.length > 0) assert.equal(await xmllint(response.body, URLSET_XSD), '', `${path} is a valid sitemap`);
      return { body: response.body, items };
    }

    test('the index is valid and names every sitemap; each parses and validates', async () => {
      const index = await site.inject('/sitemap.xml');
      assert.equal(index.statusCode, 200);
      assert.equal(await xmllint(index.body, INDEX_XSD), '');
      const files = (await parseSitemapIndex(Readable.from([index.body]))).map((f) => f.url);
      assert.deepEqual(files, ['articles-1', 'pages', 'sections', 'tags', 'authors', 'news'].map((n) => url(`/sitemaps/${n}.xml`)));
      for (const file of files) await fetchUrlset(new URL(file).pathname);
    });

    test('every published article is listed exactly once, with its last update; drafts and future ones never', async () => {
      const { items } = await fetchUrlset('/sitemaps/articles-1.xml');
      const urls = items.map((i) => i.url);
      assert.equal(new Set(urls).size, urls.length, 'no duplicates');
      assert.deepEqual([...urls].sort(), PUBLISHED.map(url).sort());
      const older = items.find((i) => i.url === url('/2026/03/older'));
      assert.equal(older?.lastmod, '2026-03-05T10:00:00.000Z');
      assert.equal((await site.inject('/sitemaps/articles-2.xml')).statusCode, 404);
      assert.equal((await site.inject('/sitemaps/other.xml')).statusCode, 404);
    });

    test('pages, sections, tags and authors sitemaps list their pages with lastmod', async () => {
      const pages = (await fetchUrlset('/sitemaps/pages.xml')).items.map((i) => i.url);
      assert.deepEqual(pages, [url('/'), url('/corrections'), url('/sources'), url('/about')], 'the corrections log and the Sources page are listed');
      const sections = await fetchUrlset('/sitemaps/sections.xml');
      assert.deepEqual(sections.items.map((i) => i.url).sort(), ['/section/time', '/section/water', '/section/water/treatment', '/section/water/treatment/filters'].map(url));
      const treatment = sections.items.find((i) => i.url === url('/section/water/treatment'));
      assert.equal(treatment?.lastmod, '2025-11-02T10:00:00.000Z', 'a section is as new as its newest subsection article');
      assert.deepEqual((await fetchUrlset('/sitemaps/tags.xml')).items.map((i) => i.url), [url('/tag/pipes')], 'tags without published articles are left out');
      assert.deepEqual((await fetchUrlset('/sitemaps/authors.xml')).items.map((i) => i.url).sort(), [url('/author/ada'), url('/author/ben')]);
    });

    test('the Google News sitemap lists the last 48 hours only, in the news namespace', async () => {
      const { body, items } = await fetchUrlset('/sitemaps/news.xml');
      assert.match(body, /xmlns:news="http:\/\/www.google.com\/schemas\/sitemap-news\/0.9"/);
      assert.deepEqual(items.map((i) => i.url), [url('/2026/05/fresh')]);
      assert.equal(items[0]?.news?.title, 'Fresh & new');
      assert.equal(items[0]?.news?.publication.name, 'Dossier');
      assert.equal(items[0]?.news?.publication.language, 'en');
      assert.equal(items[0]?.news?.publication_date, '2026-05-31T18:00:00.000Z');
    });

    test('robots.txt names the sitemap index; sitemaps answer 304 when unchanged', async () => {
      const robots = await site.inject('/robots.txt');
      assert.equal(robots.statusCode, 200);
      assert.match(robots.body, new RegExp(`^Sitemap: ${url('/sitemap.xml')}$`, 'm'));
      const first = await site.inject('/sitemaps/articles-1.xml');
      const again = await site.inject({ url: '/sitemaps/articles-1.xml', headers: { 'if-none-match': first.headers.etag as string } });
      assert.equal(again.statusCode, 304);
    });
  });
}
