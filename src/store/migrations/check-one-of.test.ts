import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DummyDriver, Kysely, PostgresAdapter, PostgresIntrospector, PostgresQueryCompiler, SqliteAdapter, SqliteIntrospector, SqliteQueryCompiler } from 'kysely';
import { checkOneOf } from './check-one-of.js';

// Migrations 001, 004 and 007 ran on users' databases with exactly this text.
const compilers = {
  sqlite: new Kysely<unknown>({
    dialect: {
      createAdapter: () => new SqliteAdapter(),
      createDriver: () => new DummyDriver(),
      createIntrospector: (db) => new SqliteIntrospector(db),
      createQueryCompiler: () => new SqliteQueryCompiler(),
    },
  }),
  postgres: new Kysely<unknown>({
    dialect: {
      createAdapter: () => new PostgresAdapter(),
      createDriver: () => new DummyDriver(),
      createIntrospector: (db) => new PostgresIntrospector(db),
      createQueryCompiler: () => new PostgresQueryCompiler(),
    },
  }),
};

for (const [engine, db] of Object.entries(compilers)) {
  test(`checkOneOf compiles to "column in (literals)" on ${engine}`, () => {
    const query = db.schema.createTable('t').addColumn('status', 'text', (c) => c.notNull().check(checkOneOf('status', ['draft', 'published']))).compile();
    assert.equal(query.sql, `create table "t" ("status" text not null check ("status" in ('draft', 'published')))`);
    assert.deepEqual(query.parameters, []);
  });
}
