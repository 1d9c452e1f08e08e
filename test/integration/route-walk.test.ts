import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { InjectOptions } from 'fastify';
import { userWithRole, type AdminSession } from '../support/admin.js';
import { ENGINES } from '../support/databases.js';
import { buildArticle, seedStructure } from '../support/factories.js';
import { createTestSite, type TestSite } from '../support/site.js';

// Every registered route, with every path parameter, query value and form field set to what
// a probe sends (ids past 2^31 - 1, a NUL byte), must answer a 4xx, never a 5xx: on
// PostgreSQL both reach SQL as errors unless they are refused at the edge.

const clock = () => new Date('2026-06-01T12:00:00.000Z');

const BAD_VALUES = ['999999999999', '2147483648', '%00', 'a%00b'];
const FORM_BAD_VALUES = ['2147483648', 'a%00b'];
/** Values that reach the handler for each parameter name, so one bad value at a time gets past the others. */
const GOOD_PARAMS: Record<string, string> = { slug: 'walk-article', year: '2026', month: '01', first: 'water', id: '1', revision: '1', n: '1', file: 'app.css', '*': 'water', s0: 'water', s1: 'treatment' };
const QUERY_KEYS = ['page', 'cpage', 'replyto', 'commented', 'q', 'section', 'author', 'tag', 'from', 'to', 'status', 'lint', 'next', 'done', 'p', 'page_id'];
const FORM_FIELDS = [
  'title', 'slug', 'dek', 'body', 'section', 'tags', 'featuredMediaId', 'featuredAlt', 'seoTitle', 'seoDescription', 'publishedAt', 'version',
  'action', 'author1', 'name', 'description', 'parent', 'move', 'bio', 'avatar', 'fromPath', 'toPath', 'statusCode', 'email', 'password',
  'next', 'role', 'author', 'alt', 'kind', 'date', 'text', 'id', 'status', 'from', 'comment', 'url', 'website', 't', 'remember',
];
/** A form most routes accept, so a single bad field is what gets refused. */
const GOOD_FORM: Record<string, string> = {
  title: 'Walked', slug: 'walked', body: 'Text.', section: 'water', action: 'save', name: 'Walker', parent: '', move: 'up', fromPath: '/old-walk',
  toPath: '/new-walk', statusCode: '301', email: 'walker@example.org', password: 'a long walking password', role: 'author', kind: 'correction',
  text: 'Fixed.', id: '1', status: 'approved', from: 'pending', comment: 'A comment.', author: 'Walker',
};

/** The path with each `:name`, `:name(regex)` and `*` filled in by `value(name)`. */
function fill(url: string, value: (name: string) => string): string {
  return url.replace(/:(\w+)(?:\([^)]*\))?/g, (_m, name: string) => value(name)).replace(/\*$/, () => value('*'));
}

function paramNames(url: string): string[] {
  return [...url.matchAll(/:(\w+)/g)].map((m) => m[1]!).concat(url.endsWith('*') ? ['*'] : []);
}

/** Each URL a route is probed at: every parameter bad at once, then one at a time; with a bad query too. */
function probeUrls(url: string): string[] {
  const names = paramNames(url);
  const urls = new Set<string>();
  for (const bad of BAD_VALUES) {
    urls.add(fill(url, () => bad));
    for (const name of names) urls.add(fill(url, (n) => (n === name ? bad : (GOOD_PARAMS[n] ?? 'x'))));
    const good = fill(url, (n) => GOOD_PARAMS[n] ?? 'x');
    urls.add(`${good}?${QUERY_KEYS.map((k) => `${k}=${bad}`).join('&')}`);
  }
  return [...urls];
}

function encodeForm(form: Record<string, string>): string {
  return Object.entries(form).map(([k, v]) => `${k}=${v.split('%00').map(encodeURIComponent).join('%00')}`).join('&');
}

type Probe = { label: string; options: InjectOptions };

