import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import fc from 'fast-check';
import { demoContent } from '../../src/demo/content.js';
import { userWithRole, type AdminSession } from '../support/admin.js';
import { ENGINES } from '../support/databases.js';
import { createTestSite, type TestSite } from '../support/site.js';

/**
 * Property-based fuzz of every route the app registers, on both engines, anonymous and
 * signed in as an administrator: hostile ids, NUL bytes, dot segments, random query
 * strings and form, JSON and multipart bodies. No answer may be a 5xx (except 503 when
 * the database is away, which it is not here), none may take long, the server stays up.
 * Seeded (FUZZ_SEED) so a failure replays; FUZZ_RUNS searches harder.
 */
const RUNS = Number(process.env['FUZZ_RUNS'] ?? 600);
const SEED = Number(process.env['FUZZ_SEED'] ?? 20261130);
const BOUND_MS = 5000;

interface Route {
  method: string;
  path: string;
}

/** Every (method, path pattern) the app registers (the policy guard records them), regex constraints dropped. */
function routesOf(list: Array<{ method: string; url: string }>): Route[] {
  return list.map(({ method, url }) => ({ method, path: url.replace(/\(\^.*?\$\)/g, '') }));
}

/** What goes into a path parameter: ids too big for any column, NULs, dots, escapes, text. */
const paramValue = fc.oneof(
  fc.constantFrom('999999999999', '2147483648', '-1', '0', '1', '2', '1.5', '1e3', '0x10', '9007199254740993', '%00', 'a%00b', '%', '%zz', '..', '%2e%2e', '%2F', 'null', 'undefined', '__proto__', 'constructor', 'x'.repeat(3000), '%E2%80%AE', 'water', 'demo'),
  fc.string({ maxLength: 40 }).map((text) => encodeURIComponent(text)),
  fc.nat().map(String),
);

const fieldName = fc.constantFrom('title', 'body', 'slug', 'email', 'password', 'name', 'id', 'status', 'alt', 'from', 'to', 'parentId', 'position', 'text', 'website', 'parent', 'page', 'q', 'next', 'sectionId', 'tags', 'authors', 'publishedAt', 'revision', 'a', 'b', 'role', 'dek', 'statusCode', 'action', 'ids', 'decision', 'excerpt', 'timeZone', 'commentsEnabled', 'note', '_csrf');
const fieldValue = fc.oneof(paramValue.map((v) => decodeSafe(v)), fc.string({ maxLength: 200 }), fc.constantFrom('', '\u0000', 'javascript:alert(1)', '<script>alert(1)</script>', '2026-13-45', '-5', '1'.repeat(30)));

function decodeSafe(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

const body = fc.oneof(
  fc.dictionary(fieldName, fc.oneof(fieldValue, fc.array(fieldValue, { maxLength: 3 })), { maxKeys: 8 }).map((form) => ({ kind: 'form' as const, form })),
  fc.jsonValue({ maxDepth: 3 }).map((json) => ({ kind: 'json' as const, json })),
  fc.constantFrom('multipart-no-boundary', 'multipart-cut', 'garbage', 'none').map((kind) => ({ kind })),
);

const request = (routes: Route[]) =>
  fc.record({
    route: fc.constantFrom(...routes),
    params: fc.array(paramValue, { minLength: 8, maxLength: 8 }),
    query: fc.dictionary(fieldName, fieldValue, { maxKeys: 4 }),
    body,
  });

type Fuzzed = ReturnType<typeof request> extends fc.Arbitrary<infer T> ? T : never;

function target(fuzzed: Fuzzed): string {
  let index = 0;
  const path = fuzzed.route.path.replace(/:\w+/g, () => fuzzed.params[index++ % fuzzed.params.length]!).replace(/\*$/, fuzzed.params[7]!);
  const query = new URLSearchParams(fuzzed.query).toString();
  return query ? `${path}?${query}` : path;
}

function payloadOf(fuzzed: Fuzzed, csrf: string | null): { headers: Record<string, string>; payload?: string | Buffer } {
  const b = fuzzed.body;
  if (fuzzed.route.method === 'GET') return { headers: {} };
  if (b.kind === 'form') {
    const params = new URLSearchParams();
    for (const [key, value] of Object.entries(b.form)) for (const v of Array.isArray(value) ? value : [value]) params.append(key, v);
    if (csrf && !params.has('_csrf')) params.append('_csrf', csrf);
    return { headers: { 'content-type': 'application/x-www-form-urlencoded' }, payload: params.toString() };
  }
  const token: Record<string, string> = csrf ? { 'x-csrf-token': csrf } : {};
  if (b.kind === 'json') return { headers: { ...token, 'content-type': 'application/json' }, payload: JSON.stringify(b.json) ?? 'null' };
  if (b.kind === 'multipart-no-boundary') return { headers: { ...token, 'content-type': 'multipart/form-data' }, payload: '--x\r\n\r\n' };
  if (b.kind === 'multipart-cut') return { headers: { ...token, 'content-type': 'multipart/form-data; boundary=xyz' }, payload: '--xyz\r\nContent-Disposition: form-data; name="file"; filename="a.png"\r\nContent-Type: image/png\r\n\r\n\u0089PNG' };
  if (b.kind === 'garbage') return { headers: { ...token, 'content-type': 'application/x-www-form-urlencoded' }, payload: '%%%&&&=%zz&a=%00' };
  return { headers: token };
}

for (const engine of ENGINES) {
  describe(`route fuzz (${engine})`, () => {
    let site: TestSite;
    let admin: AdminSession;
    let routes: Route[];

    before(async () => {
      site = await createTestSite(engine);
      await site.services.transfer.seedDemo(demoContent);
      admin = await userWithRole(site, 'administrator');
      // Signing out or replacing the session would end the signed-in half early.
      routes = routesOf(site.app.routeList).filter((r) => r.path !== '/admin/logout');
    });
    after(() => site.close());

    test('the route list covers the app', () => {
      assert.ok(routes.length > 60, `only ${routes.length} routes found`);
      assert.ok(routes.some((r) => r.method === 'POST' && r.path === '/admin/media'));
      assert.ok(routes.some((r) => r.method === 'GET' && r.path === '/comments/:id'));
    });

    for (const who of ['anonymous', 'administrator'] as const) {
      test(`no 5xx and no slow answer for hostile input (${who})`, async () => {
        const seen: string[] = [];
        await fc.assert(
          fc.asyncProperty(request(routes), async (fuzzed) => {
            const url = target(fuzzed);
            const { headers, payload } = payloadOf(fuzzed, who === 'administrator' ? admin.csrf : null);
            const started = performance.now();
            const response = await site.inject({
              method: fuzzed.route.method as 'GET' | 'POST', url, payload,
              headers: { ...headers, ...(who === 'administrator' ? { cookie: admin.cookie } : {}) },
            });
            const took = performance.now() - started;
            seen.push(`${fuzzed.route.method} ${url} → ${response.statusCode}`);
            assert.ok(response.statusCode < 500, `${fuzzed.route.method} ${url} (${fuzzed.body.kind}) answered ${response.statusCode}: ${response.body.slice(0, 300)}`);
            assert.ok(took < BOUND_MS, `${fuzzed.route.method} ${url} took ${Math.round(took)} ms`);
          }),
          { numRuns: RUNS, seed: SEED + (who === 'administrator' ? 1 : 0) },
        );
        // The site still answers after the fuzz.
        assert.equal((await site.inject({ method: 'GET', url: '/healthz' })).statusCode, 200);
        assert.ok(seen.length >= RUNS);
      });
    }
  });
}
