import { test } from 'node:test';
import assert from 'node:assert/strict';
import { describeDatabase, parseDatabaseUrl } from './database-url.js';
import { StartupError } from './startup-error.js';

test('sqlite forms', () => {
  assert.deepEqual(parseDatabaseUrl('sqlite:./data/x.db'), { engine: 'sqlite', path: './data/x.db' });
  assert.deepEqual(parseDatabaseUrl('sqlite:///var/lib/x.db'), { engine: 'sqlite', path: '/var/lib/x.db' });
  assert.deepEqual(parseDatabaseUrl('/tmp/site.db'), { engine: 'sqlite', path: '/tmp/site.db' });
  assert.deepEqual(parseDatabaseUrl('site.db'), { engine: 'sqlite', path: 'site.db' });
  assert.deepEqual(parseDatabaseUrl(':memory:'), { engine: 'sqlite', path: ':memory:' });
  assert.deepEqual(parseDatabaseUrl('sqlite::memory:'), { engine: 'sqlite', path: ':memory:' });
});

test('postgres forms', () => {
  assert.equal(parseDatabaseUrl('postgres://u@127.0.0.1:5432/db').engine, 'postgres');
  assert.equal(parseDatabaseUrl('postgresql://u:secret@h/db').engine, 'postgres');
  assert.equal(describeDatabase(parseDatabaseUrl('postgres://u:secret@h:5433/db')), 'PostgreSQL h:5433/db');
});

test('unknown schemes are a startup error that names the accepted forms', () => {
  for (const bad of ['mysql://root@localhost/db', 'redis://x', 'http://example.org/db', '   ']) {
    assert.throws(() => parseDatabaseUrl(bad), (error: unknown) => {
      assert.ok(error instanceof StartupError);
      assert.match(error.message, /DATABASE_URL/);
      assert.match(error.message, /sqlite:PATH|sqlite:/);
      return true;
    }, bad);
  }
});

test('?schema=NAME picks the PostgreSQL schema and is taken off the URL the driver gets', () => {
  assert.deepEqual(parseDatabaseUrl('postgres://u@h:5432/db?schema=site_one'), { engine: 'postgres', url: 'postgres://u@h:5432/db', schema: 'site_one' });
  assert.deepEqual(parseDatabaseUrl('postgres://u@h/db?sslmode=disable&schema=s2'), { engine: 'postgres', url: 'postgres://u@h/db?sslmode=disable', schema: 's2' });
  assert.equal(describeDatabase(parseDatabaseUrl('postgres://u:secret@h/db?schema=s2')), 'PostgreSQL h:5432/db (schema s2)');
  assert.throws(() => parseDatabaseUrl('postgres://u@h/db?schema=x;drop'), /DATABASE_URL schema "x;drop" is not a plain schema name/);
});
