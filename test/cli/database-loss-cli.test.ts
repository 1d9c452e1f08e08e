import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import pg from 'pg';
import { migrateDatabase } from '../../src/main.js';
import { runCliAsync } from '../support/cli.js';
import { TEST_POSTGRES_URL } from '../support/databases.js';
import { startTcpProxy, type TcpProxy } from '../support/tcp-proxy.js';

const WXR = 'test/fixtures/wordpress/themeunittestdata.wordpress.xml';

/** The test server's URL for another database, through `port`, naming its connections `name`. */
function databaseUrl(database: string, name: string, port?: number): string {
  const url = new URL(TEST_POSTGRES_URL);
  url.pathname = `/${database}`;
  url.hostname = '127.0.0.1';
  if (port) url.port = String(port);
  url.searchParams.set('application_name', name);
  return url.toString();
}

async function adminQuery<T extends pg.QueryResultRow>(text: string, values: unknown[] = [], database?: string): Promise<T[]> {
  const url = new URL(TEST_POSTGRES_URL);
  if (database) url.pathname = `/${database}`;
  const client = new pg.Client({ connectionString: url.toString() });
  await client.connect();
  try {
    return (await client.query<T>(text, values)).rows;
  } finally {
    await client.end();
  }
}

/** Waits until a connection named `name` has been in one transaction for a second (the import: the schema is already up to date). */
async function importUnderWay(name: string): Promise<void> {
  const started = Date.now();
  while (Date.now() - started < 45_000) {
    const rows = await adminQuery("select 1 from pg_stat_activity where application_name = $1 and xact_start < now() - interval '1 second'", [name]);
    if (rows.length > 0) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error('the import never started its transaction');
}

// The database gets lost two ways: its backends terminated by an administrator (57P01), and
// the network to it cut (the proxy drops both sides and refuses new connections).
describe('dossier import when the database connection is lost mid-way (PostgreSQL)', () => {
  const made: string[] = [];
  const proxies: TcpProxy[] = [];
  after(async () => {
    for (const proxy of proxies) await proxy.close();
    for (const database of made) await adminQuery(`drop database if exists ${database} with (force)`);
  });

  for (const how of ['terminated', 'cut'] as const) {
    test(`connection ${how}: one clear line, exit 1, no stack trace, nothing written`, async () => {
      const database = `dossier_loss_${how}_${process.pid}_${Date.now().toString(36)}`;
      const name = database;
      await adminQuery(`create database ${database}`);
      made.push(database);
      const server = new URL(TEST_POSTGRES_URL);
      const proxy = await startTcpProxy({ host: server.hostname, port: Number(server.port || 5432) });
      proxies.push(proxy);
      const env = { DATABASE_URL: databaseUrl(database, name, how === 'cut' ? proxy.port : undefined) };

      await migrateDatabase({ engine: 'postgres', url: databaseUrl(database, 'migrate') });
      const running = runCliAsync(['import', 'wordpress', WXR], env);
      await importUnderWay(name);
      if (how === 'cut') await proxy.cut();
      else await adminQuery('select pg_terminate_backend(pid) from pg_stat_activity where application_name = $1', [name]);
      const result = await running;

      assert.equal(result.status, 1, result.stderr);
      const lines = result.stderr.trim().split('\n');
      assert.equal(lines.length, 1, `one line on stderr, got:\n${result.stderr}`);
      assert.match(lines[0]!, /^dossier: The database connection was lost \(.+\)\. Nothing from this run was saved: the import runs in one transaction, which was rolled back\. Run it again once the database is back\.$/);
      assert.doesNotMatch(result.stderr, /\n\s+at |Unhandled|node:internal/);
      assert.doesNotMatch(result.stdout, /^Imported /m);

      const [articles] = await adminQuery<{ n: string }>('select count(*) as n from articles', [], database);
      const [sources] = await adminQuery<{ n: string }>('select count(*) as n from import_sources', [], database);
      assert.equal(Number(articles!.n), 0, 'no article of the import was kept');
      assert.equal(Number(sources!.n), 0, 'no import record was kept');
    });
  }
});
