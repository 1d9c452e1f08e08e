// The page cache as readers meet it: after each kind of change every page shows it on the
// next request (nothing stale), pages the change does not touch are still answered from
// the cache (nothing purged for nothing), and personal pages are never shared.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import type { LightMyRequestResponse } from 'fastify';
import { parseHTML } from 'linkedom';
import { signIn, PASSWORD } from '../support/admin.js';
import { postComment, cookiesOf } from '../support/comments.js';
import { ENGINES } from '../support/databases.js';
import { buildArticle, seedStructure } from '../support/factories.js';
import { createTestSite, type TestSite } from '../support/site.js';

let now = new Date('2026-06-01T12:00:00.000Z');
const clock = () => now;

const A = '/2026/03/alpha';
const B = '/2026/03/beta';
const C = '/2026/03/gamma';
const PAGES = [
  '/', '/section/water', '/section/time', '/tag/pipes', '/tag/clocks', '/author/ada', '/author/ben',
  A, B, C, '/about', '/feed.xml', '/section/time/feed.atom', '/tag/pipes/feed.json', '/search?q=reservoirs',
  '/sitemap.xml', '/sitemaps/articles-1.xml', '/comments/feed.xml', `${C}/comments.xml`,
];
/** An empty feed's build date is the time it was made: the one part of a page that changes with nothing changed. */
const timeless = (body: string) => (/<item>|<entry>/.test(body) ? body : body.replace(/<lastBuildDate>[^<]*<\/lastBuildDate>/, ''));

// A session cookie (of no one: the page renders as for anyone) keeps every page out of the cache: the page as rendered now.
const FRESH = { cookie: 'dossier_session=nobody-in-particular' };

