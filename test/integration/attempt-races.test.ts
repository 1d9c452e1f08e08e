import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { FastifyInstance } from 'fastify';
import { parseHTML } from 'linkedom';
import { loadConfig } from '../../src/config/config.js';
import { buildApp } from '../../src/http/app.js';
import { PASSWORD } from '../support/admin.js';
import { ENGINES } from '../support/databases.js';
import { buildArticle, seedStructure } from '../support/factories.js';
import { createTestSite, TEST_SITE_URL, type TestSite } from '../support/site.js';

// Attackers do not wait for one answer before sending the next guess. These tests send
// their requests in parallel over real sockets to a listening server behind a proxy
// configured the way an operator would (TRUST_PROXY=1), so the client address is the
// right-most X-Forwarded-For entry.

const SIGN_IN_LIMIT = 10;
const COMMENT_LIMIT = 5;

/** Cookies of a fetch answer, as one Cookie header. */
function cookiesOf(response: Response): string {
  return response.headers.getSetCookie().map((c) => c.split(';')[0]!).filter((c) => !c.endsWith('=')).join('; ');
}

for (const engine of ENGINES) {
  describe(`attempt limits under parallel requests (${engine})`, () => {
    let site: TestSite;
    let app: FastifyInstance;
    let base: string;

    before(async () => {
      site = await createTestSite(engine, undefined, { pageCache: false });
      await site.services.accounts.setup({ name: 'Ada Admin', email: 'ada@example.org', password: PASSWORD });
      for (const name of ['bo', 'cy', 'di']) await site.services.accounts.add({ email: `${name}@example.org`, name, role: 'author', password: PASSWORD });
      await seedStructure(site.services);
      await site.services.articles.save(buildArticle({ slug: 'sand', title: 'Sand' }));
      const { trustProxy } = loadConfig({ TRUST_PROXY: '1' });
      app = await buildApp({ services: site.services, siteUrl: TEST_SITE_URL, trustProxy });
      await app.listen({ host: '127.0.0.1', port: 0 });
      const address = app.server.address();
      assert.ok(address && typeof address === 'object');
      base = `http://127.0.0.1:${address.port}`;
    });
    after(async () => {
      await app.close();
      await site.close();
    });

    /** The login form's cookies and CSRF token, as one browser would hold them. */
    async function loginForm(forwardedFor: string) {
      const page = await fetch(`${base}/admin/login`, { headers: { 'x-forwarded-for': forwardedFor } });
      const html = await page.text();
      const csrf = parseHTML(html).document.querySelector('input[name="_csrf"]')?.getAttribute('value') ?? '';
      return { cookie: cookiesOf(page), csrf };
    }

    /** Sends every guess at once; resolves with each answer's status and whether it opened a session. */
    async function guessAll(guesses: Array<{ email: string; password: string; forwardedFor: string }>) {
      const form = await loginForm(guesses[0]!.forwardedFor);
      return Promise.all(guesses.map(async (guess) => {
        const response = await fetch(`${base}/admin/login`, {
          method: 'POST', redirect: 'manual',
          headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: form.cookie, 'x-forwarded-for': guess.forwardedFor },
          body: new URLSearchParams({ _csrf: form.csrf, email: guess.email, password: guess.password }).toString(),
        });
        await response.arrayBuffer();
        return { status: response.status, session: /dossier_session=[^;]/.test(response.headers.getSetCookie().join('\n')) };
      }));
    }

    test('60 parallel wrong passwords against one account: at most the limit are checked, the rest get 429', async (t) => {
      const answers = await guessAll(Array.from({ length: 60 }, (_, i) => ({ email: 'bo@example.org', password: `wrong guess ${i}`, forwardedFor: `198.51.100.${i + 1}` })));
      const checked = answers.filter((a) => a.status !== 429);
      t.diagnostic(`${checked.length} of 60 checked`);
      assert.ok(checked.every((a) => a.status === 400), 'checked guesses are refused as wrong');
      assert.ok(checked.length <= SIGN_IN_LIMIT, `${checked.length} of 60 parallel guesses were checked; the limit is ${SIGN_IN_LIMIT}`);
      assert.equal(answers.length - checked.length, 60 - checked.length);
    });

    test('100 parallel guesses with the right password 80th: none signs in, and the account stays locked', async (t) => {
      const guesses = Array.from({ length: 100 }, (_, i) => ({
        email: 'cy@example.org', password: i === 79 ? PASSWORD : `wrong guess ${i}`, forwardedFor: `203.0.113.${i + 1}`,
      }));
      const answers = await guessAll(guesses);
      const checked = answers.filter((a) => a.status !== 429).length;
      const opened = answers.filter((a) => a.session || a.status === 303).length;
      t.diagnostic(`${checked} of 100 checked, ${opened} signed in (the right password answered ${answers[79]!.status})`);
      assert.equal(opened, 0, 'no guess opened a session');
      assert.equal(answers[79]!.status, 429, 'the right password, after the lock, is refused like any other guess');
      assert.ok(checked <= SIGN_IN_LIMIT, `${checked} of 100 were checked; the limit is ${SIGN_IN_LIMIT}`);
      const [later] = await guessAll([{ email: 'cy@example.org', password: PASSWORD, forwardedFor: '203.0.113.200' }]);
      assert.equal(later!.status, 429, 'the lock holds for the right password afterwards');
    });

    test('TRUST_PROXY=1: spoofed left-most X-Forwarded-For entries do not give one client a fresh address lock each', async (t) => {
      // One real client (right-most, appended by the proxy) guessing across accounts, each request claiming another origin.
      const accounts = ['ada', 'di', 'nobody1', 'nobody2', 'nobody3', 'nobody4'];
      const guesses = Array.from({ length: 60 }, (_, i) => ({
        email: `${accounts[i % accounts.length]}@example.org`, password: `wrong guess ${i}`, forwardedFor: `10.66.${i}.1, 192.0.2.77`,
      }));
      const answers = await guessAll(guesses);
      const checked = answers.filter((a) => a.status !== 429).length;
      t.diagnostic(`${checked} of 60 checked from one real address with spoofed origins`);
      assert.ok(checked <= SIGN_IN_LIMIT, `${checked} of 60 guesses from one address were checked; the limit is ${SIGN_IN_LIMIT}`);
      const [other] = await guessAll([{ email: 'ada@example.org', password: PASSWORD, forwardedFor: '192.0.2.78' }]);
      assert.equal(other!.status, 303, 'another real client is not locked out');
    });

    /** Posts the comment form `count` times at once from `forwardedFor`; resolves with the statuses. */
    async function commentAll(count: number, forwardedFor: (i: number) => string) {
      const page = await fetch(`${base}/2026/01/sand`);
      const token = parseHTML(await page.text()).document.querySelector('form.comment-form input[name="t"]')?.getAttribute('value');
      assert.ok(token, 'the article has a comment form');
      return Promise.all(Array.from({ length: count }, async (_, i) => {
        const response = await fetch(`${base}/2026/01/sand/comments`, {
          method: 'POST', redirect: 'manual',
          headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-forwarded-for': forwardedFor(i) },
          body: new URLSearchParams({ author: 'Rosa Diaz', email: 'rosa@example.org', url: '', comment: `Parallel comment ${i}.`, parent: '', t: token }).toString(),
        });
        await response.arrayBuffer();
        return response.status;
      }));
    }

    test('20 parallel comments from one address: at most 5 are taken, the rest get 429', async (t) => {
      const statuses = await commentAll(20, () => '192.0.2.90');
      const taken = statuses.filter((s) => s === 303).length;
      t.diagnostic(`${taken} of 20 taken`);
      assert.ok(statuses.every((s) => s === 303 || s === 429), statuses.join(' '));
      assert.ok(taken <= COMMENT_LIMIT, `${taken} of 20 parallel comments were taken; the limit is ${COMMENT_LIMIT}`);
      assert.ok(taken >= 1, 'the first ones are taken');
    });

    test('TRUST_PROXY=1: 20 parallel comments with spoofed left-most addresses still count against the real client', async (t) => {
      const statuses = await commentAll(20, (i) => `10.77.${i}.1, 192.0.2.91`);
      const taken = statuses.filter((s) => s === 303).length;
      t.diagnostic(`${taken} of 20 taken with spoofed origins`);
      assert.ok(taken <= COMMENT_LIMIT, `${taken} of 20 comments from one real address were taken; the limit is ${COMMENT_LIMIT}`);
    });
  });
}
