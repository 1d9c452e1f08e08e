// A list page reads its articles' bylines and comment counts by the page's own ids, beside
// the page itself (one round trip on PostgreSQL): they must be exactly the page's articles'.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { parseHTML } from 'linkedom';
import { ENGINES } from '../support/databases.js';
import { formTokenOf, postComment } from '../support/comments.js';
import { buildArticle, seedStructure } from '../support/factories.js';
import { createTestSite, type TestSite } from '../support/site.js';

for (const engine of ENGINES) {
  describe(`list pages: bylines and comment counts of the page's articles (${engine})`, () => {
    let site: TestSite;
    let now = new Date('2026-06-01T12:00:00.000Z');
    before(async () => {
      site = await createTestSite(engine, () => now, { pageCache: false });
      await seedStructure(site.services);
      const { articles } = site.services;
      await articles.save(buildArticle({ slug: 'oldest', sectionSlug: 'water', authorSlugs: ['ada'], publishedAt: '2026-01-01T08:00:00.000Z' }));
      await articles.save(buildArticle({ slug: 'middle', sectionSlug: 'water', authorSlugs: ['ben', 'ada'], publishedAt: '2026-02-01T08:00:00.000Z' }));
      await articles.save(buildArticle({ slug: 'newest', sectionSlug: 'time', authorSlugs: ['ada', 'ben'], publishedAt: '2026-03-01T08:00:00.000Z' }));
      await site.services.settings.update({ postsPerPage: 2 });
      // Two comments on the middle article: one approved, one left pending.
      for (const [i, text] of ['Approved remark.', 'Pending remark.'].entries()) {
        const token = await formTokenOf(site, '/2026/02/middle');
        now = new Date(now.getTime() + 10_000);
        const response = await postComment(site, '/2026/02/middle', { comment: text, author: `Reader ${i}`, email: `reader${i}@example.org` }, { token, ip: `198.51.100.${i + 1}` });
        assert.equal(response.statusCode, 303);
      }
      const [first] = await site.services.comments.list({ status: 'pending' }).then((all) => all.filter((c) => c.body.includes('Approved')));
      await site.services.comments.setStatus([first!.id], 'approved');
    });
    after(() => site.close());

    test('each page gets its own articles\' bylines in byline order and approved comments only', async () => {
      const at = now.toISOString();
      const { repos } = site.site.store;
      const pageOne = await repos.listings.page({ scope: 'home', scopeId: 0, now: at, limit: 2, offset: 0 });
      const one = await repos.listings.pageDetails({ scope: 'home', scopeId: 0, now: at, limit: 2, offset: 0 });
      assert.deepEqual(pageOne.map((a) => a.slug), ['newest', 'middle']);
      const byId = (slug: string) => pageOne.find((a) => a.slug === slug)!.id;
      assert.deepEqual([...one.authors.keys()].sort(), [byId('newest'), byId('middle')].sort(), 'no byline of an article off the page');
      assert.deepEqual(one.authors.get(byId('newest'))!.map((a) => a.slug), ['ada', 'ben']);
      assert.deepEqual(one.authors.get(byId('middle'))!.map((a) => a.slug), ['ben', 'ada']);
      assert.deepEqual([...one.approvedComments], [[byId('middle'), 1]], 'the pending comment is not counted');
      const two = await repos.listings.pageDetails({ scope: 'home', scopeId: 0, now: at, limit: 2, offset: 2 });
      assert.deepEqual([...two.authors.values()].map((list) => list.map((a) => a.slug)), [['ada']]);
      assert.equal(two.approvedComments.size, 0);
    });

    test('details read by the ids a page found equal those read by its offset (deep pages use them)', async () => {
      const at = now.toISOString();
      const { repos } = site.site.store;
      for (const offset of [0, 2]) {
        const query = { scope: 'home', scopeId: 0, now: at, limit: 2, offset } as const;
        const ids = (await repos.listings.page(query)).map((a) => a.id);
        const [byOffset, byIds] = await Promise.all([repos.listings.pageDetails(query), repos.listings.detailsOf(ids)]);
        const plain = (d: typeof byOffset) => ({
          authors: [...d.authors].sort(([a], [b]) => a - b).map(([id, list]) => [id, list.map((x) => x.slug)]),
          approved: [...d.approvedComments].sort(([a], [b]) => a - b),
          images: [...d.images.keys()].sort(),
        });
        assert.deepEqual(plain(byIds), plain(byOffset), `offset ${offset}`);
      }
      const none = await repos.listings.detailsOf([]);
      assert.equal(none.authors.size + none.approvedComments.size + none.images.size, 0);
    });

    test('the home and section pages show them', async () => {
      const home = parseHTML((await site.inject('/')).body).document;
      const text = home.querySelector('main')?.textContent ?? '';
      assert.match(text, /Ben Okafor\s*and\s*Ada Brook/, 'the middle article\'s byline, in its order');
      assert.match(text, /· 1 comment(?!s)/);
      assert.doesNotMatch(text, /2 comments/);
      const water = parseHTML((await site.inject('/section/water')).body).document.querySelector('main')?.textContent ?? '';
      assert.match(water, /Ben Okafor\s*and\s*Ada Brook/);
    });
  });
}
