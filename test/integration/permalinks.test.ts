import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { ENGINES } from '../support/databases.js';
import { buildArticle, seedStructure } from '../support/factories.js';
import { createTestSite, type TestSite } from '../support/site.js';

for (const engine of ENGINES) {
  describe(`permalink patterns (${engine})`, () => {
    let site: TestSite;
    before(async () => {
      site = await createTestSite(engine, () => new Date('2026-06-01T12:00:00.000Z'));
      await seedStructure(site.services);
      await site.services.articles.save(buildArticle({ slug: 'tide-tables', sectionSlug: 'water', publishedAt: '2026-03-09T10:00:00.000Z' }));
      await site.services.articles.save(buildArticle({ kind: 'page', slug: 'about', title: 'About', sectionSlug: null, body: 'Us.' }));
    });
    after(() => site.close());

    const cases: Array<[string, string]> = [
      ['/:year/:slug', '/2026/tide-tables'],
      ['/:section/:slug', '/water/tide-tables'],
      ['/:slug', '/tide-tables'],
      ['/:year/:month/:slug', '/2026/03/tide-tables'],
    ];
    for (const [pattern, path] of cases) {
      test(`${pattern}: the article lives at ${path}; every other shape redirects there`, async () => {
        await site.services.settings.update({ permalinkPattern: pattern });
        const { response, document } = await site.page(path);
        assert.equal(response.statusCode, 200, path);
        assert.equal(document.querySelector('link[rel="canonical"]')?.getAttribute('href'), `http://dossier.test${path}`);
        for (const other of cases.map(([, p]) => p).filter((p) => p !== path)) {
          const moved = await site.inject(`${other}?cpage=1`);
          assert.equal(moved.statusCode, 301, other);
          assert.equal(moved.headers.location, `${path}?cpage=1`, `${other} keeps its query`);
        }
        const home = await site.page('/');
        assert.ok([...home.document.querySelectorAll('.card-title a')].some((a) => a.getAttribute('href') === path), 'lists link the new address');
        const sitemap = await site.inject('/sitemaps/articles-1.xml');
        assert.match(sitemap.body, new RegExp(`<loc>http://dossier\\.test${path.replace(/\//g, '\\/')}</loc>`));
        assert.equal((await site.inject('/about')).statusCode, 200, 'pages stay where they were');
      });
    }

    test('comments can be posted and read under the one-segment pattern', async () => {
      await site.services.settings.update({ permalinkPattern: '/:slug', commentMinFillSeconds: 0, commentModeration: 'none' });
      const page = await site.page('/tide-tables');
      const form = page.document.querySelector('#comments form')!;
      assert.equal(form.getAttribute('action'), '/tide-tables/comments');
      const fields = new URLSearchParams();
      for (const input of [...form.querySelectorAll('input[type="hidden"]')]) fields.set(input.getAttribute('name')!, input.getAttribute('value') ?? '');
      fields.set('author', 'Noor');
      fields.set('email', 'noor@example.org');
      fields.set('comment', 'A comment under the short address.');
      const posted = await site.inject({ method: 'POST', url: '/tide-tables/comments', headers: { 'content-type': 'application/x-www-form-urlencoded' }, payload: fields.toString() });
      assert.equal(posted.statusCode, 303, posted.body.slice(0, 300));
      const feed = await site.inject('/tide-tables/comments.xml');
      assert.match(feed.body, /A comment under the short address\./);
    });
  });
}
