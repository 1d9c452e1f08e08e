import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort, runCli, startServe } from '../support/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'dossier-cli-'));

/** A startup failure is one line on stderr, no stack trace, exit code 2. */
function assertOneLineFailure(result: { status: number | null; stderr: string }, pattern: RegExp) {
  assert.equal(result.status, 2, result.stderr);
  const lines = result.stderr.trim().split('\n');
  assert.equal(lines.length, 1, result.stderr);
  assert.match(lines[0]!, /^dossier: /);
  assert.match(lines[0]!, pattern);
  assert.doesNotMatch(result.stderr, /\n\s+at /);
}

describe('the dossier command', () => {
  after(() => rmSync(dir, { recursive: true, force: true }));

  test('--help lists serve, migrate and demo', () => {
    const result = runCli(['--help']);
    assert.equal(result.status, 0);
    for (const command of ['serve', 'migrate', 'demo']) assert.match(result.stdout, new RegExp(`\\n\\s+${command}\\b`));
    assert.match(runCli(['serve', '--help']).stdout, /--no-demo/);
  });

  test('an unknown DATABASE_URL scheme is one clear line and exit 2', () => {
    assertOneLineFailure(runCli(['migrate'], { DATABASE_URL: 'mysql://root@localhost/db' }), /unsupported scheme "mysql:".*sqlite:PATH.*postgres:\/\//);
  });

  test('an unreachable PostgreSQL is one clear line and exit 2', async () => {
    const port = await freePort();
    assertOneLineFailure(runCli(['migrate'], { DATABASE_URL: `postgres://postgres@127.0.0.1:${port}/test` }), /Cannot connect to PostgreSQL at 127\.0\.0\.1:\d+\/test: connection refused/);
  });

  test('a port in use is one clear line and exit 2', async () => {
    const blocker = createServer().listen(0, '127.0.0.1');
    await new Promise((resolve) => blocker.once('listening', resolve));
    const { port } = blocker.address() as AddressInfo;
    try {
      const result = runCli(['serve', '--port', String(port), '--host', '127.0.0.1', '--no-demo'], { DATABASE_URL: join(dir, 'port.db') });
      assertOneLineFailure(result, new RegExp(`Port ${port} is already in use.*--port`));
    } finally {
      blocker.close();
    }
  });

  test('a bad PORT names the variable', () => {
    assertOneLineFailure(runCli(['migrate'], { PORT: 'eighty', DATABASE_URL: join(dir, 'x.db') }), /^dossier: PORT is invalid/);
  });

  test('migrate creates the schema once; demo seeds once', () => {
    const env = { DATABASE_URL: `sqlite:${join(dir, 'cli.db')}` };
    assert.match(runCli(['migrate'], env).stdout, /applied 001-initial, 002-search, 003-jobs, \d{3}-/);
    assert.match(runCli(['migrate'], env).stdout, /already up to date/);
    assert.match(runCli(['demo'], env).stdout, /added \d+ demo articles/);
    assert.match(runCli(['demo'], env).stdout, /already has content; nothing added/);
  });

  test('jobs work --once runs due jobs; jobs list shows them with counts', () => {
    const env = { DATABASE_URL: `sqlite:${join(dir, 'jobs.db')}` };
    assert.match(runCli(['jobs', 'work', '--once'], env).stdout, /Ran 1 job\./);
    const list = runCli(['jobs', 'list'], env);
    // Pending: publish-scheduled's next run and the daily links-recheck sweep.
    assert.match(list.stdout, /^pending 2 · running 0 · done 1 · failed 0/);
    assert.match(list.stdout, /publish-scheduled done attempts 1\/5/);
    const json = JSON.parse(runCli(['jobs', 'list', '--json', '--status', 'pending'], env).stdout);
    assert.equal(json[0].kind, 'publish-scheduled');
    assert.equal(runCli(['jobs', 'list', '--status', 'bogus'], env).status, 2);
  });

  test('serve seeds demo content into an empty database and answers', async (t) => {
    const port = await freePort();
    const started = Date.now();
    const server = await startServe(['--port', String(port), '--host', '127.0.0.1'], { DATABASE_URL: join(dir, 'serve.db') });
    try {
      const home = await fetch(`http://127.0.0.1:${port}/`);
      t.diagnostic(`first answer ${Date.now() - started} ms after spawn (from source via tsx, first run with seeding)`);
      assert.equal(home.status, 200);
      assert.match(server.stdout, /demo content added/);
      assert.match(await home.text(), /class="card-title"/);
    } finally {
      await server.stop();
    }
  });

  test('serve --no-demo leaves an empty database empty', async () => {
    const port = await freePort();
    const server = await startServe(['--port', String(port), '--host', '127.0.0.1', '--no-demo'], { DATABASE_URL: join(dir, 'empty.db') });
    try {
      const body = await (await fetch(`http://127.0.0.1:${port}/`)).text();
      assert.match(body, /Nothing has been published yet/);
    } finally {
      await server.stop();
    }
  });
});
