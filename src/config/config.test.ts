import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadConfig } from './config.js';
import { StartupError } from './startup-error.js';

test('defaults: SQLite in ./data, port 3000 on localhost', () => {
  const config = loadConfig({});
  assert.deepEqual(config.database, { engine: 'sqlite', path: './data/dossier.db' });
  assert.equal(config.port, 3000);
  assert.equal(config.host, 'localhost');
  assert.equal(config.siteUrl, 'http://localhost:3000');
  assert.ok(Object.isFrozen(config));
});

test('flags override the environment', () => {
  const config = loadConfig({ PORT: '4000', HOST: '0.0.0.0', DATABASE_URL: 'postgres://u@h/db' }, { port: '5000' });
  assert.equal(config.port, 5000);
  assert.equal(config.siteUrl, 'http://localhost:5000');
  assert.equal(config.database.engine, 'postgres');
});

test('SITE_URL is used as given, without a trailing slash', () => {
  assert.equal(loadConfig({ SITE_URL: 'https://desk.example.org/' }).siteUrl, 'https://desk.example.org');
});

test('bad values name the variable', () => {
  assert.throws(() => loadConfig({ PORT: 'eighty' }), (e: unknown) => e instanceof StartupError && /^PORT is invalid/.test(e.message));
  assert.throws(() => loadConfig({ SITE_URL: 'ftp://x' }), (e: unknown) => e instanceof StartupError && /^SITE_URL/.test(e.message));
  assert.throws(() => loadConfig({ DATABASE_URL: 'mongodb://x' }), (e: unknown) => e instanceof StartupError && /unsupported scheme/.test(e.message));
});

test('PG_DUMP and PSQL name the client programs backup and restore run; PG_DUMP=off turns pg_dump off', () => {
  assert.deepEqual([loadConfig({}).pgDump, loadConfig({}).psql], ['pg_dump', 'psql']);
  assert.deepEqual([loadConfig({ PG_DUMP: '/opt/pg16/bin/pg_dump', PSQL: '/opt/pg16/bin/psql' }).pgDump, loadConfig({ PSQL: '/opt/pg16/bin/psql' }).psql], ['/opt/pg16/bin/pg_dump', '/opt/pg16/bin/psql']);
  assert.equal(loadConfig({ PG_DUMP: 'off' }).pgDump, null);
});
