import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { ENGINES } from '../support/databases.js';
import { buildArticle, seedStructure } from '../support/factories.js';
import { createTestSite, type TestSite } from '../support/site.js';

const clock = () => new Date('2026-06-01T12:00:00.000Z');
const day = (n: number) => `2026-03-${String(n).padStart(2, '0')}T08:00:00.000Z`;

for (const engine of ENGINES) {
  describe(`home, section, tag and author pages (${engine})`, () => {
    let site: TestSite;
    before(async () => {
      site = await createTestSite(engine, clock);
      await seedStructure(site.services);
      // 12 in water, 2 in filters (a grandchild of water), 1 in time; one draft.
      for (let i = 1; i <= 12; i++) await site.services.articles.save(buildArticle({ slug: `water-${i}`, publishedAt: day(i) }));
      await site.services.articles.save(buildArticle({ slug: 'filter-a', sectionSlug: 'filters', publishedAt: day(20), tagSlugs: ['pipes'] }));
      await site.services.articles.save(buildArticle({ slug: 'filter-b', sectionSlug: 'filters', publishedAt: day(21), authorSlugs: ['ben'] }));
      await site.services.articles.save(buildArticle({ slug: 'clock-1', sectionSlug: 'time', publishedAt: day(22), authorSlugs: ['ben'], tagSlugs: ['clocks', 'pipes'] }));
      await site.services.articles.save(buildArticle({ slug: 'clock-draft', sectionSlug: 'time', status: 'draft', authorSlugs: ['ben'], tagSlugs: ['clocks'] }));
      await site.services.articles.save(buildArticle({ kind: 'page', slug: 'about', title: 'About us', sectionSlug: null, body: 'We write.' }));
    });
    after(() => site.close());

    const hrefs = (document: Document) => [...document.querySelectorAll('.cards .card-title a')].map((a) => a.getAttribute('href'));

    test('home lists the latest published articles, 10 a page, newest first', async () => {
      const { response, document } = await site.page('/');
      assert.equal(response.statusCode, 200);
      assert.deepEqual(hrefs(document).slice(0, 3), ['/2026/03/clock-1', '/2026/03/filter-b', '/2026/03/filter-a']);
      assert.equal(hrefs(document).length, 10);
      assert.equal(document.querySelector('link[rel="next"]')?.getAttribute('href'), '/page/2');
      const second = await site.page('/page/2');
      assert.equal(hrefs(second.document).length, 5);
      assert.equal(second.document.querySelector('a[rel="prev"]')?.getAttribute('href'), '/');
      assert.equal(second.document.querySelector('link[rel="canonical"]')?.getAttribute('href'), 'http://dossier.test/page/2');
    });

    test('the older ?page=N answers 301 to the /page/N path, and /page/1 to the list itself', async () => {
      for (const [from, to] of [['/?page=2', '/page/2'], ['/?page=1', '/'], ['/page/1', '/'], ['/section/water?page=2', '/section/water/page/2'],
        ['/tag/pipes?page=2', '/tag/pipes/page/2'], ['/author/ben?page=3', '/author/ben/page/3'], ['/tag/pipes/page/1', '/tag/pipes']]) {
        const response = await site.inject(from!);
        assert.equal(response.statusCode, 301, from);
        assert.equal(response.headers.location, to, from);
      }
    });

    test('malformed or missing page numbers answer 404, never 500', async () => {
      for (const query of ['abc', '-1', '0', '1.5', '99999999999', '%00', '1&page=2']) {
        const response = await site.inject(`/?page=${query}`);
        assert.equal(response.statusCode, 404, query);
        assert.match(response.headers['content-type'] as string, /text\/html/);
      }
      for (const path of ['/page/abc', '/page/-1', '/page/0', '/page/3', '/page/99999999999', '/section/water/page/9', '/tag/pipes/page/x']) {
        const response = await site.inject(path);
        assert.equal(response.statusCode, 404, path);
        assert.match(response.headers['content-type'] as string, /text\/html/);
      }
    });

    test('a section lists its own articles and those of its subsections', async () => {
      const { document } = await site.page('/section/water/treatment');
      assert.deepEqual(hrefs(document), ['/2026/03/filter-b', '/2026/03/filter-a']);
      assert.deepEqual([...document.querySelectorAll('.subsections a')].map((a) => a.textContent), ['Filters']);
      const water = await site.page('/section/water/page/2');
      assert.equal(hrefs(water.document).length, 4);
      const trail = [...water.document.querySelectorAll('nav[aria-label="Breadcrumb"] a')].map((a) => a.textContent);
      assert.deepEqual(trail, ['Home', 'Water']);
    });

    test('a section path must be the full path; a stray slash is redirected', async () => {
      assert.equal((await site.inject('/section/treatment')).statusCode, 404);
      assert.equal((await site.inject('/section/nope')).statusCode, 404);
      const slash = await site.inject('/section/water/');
      assert.equal(slash.statusCode, 301);
      assert.equal(slash.headers.location, '/section/water');
    });

    test('a tag page lists published articles with the tag', async () => {
      const { document } = await site.page('/tag/clocks');
      assert.deepEqual(hrefs(document), ['/2026/03/clock-1']);
      assert.equal((await site.inject('/tag/unknown')).statusCode, 404);
    });

    test('an author page shows the bio and the author’s published articles', async () => {
      const { document } = await site.page('/author/ben');
      assert.equal(document.querySelector('h1')?.textContent, 'Ben Okafor');
      assert.equal(document.querySelector('.page-intro')?.textContent, 'Ben writes about clocks.');
      assert.deepEqual(hrefs(document), ['/2026/03/clock-1', '/2026/03/filter-b']);
      assert.equal((await site.inject('/author/nobody')).statusCode, 404);
    });

    test('standalone pages are served at the root and linked in the footer', async () => {
      const { response, document } = await site.page('/about');
      assert.equal(response.statusCode, 200);
      assert.equal(document.querySelector('h1')?.textContent, 'About us');
      const footer = [...document.querySelectorAll('footer nav a')].map((a) => [a.textContent, a.getAttribute('href')]);
      assert.deepEqual(footer, [['About us', '/about']]);
      assert.ok(!hrefs((await site.page('/')).document).includes('/about'), 'pages are not listed as articles');
    });
  });
}