for (const engine of ENGINES) {
  describe(`page cache (${engine})`, () => {
    let site: TestSite;
    let ids: Record<string, number>;

    before(async () => {
      site = await createTestSite(engine, clock);
      await seedStructure(site.services);
      const { articles } = site.services;
      ids = {
        alpha: (await articles.save(buildArticle({ slug: 'alpha', title: 'Alpha reservoirs', sectionSlug: 'water', tagSlugs: ['pipes'], publishedAt: '2026-03-01T08:00:00.000Z' }))).id,
        beta: (await articles.save(buildArticle({ slug: 'beta', title: 'Beta clocks', sectionSlug: 'time', tagSlugs: ['clocks'], authorSlugs: ['ben'], publishedAt: '2026-03-02T08:00:00.000Z', body: 'Pendulums and escapements.[^a]\n\n[^a]: A source.\n' }))).id,
        gamma: (await articles.save(buildArticle({ slug: 'gamma', title: 'Gamma filters', sectionSlug: 'filters', publishedAt: '2026-03-03T08:00:00.000Z' }))).id,
      };
      await articles.save(buildArticle({ kind: 'page', slug: 'about', title: 'About us', sectionSlug: null, body: 'We write.' }));
      // The first comment form makes the site's comment key (a setting, so every page is purged once).
      await site.inject(A);
    });
    after(() => site.close());

    /** Requests every page until it is cached. */
    async function warm() {
      for (const path of PAGES) {
        await site.inject(path);
        const again = await site.inject(path);
        assert.equal(again.headers['x-cache'], 'HIT', `${path} is cached after one request`);
      }
    }

    /**
     * After a change: every page answers what it would render now (nothing stale), and
     * reports which were answered from the cache.
     */
    async function answers(): Promise<Map<string, string>> {
      const state = new Map<string, string>();
      for (const path of PAGES) {
        const served = await site.inject(path);
        const fresh = await site.inject({ url: path, headers: FRESH });
        assert.equal(served.statusCode, fresh.statusCode, path);
        assert.equal(timeless(served.body), timeless(fresh.body), `${path} shows the change`);
        state.set(path, String(served.headers['x-cache']));
      }
      return state;
    }

    function expectPurged(state: Map<string, string>, purged: string[], kept: string[]) {
      for (const path of purged) assert.notEqual(state.get(path), 'HIT', `${path} was purged`);
      for (const path of kept) assert.equal(state.get(path), 'HIT', `${path} was not purged for nothing`);
    }

    test('editing a published article purges its page, its lists, feeds, search and sitemaps, not the others', async () => {
      await warm();
      const stored = (await site.site.store.repos.articles.findById(ids['beta']!))!;
      await site.services.articles.save(buildArticle({
        slug: 'beta', title: 'Beta clocks, revised', sectionSlug: 'time', tagSlugs: ['clocks'], authorSlugs: ['ben'],
        publishedAt: stored.publishedAt, body: stored.bodyMarkdown,
      }), { id: ids['beta'] });
      const state = await answers();
      assert.match((await site.inject(B)).body, /Beta clocks, revised/);
      // Its dates did not move, so neither did any list's order or the sitemap index's newest change.
      expectPurged(state, ['/', '/section/time', '/tag/clocks', '/author/ben', B, '/feed.xml', '/section/time/feed.atom', '/search?q=reservoirs', '/sitemaps/articles-1.xml'],
        ['/section/water', '/tag/pipes', '/about', '/tag/pipes/feed.json', '/comments/feed.xml', `${C}/comments.xml`, '/sitemap.xml']);
    });

    test('publishing, unpublishing and a scheduled publication purge the lists they change', async () => {
      await warm();
      await site.services.articles.save(buildArticle({ slug: 'delta', title: 'Delta pipes', sectionSlug: 'water', tagSlugs: ['pipes'], publishedAt: '2026-03-04T08:00:00.000Z' }));
      let state = await answers();
      expectPurged(state, ['/', '/section/water', '/tag/pipes', '/author/ada', '/feed.xml', '/tag/pipes/feed.json', '/sitemaps/articles-1.xml'], ['/section/time', '/tag/clocks', '/author/ben', '/about', `${C}/comments.xml`]);

      await warm();
      await site.services.articles.unpublish(ids['gamma']!);
      state = await answers();
      expectPurged(state, ['/', '/section/water', C, '/feed.xml'], ['/section/time', '/tag/clocks', '/author/ben', '/about']);
      assert.equal((await site.inject(C)).statusCode, 404);
      await site.services.articles.save(buildArticle({ slug: 'gamma', title: 'Gamma filters', sectionSlug: 'filters', publishedAt: '2026-03-03T08:00:00.000Z' }), { id: ids['gamma'] });
      assert.equal((await site.inject(C)).statusCode, 200, 'published again');

      await warm();
      await site.services.articles.save(buildArticle({ slug: 'epsilon', title: 'Epsilon clocks', sectionSlug: 'time', tagSlugs: ['clocks'], authorSlugs: ['ben'], status: 'scheduled', publishedAt: '2026-06-01T13:00:00.000Z' }));
      state = await answers();
      expectPurged(state, [], ['/', '/section/time', '/tag/clocks', '/feed.xml', '/about']);
      now = new Date('2026-06-01T13:30:00.000Z');
      await site.services.articles.publishDue();
      state = await answers();
      expectPurged(state, ['/', '/section/time', '/tag/clocks', '/author/ben', '/feed.xml', '/section/time/feed.atom'], ['/section/water', '/tag/pipes', '/about']);
      assert.match((await site.inject('/section/time')).body, /Epsilon clocks/);
    });

    test('an approved comment purges its article and comment feeds; a pending one purges nothing and is shown only to its author', async () => {
      await site.services.comments.updateSettings({ commentModeration: 'all', commentMinFillSeconds: 0 });
      await warm();
      const posted = await postComment(site, C, { comment: 'Held for a moderator.' });
      assert.equal(posted.statusCode, 303);
      const own = await site.inject({ url: C, headers: { cookie: cookiesOf(posted) } });
      assert.match(own.body, /Held for a moderator/, 'the author sees it');
      assert.equal(own.headers['x-cache'], undefined, 'not from the shared cache');
      const anonymous = await site.inject(C);
      assert.equal(anonymous.headers['x-cache'], 'HIT');
      assert.doesNotMatch(anonymous.body, /Held for a moderator/, 'nobody else sees it');

      const [pending] = await site.services.comments.list({ status: 'pending' });
      await site.services.comments.setStatus([pending!.id], 'approved');
      const state = await answers();
      assert.match((await site.inject(C)).body, /Held for a moderator/);
      expectPurged(state, [C, '/comments/feed.xml', `${C}/comments.xml`, '/', '/section/water'], ['/section/time', '/tag/clocks', B, '/sitemap.xml', '/search?q=reservoirs']);
    });

    test('a correction purges the article, its feed entries and sitemap; a setting change purges every page', async () => {
      await warm();
      const admin = await site.services.accounts.add({ email: 'ed@example.org', name: 'Ed', role: 'editor', password: PASSWORD, authorSlug: null });
      await site.services.articles.correct({ kind: 'user', id: admin, role: 'editor', name: 'Ed', authorId: null }, { articleId: ids['alpha']!, kind: 'correction', text: 'The reservoir holds 2 million litres, not 3.' });
      let state = await answers();
      // Its page and feed entries show when it was updated; list cards and related cards do not.
      expectPurged(state, [A, '/feed.xml', '/tag/pipes/feed.json', '/sitemaps/articles-1.xml'], ['/', '/section/water', '/tag/pipes', '/section/time', B, '/about', '/search?q=reservoirs']);

      await warm();
      await site.services.settings.update({ title: 'The Reservoir Desk' });
      state = await answers();
      expectPurged(state, PAGES, []);
      assert.match((await site.inject('/')).body, /The Reservoir Desk/);
    });

    test('signed-in editors get pages from neither side of the cache', async () => {
      await site.services.accounts.add({ email: 'writer@example.org', name: 'Writer', role: 'editor', password: PASSWORD, authorSlug: null });
      const editor = await signIn(site, 'writer@example.org');
      const signedIn = await site.inject({ url: '/tag/clocks', headers: { cookie: editor.cookie } });
      assert.equal(signedIn.statusCode, 200);
      assert.equal(signedIn.headers['x-cache'], undefined);
      assert.match(String(signedIn.headers['cache-control']), /private/);
      await site.services.settings.update({ title: 'Cleared once more' });
      await site.inject({ url: '/tag/clocks', headers: { cookie: editor.cookie } });
      assert.equal((await site.inject('/tag/clocks')).headers['x-cache'], 'MISS', 'the signed-in render was not stored');
    });

    test('a returning commenter reads lists, feeds and sitemaps from the cache, and article pages rendered for them', async () => {
      await warm();
      const commenter = { cookie: 'dossier_commenter=Ada%20Reader; dossier_comment_token=their-own' };
      for (const path of ['/', '/section/water', '/tag/pipes', '/author/ada', '/about', '/feed.xml', '/search?q=reservoirs', '/sitemaps/articles-1.xml', '/comments/feed.xml']) {
        assert.equal((await site.inject({ url: path, headers: commenter })).headers['x-cache'], 'HIT', `${path} is the same for a commenter`);
      }
      for (const path of [A, B]) {
        const own = await site.inject({ url: path, headers: commenter });
        assert.equal(own.headers['x-cache'], undefined, `${path} shows the commenter's own comments and name`);
        assert.match(String(own.headers['cache-control']), /private/);
      }
      // What a commenter's request rendered was not stored for everyone.
      await site.services.settings.update({ title: 'Cleared for commenters' });
      await site.inject({ url: '/tag/clocks', headers: commenter });
      assert.equal((await site.inject('/tag/clocks')).headers['x-cache'], 'MISS');
    });

    test('304 for a current copy; brotli and gzip variants decode to the page; article pages carry a fresh form token', async () => {
      const first = await site.inject('/section/water');
      const etag = String(first.headers['etag']);
      const revalidated = await site.inject({ url: '/section/water', headers: { 'if-none-match': etag } });
      assert.equal(revalidated.statusCode, 304);
      assert.equal(revalidated.body, '');
      const br = await site.inject({ url: '/section/water', headers: { 'accept-encoding': 'gzip, deflate, br' } });
      assert.equal(br.headers['content-encoding'], 'br');
      assert.equal(brotliDecompressSync(br.rawPayload).toString('utf8'), first.body);
      assert.match(String(br.headers['vary']), /Accept-Encoding/);
      assert.match(String(br.headers['cache-control']), /stale-while-revalidate/);

      const token = (response: LightMyRequestResponse, body = response.body) =>
        parseHTML(body).document.querySelector('form.comment-form input[name="t"]')?.getAttribute('value');
      const before = await site.inject(A);
      now = new Date(now.getTime() + 60_000);
      const later = await site.inject({ url: A, headers: { 'accept-encoding': 'gzip, br' } });
      assert.equal(later.headers['x-cache'], 'HIT');
      assert.equal(later.headers['content-encoding'], 'gzip');
      const body = gunzipSync(later.rawPayload).toString('utf8');
      assert.notEqual(token(later, body), token(before), 'each answer has a token issued when it was sent');
      assert.match(String(token(later, body)), new RegExp(`^${now.getTime()}\\.`));
      assert.equal(body.replace(/name="t" value="[^"]+"/, ''), before.body.replace(/name="t" value="[^"]+"/, ''));
    });
  });
}
