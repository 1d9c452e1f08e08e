import { test } from 'node:test';
import assert from 'node:assert/strict';
import Database from 'better-sqlite3';
import { withStatementCache } from './statement-cache.js';

test('the same SQL reuses one statement; the cache stays bounded', () => {
  const sqlite = new Database(':memory:');
  const db = withStatementCache(sqlite, 2);
  const first = db.prepare('select 1 as x');
  assert.equal(db.prepare('select 1 as x'), first);
  db.prepare('select 2 as x');
  db.prepare('select 3 as x');
  assert.notEqual(db.prepare('select 1 as x'), first, 'the least recently used statement was dropped');
  db.close();
});

test('cached statements still work after the schema changes', () => {
  const sqlite = new Database(':memory:');
  const db = withStatementCache(sqlite);
  sqlite.exec('create table t (a integer)');
  sqlite.exec('insert into t values (1)');
  assert.deepEqual(db.prepare('select * from t').all([]), [{ a: 1 }]);
  sqlite.exec('alter table t add column b integer default 7');
  assert.deepEqual(db.prepare('select * from t').all([]), [{ a: 1, b: 7 }]);
  db.close();
});
