import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { AddressInfo } from 'node:net';
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { isDomainError, isUnavailable } from '../../src/domain/errors.js';
import { createJobRunner } from '../../src/services/jobs/job-runner.js';
import { TEST_POSTGRES_URL } from '../support/databases.js';
import { PASSWORD, signIn } from '../support/admin.js';
import { buildArticle, seedStructure } from '../support/factories.js';
import { createTestSite, type TestSite } from '../support/site.js';
import { startTcpProxy, type TcpProxy } from '../support/tcp-proxy.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

// The test process is the server: were a lost connection to emit an 'error' nobody listens
// to, or a promise to reject unheard, Node would end this process and every test here fails.

/** Serves the test site on a real port of 127.0.0.1; resolves to its base URL. */
async function listen(site: TestSite): Promise<string> {
  await site.app.listen({ port: 0, host: '127.0.0.1' });
  return `http://127.0.0.1:${(site.app.server.address() as AddressInfo).port}`;
}

/** The test server's URL with a query parameter added (application_name, to find our connections). */
function withParam(url: string, name: string, value: string): string {
  const parsed = new URL(url);
  parsed.searchParams.set(name, value);
  return parsed.toString();
}

/** GETs until `path` answers 200; resolves to how long that took, or rejects past `limitMs`. */
async function untilOk(base: string, path: string, limitMs: number): Promise<number> {
  const started = performance.now();
  for (;;) {
    const response = await fetch(`${base}${path}`).catch(() => null);
    if (response?.status === 200) return performance.now() - started;
    if (performance.now() - started > limitMs) throw new Error(`${path} still answers ${response?.status ?? 'nothing'} after ${limitMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

describe('PostgreSQL out of reach (through a proxy the test cuts)', () => {
  let proxy: TcpProxy;
  let site: TestSite;
  let base: string;

  before(async () => {
    const server = new URL(TEST_POSTGRES_URL);
    proxy = await startTcpProxy({ host: server.hostname, port: Number(server.port || 5432) });
    const viaProxy = new URL(TEST_POSTGRES_URL);
    viaProxy.hostname = '127.0.0.1';
    viaProxy.port = String(proxy.port);
    site = await createTestSite('postgres', undefined, { databaseUrl: viaProxy.toString() });
    await seedStructure(site.services);
    for (const slug of ['cached', 'uncached', 'later']) await site.services.articles.save(buildArticle({ slug, title: `About ${slug}` }));
    base = await listen(site);
  });
  after(async () => {
    await proxy.restore();
    await site?.close();
    await proxy?.close();
  });

  test('while the database is away: 503 with Retry-After, cached pages still served, /healthz 200 and /readyz 503', async () => {
    assert.equal((await fetch(`${base}/readyz`)).status, 200, 'ready before the cut');
    // Into the page cache (the saves' own purges may still be landing).
    for (let i = 0; i < 50 && (await fetch(`${base}/2026/01/cached`)).headers.get('x-cache') !== 'HIT'; i += 1) await new Promise((resolve) => setTimeout(resolve, 20));
    assert.ok(proxy.connections > 0, 'the site reaches the database through the proxy');

    await proxy.cut();

    const page = await fetch(`${base}/2026/01/uncached`, { headers: { accept: 'text/html' } });
    assert.equal(page.status, 503);
    assert.match(page.headers.get('retry-after') ?? '', /^\d+$/);
    assert.equal(page.headers.get('cache-control'), 'no-store');
    assert.match(page.headers.get('content-type') ?? '', /^text\/html/);
    const html = await page.text();
    assert.match(html, /Temporarily unavailable/);
    assert.match(html, /try again in a moment/);
    assert.doesNotMatch(html, /127\.0\.0\.1|ECONNREFUSED|Connection terminated/, 'no driver detail for readers');

    const api = await fetch(`${base}/api/articles`, { headers: { accept: 'application/json' } });
    assert.equal(api.status, 503);
    assert.ok(api.headers.get('retry-after'));
    assert.deepEqual(await api.json(), { error: 'Temporarily unavailable', message: 'The site cannot reach its database right now. Please try again in a moment.' });

    const cached = await fetch(`${base}/2026/01/cached`);
    assert.equal(cached.status, 200, 'a page in the page cache is still served');
    assert.equal(cached.headers.get('x-cache'), 'HIT');
    assert.match(await cached.text(), /About cached/);

    const healthz = await fetch(`${base}/healthz`);
    assert.equal(healthz.status, 200, 'liveness does not depend on the database');
    const readyz = await fetch(`${base}/readyz`);
    assert.equal(readyz.status, 503);
    assert.match(await readyz.text(), /the database is unreachable/);

    // Writes fail the same way, not with a driver error.
    await assert.rejects(site.services.articles.save(buildArticle({ slug: 'while-away' })), (error) => isUnavailable(error));
  });

  test('once the database is back, pages answer 200 again without a restart', async (t) => {
    await proxy.restore();
    const recoveredMs = await untilOk(base, '/2026/01/later', 5000);
    t.diagnostic(`first 200 ${recoveredMs.toFixed(0)} ms after the database was reachable again`);
    assert.ok(recoveredMs < 3000, `recovered in ${recoveredMs.toFixed(0)} ms`);
    assert.equal((await fetch(`${base}/readyz`)).status, 200);
    for (let i = 0; i < 20; i += 1) assert.equal((await fetch(`${base}/2026/01/uncached?n=${i}`)).status, 200);
  });

  test('a background worker started while the database is away gets to work once it is back', async () => {
    const ran: string[] = [];
    const runner = createJobRunner({
      store: site.site.store, clock: () => new Date(), pollMs: 100,
      handlers: { 'loss-probe': async () => void ran.push('loss-probe') },
      recurring: [{ kind: 'loss-probe', everyMs: 3_600_000 }],
    });
    await proxy.cut();
    runner.start();
    await new Promise((resolve) => setTimeout(resolve, 300));
    await proxy.restore();
    try {
      for (let i = 0; i < 100 && ran.length === 0; i += 1) await new Promise((resolve) => setTimeout(resolve, 50));
      assert.deepEqual(ran, ['loss-probe'], 'the recurring job was scheduled and ran after the database came back');
    } finally {
      await runner.stop();
    }
  });
});

describe('PostgreSQL connections terminated (pg_terminate_backend) during a burst', () => {
  const name = `dossier_loss_${process.pid}_${Date.now().toString(36)}`;
  let site: TestSite;
  let base: string;
  let admin: pg.Client;

  before(async () => {
    // No page cache: every request goes to the database.
    site = await createTestSite('postgres', undefined, { pageCache: false, databaseUrl: withParam(TEST_POSTGRES_URL, 'application_name', name) });
    await seedStructure(site.services);
    for (let i = 0; i < 6; i += 1) await site.services.articles.save(buildArticle({ slug: `burst-${i}`, title: `Burst ${i}` }));
    base = await listen(site);
    admin = new pg.Client({ connectionString: TEST_POSTGRES_URL });
    await admin.connect();
  });
  after(async () => {
    await admin?.end();
    await site?.close();
  });

  /** Terminates every backend of this site (and no one else's); resolves to how many. */
  async function terminate(): Promise<number> {
    const { rows } = await admin.query<{ pid: number }>(
      'select pid from pg_stat_activity where application_name = $1 and pid <> pg_backend_pid()', [name],
    );
    for (const { pid } of rows) await admin.query('select pg_terminate_backend($1)', [pid]);
    return rows.length;
  }

  test('readers and writers carry on: answers are 200 or 503, never 500, and the server stays up', async () => {
    const paths = ['/', '/section/water', '/search?q=claim', '/feed.xml', ...Array.from({ length: 6 }, (_, i) => `/2026/01/burst-${i}`)];
    const statuses = new Map<number, number>();
    const writeErrors: unknown[] = [];
    let writes = 0;
    let running = true;
    const reader = async (offset: number) => {
      for (let i = offset; running; i += 1) {
        const response = await fetch(`${base}${paths[i % paths.length]}`);
        await response.arrayBuffer();
        statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
      }
    };
    // Each writer its own slugs: two saves of one slug at the same moment are a conflict (409), not what this test is about.
    const writer = async (w: number) => {
      for (let i = 0; running; i += 1) {
        try {
          await site.services.articles.save(buildArticle({ slug: `written-${w}-${i}` }));
          writes += 1;
        } catch (error) {
          writeErrors.push(error);
        }
      }
    };
    const load = [...Array.from({ length: 6 }, (_, i) => reader(i)), writer(0), writer(1)];
    let terminated = 0;
    for (let round = 0; round < 10; round += 1) {
      await new Promise((resolve) => setTimeout(resolve, 400));
      terminated += await terminate();
    }
    running = false;
    await Promise.all(load);

    assert.ok(terminated >= 10, `connections were terminated (${terminated})`);
    assert.deepEqual([...statuses.keys()].filter((status) => status !== 200 && status !== 503), [], `statuses seen: ${JSON.stringify([...statuses])}`);
    assert.ok((statuses.get(200) ?? 0) > 0);
    assert.ok(writes > 0, 'writes went through between the terminations');
    // A write is refused only because the database went away (503), or, when the two writers'
    // saves touch a shared row at the same moment, as a conflict (409) — never a server error.
    for (const error of writeErrors) assert.ok(isUnavailable(error) || isDomainError(error, 'Conflict'), `a write failed with ${String(error)}`);

    // Afterwards every request succeeds: no dead connection is handed out again.
    await untilOk(base, '/', 3000);
    for (const path of paths) assert.equal((await fetch(`${base}${path}`)).status, 200, path);
    await site.services.articles.save(buildArticle({ slug: 'after-the-burst' }));
    assert.equal((await fetch(`${base}/2026/01/after-the-burst`)).status, 200);
  });
});

/** Another process that takes the SQLite write lock and holds it `ms` (better-sqlite3 waits synchronously, so not this one). */
async function holdWriteLock(path: string, ms: number): Promise<ChildProcess> {
  const script = `const db = new (require('better-sqlite3'))(process.argv[1]); db.exec('begin immediate'); console.log('locked'); setTimeout(() => { db.exec('commit'); db.close(); }, ${ms});`;
  const child = spawn(process.execPath, ['-e', script, path], { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] });
  await new Promise<void>((resolve, reject) => {
    child.stdout!.once('data', () => resolve());
    child.once('exit', (code) => reject(new Error(`the lock holder exited with ${code}`)));
  });
  return child;
}

describe('SQLite busy (another process holds the write lock)', () => {
  let site: TestSite;
  let path: string;

  before(async () => {
    site = await createTestSite('sqlite', undefined, { pageCache: false });
    await seedStructure(site.services);
    const target = site.database.target;
    assert.equal(target.engine, 'sqlite');
    path = target.path;
  });
  after(async () => {
    await site?.close();
  });

  test('a write waits for the lock (busy_timeout) and goes through once it is released', async () => {
    const holder = await holdWriteLock(path, 700);
    const started = performance.now();
    await site.services.articles.save(buildArticle({ slug: 'waited' }));
    assert.ok(performance.now() - started >= 300, 'it waited for the other process');
    assert.equal((await site.inject('/2026/01/waited')).statusCode, 200);
    holder.kill();
  });

  test('a write still locked out after the busy timeout answers 503 with Retry-After, never 500', async () => {
    await site.services.accounts.add({ email: 'ed@example.org', name: 'Ed', role: 'administrator', password: PASSWORD, authorSlug: null });
    const editor = await signIn(site, 'ed@example.org');
    const holder = await holdWriteLock(path, 60_000);
    try {
      const response = await editor.post('/admin/sections', { slug: 'locked', name: 'Locked' });
      assert.equal(response.statusCode, 503);
      assert.match(String(response.headers['retry-after']), /^\d+$/);
      assert.match(response.body, /try again in a moment/);
    } finally {
      holder.kill();
      await new Promise((resolve) => holder.once('exit', resolve));
    }
    assert.equal((await editor.post('/admin/sections', { slug: 'unlocked', name: 'Unlocked' })).statusCode, 303);
  });
});
