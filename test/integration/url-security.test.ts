import assert from 'node:assert/strict';
import { request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, test } from 'node:test';
import { cookiesOf, csrfOf, encodeForm, PASSWORD } from '../support/admin.js';
import { ENGINES } from '../support/databases.js';
import { buildApp } from '../../src/http/app.js';
import { createTestSite, type TestSite } from '../support/site.js';

interface RawAnswer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** Sends a request with its target exactly as written (no client-side normalisation). */
function raw(port: number, method: string, path: string, headers: Record<string, string> = {}, body = ''): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: '127.0.0.1', port, method, path, headers: { ...headers, 'content-length': String(Buffer.byteLength(body)) } }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (text += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: text }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

function setCookies(answer: RawAnswer): string[] {
  const value = answer.headers['set-cookie'];
  return Array.isArray(value) ? value : value ? [value] : [];
}

/** The site a browser would end on, following `location` (and this site's further redirects) from http://dossier.test. */
async function destination(port: number, location: string | string[] | undefined): Promise<string> {
  let at = new URL(String(location), 'http://dossier.test/somewhere/');
  for (let hop = 0; hop < 5 && at.origin === 'http://dossier.test'; hop++) {
    const answer = await raw(port, 'GET', at.pathname + at.search);
    if (answer.status < 300 || answer.status >= 400) break;
    at = new URL(String(answer.headers.location), at);
  }
  return at.origin;
}

for (const engine of ENGINES) {
  describe(`addresses, redirects and sign-in CSRF (${engine})`, () => {
    let site: TestSite;
    let port: number;
    const email = 'editor-in-chief@example.org';

    before(async () => {
      site = await createTestSite(engine);
      await site.services.accounts.add({ email, name: 'Editor in Chief', role: 'administrator', password: PASSWORD, authorSlug: null });
      await site.app.listen({ host: '127.0.0.1', port: 0 });
      port = (site.app.server.address() as AddressInfo).port;
    });
    after(() => site.close());

    test('no address redirects to another site', async () => {
      for (const path of ['//evil.example/', '/\\evil.example/', '///evil.example/', '//evil.example/%2e%2e/', '/%2F%2Fevil.example/']) {
        const answer = await raw(port, 'GET', path);
        if (answer.status >= 300 && answer.status < 400) {
          assert.equal(await destination(port, answer.headers.location), 'http://dossier.test', `${path} → ${String(answer.headers.location)}`);
        }
      }
    });

    test('sign-in sends the user on to this site only, whatever next= says', async () => {
      for (const next of ['/admin/..//evil.example/', '//evil.example/admin', '/admin/../\\evil.example', 'https://evil.example/admin', '/admin/%2e%2e//evil.example/']) {
        const form = await raw(port, 'GET', '/admin/login');
        const cookie = setCookies(form).map((c) => c.split(';')[0]).join('; ');
        const answer = await raw(port, 'POST', '/admin/login', { 'content-type': 'application/x-www-form-urlencoded', cookie }, encodeForm({ _csrf: csrfOf(form.body), email, password: PASSWORD, next }));
        assert.equal(answer.status, 303, next);
        assert.equal(await destination(port, answer.headers.location), 'http://dossier.test', `${next} → ${String(answer.headers.location)}`);
      }
      // A local admin path is kept.
      const form = await raw(port, 'GET', '/admin/login');
      const cookie = setCookies(form).map((c) => c.split(';')[0]).join('; ');
      const kept = await raw(port, 'POST', '/admin/login', { 'content-type': 'application/x-www-form-urlencoded', cookie }, encodeForm({ _csrf: csrfOf(form.body), email, password: PASSWORD, next: '/admin/articles?status=draft' }));
      assert.equal(kept.headers.location, '/admin/articles?status=draft');
    });

    test('a sign-in without the CSRF token is refused under every spelling of its address', async () => {
      for (const path of ['/admin/login', '//admin/login', '/%61dmin/login', '/admin//login', '/x/../admin/login', '/ADMIN/../admin/login']) {
        const answer = await raw(port, 'POST', path, { 'content-type': 'application/x-www-form-urlencoded' }, encodeForm({ email, password: PASSWORD }));
        assert.equal(answer.status, 403, `${path} answered ${answer.status}`);
        assert.ok(!setCookies(answer).some((c) => c.startsWith('dossier_session=') && !c.startsWith('dossier_session=;')), `${path} set a session`);
      }
    });

    test('a successful sign-in sets each cookie once', async () => {
      const form = await raw(port, 'GET', '/admin/login');
      // No CSRF cookie yet on this request: the answer would both issue and clear it.
      const token = csrfOf(form.body);
      const cookie = setCookies(form).map((c) => c.split(';')[0]).join('; ');
      const answer = await raw(port, 'POST', '/admin/login', { 'content-type': 'application/x-www-form-urlencoded', cookie }, encodeForm({ _csrf: token, email, password: PASSWORD }));
      assert.equal(answer.status, 303);
      const names = setCookies(answer).map((c) => c.slice(0, c.indexOf('=')));
      assert.deepEqual(names, [...new Set(names)], `Set-Cookie names: ${names.join(', ')}`);
      // Signing in without any cookie at all (the CSRF cookie is then issued and cleared in one answer).
      const first = await site.inject({ method: 'GET', url: '/admin/login' });
      const second = await site.inject({ method: 'POST', url: '/admin/login', headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: cookiesOf(first) }, payload: encodeForm({ _csrf: csrfOf(first.body), email, password: PASSWORD }) });
      const list = ([] as string[]).concat(second.headers['set-cookie'] ?? []);
      const secondNames = list.map((c) => c.slice(0, c.indexOf('=')));
      assert.deepEqual(secondNames, [...new Set(secondNames)]);
    });

    test('security headers: a strict CSP on public pages, cached or not, and no framing of the admin', async () => {
      const home = await raw(port, 'GET', '/');
      const again = await raw(port, 'GET', '/');
      for (const answer of [home, again]) {
        const csp = String(answer.headers['content-security-policy']);
        assert.match(csp, /script-src 'self'/);
        assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval/);
        assert.equal(answer.headers['x-content-type-options'], 'nosniff');
        assert.equal(answer.headers['referrer-policy'], 'strict-origin-when-cross-origin');
        assert.match(String(answer.headers['permissions-policy']), /camera=\(\)/);
        assert.equal(answer.headers['strict-transport-security'], undefined, 'no HSTS over plain HTTP');
      }
      assert.equal(again.headers['x-cache'], 'HIT', 'the second answer came from the page cache');
      assert.equal(again.headers['content-security-policy'], home.headers['content-security-policy']);
      const login = await raw(port, 'GET', '/admin/login');
      assert.match(String(login.headers['content-security-policy']), /frame-ancestors 'none'/);
      assert.equal(login.headers['x-frame-options'], 'DENY');
    });
  });
}

describe('HSTS behind HTTPS', () => {
  test('a site at an https address sends Strict-Transport-Security; an http one does not', async () => {
    const site = await createTestSite('sqlite');
    const secure = await buildApp({ services: site.services, siteUrl: 'https://dossier.test', pageCache: null });
    try {
      assert.match(String((await secure.inject({ method: 'GET', url: '/' })).headers['strict-transport-security']), /max-age=\d+/);
      assert.match(String((await secure.inject({ method: 'GET', url: '/admin/login' })).headers['strict-transport-security']), /max-age=\d+/);
      assert.equal((await site.inject({ method: 'GET', url: '/' })).headers['strict-transport-security'], undefined);
    } finally {
      await secure.close();
      await site.close();
    }
  });
});
