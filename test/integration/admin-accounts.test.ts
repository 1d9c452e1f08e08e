import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { parseHTML } from 'linkedom';
import { buildApp } from '../../src/http/app.js';
import { ENGINES } from '../support/databases.js';
import { cookiesOf, csrfOf, encodeForm, PASSWORD, signIn } from '../support/admin.js';
import { createTestSite, type TestSite } from '../support/site.js';

let now = new Date('2026-06-01T12:00:00.000Z');
const clock = () => now;

async function postLogin(site: TestSite, email: string, password: string, ip = '10.0.0.1') {
  const page = await site.inject({ method: 'GET', url: '/admin/login', remoteAddress: ip });
  return site.inject({
    method: 'POST', url: '/admin/login', remoteAddress: ip,
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: cookiesOf(page) },
    payload: encodeForm({ _csrf: csrfOf(page.body), email, password }),
  });
}

for (const engine of ENGINES) {
  describe(`admin accounts and sign-in (${engine})`, () => {
    let site: TestSite;
    before(async () => {
      site = await createTestSite(engine, clock);
    });
    after(() => site.close());

    test('first run: the admin asks for setup, creates the administrator once, then signs in', async () => {
      assert.equal((await site.inject('/admin')).headers.location, '/admin/login?next=%2Fadmin');
      assert.equal((await site.inject('/admin/login')).headers.location, '/admin/setup');
      const page = await site.inject('/admin/setup');
      assert.equal(page.statusCode, 200);
      const bad = await site.inject({
        method: 'POST', url: '/admin/setup', headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: cookiesOf(page) },
        payload: encodeForm({ _csrf: csrfOf(page.body), name: 'Ada Admin', email: 'not-an-email', password: 'short' }),
      });
      assert.equal(bad.statusCode, 400);
      const { document } = parseHTML(bad.body);
      assert.equal(document.querySelector('#field-email')?.getAttribute('value'), 'not-an-email', 'what was typed is kept');
      assert.equal(document.querySelector('#field-email')?.getAttribute('aria-describedby'), 'field-email-error');
      assert.match(document.querySelector('#error-summary')?.textContent ?? '', /email address such as/);
      const ok = await site.inject({
        method: 'POST', url: '/admin/setup', headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: cookiesOf(page) },
        payload: encodeForm({ _csrf: csrfOf(page.body), name: 'Ada Admin', email: 'ada@example.org', password: PASSWORD }),
      });
      assert.equal(ok.statusCode, 303);
      const dashboard = await site.inject({ url: '/admin', headers: { cookie: cookiesOf(ok) } });
      assert.equal(dashboard.statusCode, 200);
      assert.match(dashboard.body, /Ada Admin/);
      assert.equal((await site.inject('/admin/setup')).headers.location, '/admin/login', 'setup is gone once an account exists');
      await assert.rejects(site.services.accounts.setup({ name: 'Eve', email: 'eve@example.org', password: PASSWORD }), /already has an administrator/);
    });

    test('the session cookie is HttpOnly and SameSite=Lax; Secure over HTTPS behind a trusted proxy', async () => {
      const response = await postLogin(site, 'ada@example.org', PASSWORD);
      const cookie = ([] as string[]).concat(response.headers['set-cookie'] ?? []).find((c) => c.startsWith('dossier_session='))!;
      assert.match(cookie, /HttpOnly/);
      assert.match(cookie, /SameSite=Lax/);
      assert.doesNotMatch(cookie, /Secure/);
      const proxied = await buildApp({ services: site.services, siteUrl: 'http://dossier.test', trustProxy: ['127.0.0.1'] });
      try {
        const page = await proxied.inject({ url: '/admin/login', headers: { 'x-forwarded-proto': 'https' } });
        const secure = await proxied.inject({
          method: 'POST', url: '/admin/login', headers: { 'x-forwarded-proto': 'https', 'content-type': 'application/x-www-form-urlencoded', cookie: cookiesOf(page) },
          payload: encodeForm({ _csrf: csrfOf(page.body), email: 'ada@example.org', password: PASSWORD }),
        });
        assert.match(([] as string[]).concat(secure.headers['set-cookie'] ?? []).join('\n'), /dossier_session=[^;]+;.*Secure/);
      } finally {
        await proxied.close();
      }
    });

    test('a wrong password and an unknown email get the same answer', async () => {
      const wrong = await postLogin(site, 'ada@example.org', 'not the password', '10.0.0.2');
      const unknown = await postLogin(site, 'nobody@example.org', 'not the password', '10.0.0.2');
      assert.equal(wrong.statusCode, 400);
      assert.equal(unknown.statusCode, 400);
      const message = (body: string) => parseHTML(body).document.querySelector('#field-email-error')?.textContent;
      assert.equal(message(wrong.body), message(unknown.body));
      assert.match(message(wrong.body) ?? '', /do not match an account/);
    });

    test('ten failures in 15 minutes lock the account, even with the right password, with backoff', async () => {
      await site.services.accounts.add({ email: 'bo@example.org', name: 'Bo', role: 'author', password: PASSWORD });
      for (let i = 0; i < 10; i++) assert.equal((await postLogin(site, 'bo@example.org', 'wrong password!', `10.1.0.${i}`)).statusCode, 400);
      const locked = await postLogin(site, 'bo@example.org', PASSWORD, '10.1.1.1');
      assert.equal(locked.statusCode, 429);
      assert.match(locked.body, /Too many failed sign-ins. Try again in 15 minutes/);
      assert.equal(locked.headers['retry-after'], '900', 'the 429 says when to try again');
      now = new Date(now.getTime() + 16 * 60_000);
      assert.equal((await postLogin(site, 'bo@example.org', PASSWORD, '10.1.1.1')).statusCode, 303, 'the lock ends');
    });

    test('ten failures from one address lock that address for every account', async () => {
      for (let i = 0; i < 10; i++) await postLogin(site, `guess${i}@example.org`, 'wrong password!', '10.2.0.1');
      assert.equal((await postLogin(site, 'ada@example.org', PASSWORD, '10.2.0.1')).statusCode, 429);
      assert.equal((await postLogin(site, 'ada@example.org', PASSWORD, '10.2.0.2')).statusCode, 303);
    });

    test('signing out ends the session on the server: the old cookie opens nothing', async () => {
      const session = await signIn(site, 'ada@example.org', PASSWORD, '10.3.0.1');
      assert.equal((await session.get('/admin')).statusCode, 200);
      const out = await session.post('/admin/logout', {});
      assert.equal(out.statusCode, 303);
      const after = await session.get('/admin');
      assert.equal(after.statusCode, 303);
      assert.match(String(after.headers.location), /^\/admin\/login/);
      assert.equal((await session.post('/admin/articles', { title: 'x', body: 'x' })).statusCode, 403);
    });

    test('a next= outside the admin is never followed after sign-in', async () => {
      const page = await site.inject({ url: '/admin/login?next=https://evil.example/' });
      assert.match(page.body, /name="next" value="\/admin"/);
    });
  });
}
