// `dossier serve --workers 2`: two processes share the port, one session and one cache —
// in each process's memory (changes handed round by the primary) or in Redis.
import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort, runCli, startServe, type ServeProcess } from '../support/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'dossier-workers-'));

/** The CSRF token of the first form of a page. */
const csrfOf = (html: string) => /name="_csrf" value="([^"]+)"/.exec(html)?.[1] ?? '';
const cookieOf = (response: Response) => response.headers.getSetCookie().map((c) => c.split(';')[0]).filter((c) => !c!.endsWith('=')).join('; ');

/** Signs in over HTTP; the session is kept in the database, so either worker may have answered. */
async function signIn(base: string, email: string, password: string): Promise<string> {
  const form = await fetch(`${base}/admin/login`);
  const anonymous = cookieOf(form);
  const response = await fetch(`${base}/admin/login`, {
    method: 'POST', redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: anonymous },
    body: new URLSearchParams({ _csrf: csrfOf(await form.text()), email, password }),
  });
  assert.equal(response.status, 303, 'signed in');
  return cookieOf(response);
}

async function changeTitle(base: string, cookie: string, title: string): Promise<void> {
  const page = await fetch(`${base}/admin/settings`, { headers: { cookie } });
  const fields = new URLSearchParams({
    _csrf: csrfOf(await page.text()), title, description: '', language: 'en', timeZone: 'UTC', postsPerPage: '10',
    permalinkPattern: '/:year/:month/:slug', citationStyle: 'chicago-notes-bibliography',
  });
  const saved = await fetch(`${base}/admin/settings`, { method: 'POST', redirect: 'manual', headers: { 'content-type': 'application/x-www-form-urlencoded', cookie }, body: fields });
  assert.equal(saved.status, 303, `settings saved (${saved.status})`);
}

describe('dossier serve --workers 2', () => {
  const servers: ServeProcess[] = [];
  after(async () => {
    for (const server of servers) await server.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  for (const [name, env] of [
    ['each worker\'s memory', {}],
    ['Redis', { REDIS_URL: 'redis://127.0.0.1:6379', REDIS_PREFIX: `dossier-test-${process.pid}-${Date.now()}:` }],
  ] as const) {
    test(`two workers see one session and one cache (${name})`, async () => {
      const db = join(dir, `${name.length}.db`);
      const added = runCli(['user', 'add', '--email', 'ed@example.org', '--name', 'Ed', '--role', 'administrator', '--password-stdin'], { DATABASE_URL: db }, 'a good long password\n');
      assert.equal(added.status, 0, added.stderr);
      const server = await startServe(['--workers', '2', '--port', String(await freePort()), '--host', '127.0.0.1'], { DATABASE_URL: db, ...env });
      servers.push(server);
      assert.match(server.stdout, /with 2 workers/);
      const base = server.url;

      const cookie = await signIn(base, 'ed@example.org', 'a good long password');
      const admins = new Set<string>();
      for (let i = 0; i < 30; i++) {
        const response = await fetch(`${base}/admin`, { headers: { cookie }, redirect: 'manual' });
        assert.equal(response.status, 200, 'the session holds on every worker');
        admins.add(String(response.headers.get('x-dossier-worker')));
      }
      assert.equal(admins.size, 2, `both workers answered (${[...admins].join(', ')})`);

      // Every worker has the home page cached…
      const cached = new Set<string>();
      for (let i = 0; i < 30; i++) {
        const response = await fetch(`${base}/`);
        if (response.headers.get('x-cache') === 'HIT') cached.add(String(response.headers.get('x-dossier-worker')));
      }
      assert.equal(cached.size, 2, 'both workers answered from a cache');
      // …and a change made through one of them reaches every worker's next answer.
      await changeTitle(base, cookie, 'The Shared Desk');
      for (let i = 0; i < 30; i++) {
        const html = await (await fetch(`${base}/`)).text();
        assert.match(html, /The Shared Desk/, `answer ${i} shows the new title`);
      }
    });
  }

  test('stopped as soon as it first answers (a worker still starting), it stops every worker and exits 0, quietly', async () => {
    const port = await freePort();
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'serve', '--workers', '2', '--no-demo', '--port', String(port), '--host', '127.0.0.1'], {
      cwd: new URL('../..', import.meta.url), env: { ...process.env, LOG_LEVEL: 'warn', DATABASE_URL: join(dir, 'stop-early.db') },
    });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    const exited = new Promise<[number | null, string | null]>((resolve) => child.once('exit', (code, signal) => resolve([code, signal])));
    for (;;) {
      const answer = await fetch(`http://127.0.0.1:${port}/`).catch(() => null);
      if (answer?.status === 200) break;
      assert.equal(child.exitCode, null, `serve exited before answering: ${stderr}`);
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    child.kill('SIGTERM');
    assert.deepEqual(await exited, [0, null], 'the primary waited for its workers and exited 0');
    assert.equal(stderr, '', 'no worker crashed on the way out (EPIPE)');
    assert.equal(await fetch(`http://127.0.0.1:${port}/`).then(() => 'answered', () => 'refused'), 'refused', 'no worker is left serving');
  });
});