/** The requests one route is probed with, signed in as `admin` where it matters. */
function probesOf(method: string, url: string, admin: AdminSession): Probe[] {
  const probes: Probe[] = [];
  const signedIn = url.startsWith('/admin');
  const formHeaders = { 'content-type': 'application/x-www-form-urlencoded' };
  for (const probe of probeUrls(url)) {
    if (method === 'GET') {
      probes.push({ label: `GET ${probe}`, options: { method: 'GET', url: probe } });
      // Only admin paths read the session; public pages are the same for everyone.
      if (signedIn) probes.push({ label: `GET ${probe} (admin)`, options: { method: 'GET', url: probe, headers: { cookie: admin.cookie } } });
      continue;
    }
    const payload = encodeForm({ ...GOOD_FORM, _csrf: admin.csrf });
    probes.push({ label: `POST ${probe}`, options: { method: 'POST', url: probe, headers: formHeaders, payload } });
    probes.push({ label: `POST ${probe} (admin)`, options: { method: 'POST', url: probe, headers: { ...formHeaders, cookie: admin.cookie }, payload } });
  }
  if (method !== 'POST') return probes;
  // Forms: one bad field at a time (so the others do not stop the request first), signed in.
  const target = fill(url, (n) => GOOD_PARAMS[n] ?? 'x');
  for (const bad of FORM_BAD_VALUES) {
    // A huge number matters only where an id may go: fields whose good value is a number or nothing.
    const fields = bad.includes('%00') ? FORM_FIELDS : FORM_FIELDS.filter((f) => /^\d*$/.test(GOOD_FORM[f] ?? ''));
    for (const field of fields) {
      const payload = encodeForm({ ...GOOD_FORM, _csrf: admin.csrf, [field]: bad });
      probes.push({ label: `POST ${target} ${field}=${bad} (admin)`, options: { method: 'POST', url: target, headers: { ...formHeaders, cookie: admin.cookie }, payload } });
    }
    const json = JSON.stringify(Object.fromEntries(FORM_FIELDS.map((f) => [f, decodeURIComponent(bad)])));
    probes.push({ label: `POST ${target} JSON ${bad} (admin)`, options: { method: 'POST', url: target, headers: { 'content-type': 'application/json', cookie: admin.cookie, 'x-csrf-token': admin.csrf }, payload: json } });
    probes.push({ label: `POST ${target} ${bad} (anonymous)`, options: { method: 'POST', url: target, headers: formHeaders, payload: encodeForm(Object.fromEntries(FORM_FIELDS.map((f) => [f, bad]))) } });
  }
  return probes;
}

// The engines are walked side by side: each walk takes a while.
describe('route walk', { concurrency: true }, () => {
  for (const engine of ENGINES) {
    describe(`every route refuses huge ids and NUL bytes without a 5xx (${engine})`, () => {
      let site: TestSite;
      let admin: AdminSession;
      let sent = 0;
      /**
       * Sends probes (GETs 16 at a time; POSTs one by one, as two admins saving the same
       * thing at once is another matter); returns those answered with a 5xx.
       */
      async function run(probes: Probe[]): Promise<string[]> {
        const failed: string[] = [];
        const send = async ({ label, options }: Probe) => {
          // Each probe from its own address, so rate limits and sign-in lockouts do not hide what lies behind them.
          sent += 1;
          const response = await site.inject({ ...options, remoteAddress: `10.${(sent >> 16) & 255}.${(sent >> 8) & 255}.${sent & 255}` });
          if (response.statusCode >= 500) failed.push(`${label} → ${response.statusCode}`);
        };
        const reads = probes.filter((p) => p.options.method === 'GET');
        for (let i = 0; i < reads.length; i += 16) await Promise.all(reads.slice(i, i + 16).map(send));
        for (const probe of probes.filter((p) => p.options.method !== 'GET')) await send(probe);
        return failed;
      }

      before(async () => {
        site = await createTestSite(engine, clock);
        await seedStructure(site.services);
        await site.services.articles.save(buildArticle({ slug: 'walk-article', publishedAt: '2026-01-10T08:00:00.000Z' }));
        admin = await userWithRole(site, 'administrator');
      });
      after(() => site.close());

      test('GET and POST on every route, anonymous and signed in, with bad parameters, queries, forms and cookies', async () => {
        const routes = site.app.routeList;
        assert.ok(routes.length > 50, `the route listing was read (${routes.length} routes)`);
        const failures: string[] = [];
        for (const { method, url } of routes) {
          // A probe may sign the administrator out or change its role (logout, users/:id): start each route signed in.
          if ((await admin.get('/admin/users')).statusCode !== 200) admin = await userWithRole(site, 'administrator');
          failures.push(...(await run(probesOf(method, url, admin))));
        }
        const cookies = ['dossier_session=%00', 'dossier_comment_token=%00', 'dossier_commenter=%00', 'dossier_csrf=%00'];
        const urls = ['/', '/2026/01/walk-article', '/admin', '/admin/articles'];
        failures.push(...(await run(cookies.flatMap((cookie) => urls.map((url) => ({ label: `GET ${url} cookie ${cookie}`, options: { method: 'GET' as const, url, headers: { cookie } } }))))));
        assert.ok(sent > 3000, `the walk sent its probes (${sent})`);
        assert.deepEqual(failures, [], `answered 5xx:\n${failures.join('\n')}`);
      });
    });
  }
});
