import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import type { DatabaseTarget } from '../../src/config/database-url.js';

/** Both engines; every storage suite runs on each. */
export const ENGINES = ['sqlite', 'postgres'] as const;
export type TestEngine = (typeof ENGINES)[number];

/** The PostgreSQL server tests use (a fresh schema per test site). */
export const TEST_POSTGRES_URL = process.env['TEST_POSTGRES_URL'] ?? 'postgres://postgres@127.0.0.1:5432/test';

/** A database nobody else uses, and how to remove it. */
export interface FreshDatabase {
  target: DatabaseTarget;
  drop(): Promise<void>;
}

/** The `DATABASE_URL` that points the CLI at a database (a PostgreSQL schema as `?schema=`). */
export function databaseUrlOf(target: DatabaseTarget): string {
  return target.engine === 'sqlite' ? `sqlite:${target.path}` : `${target.url}?schema=${target.schema}`;
}

let counter = 0;

/** An empty SQLite file in a temporary folder, or a new schema in the test PostgreSQL database. */
export async function freshDatabase(engine: TestEngine): Promise<FreshDatabase> {
  if (engine === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'dossier-test-'));
    return { target: { engine: 'sqlite', path: join(dir, 'test.db') }, drop: async () => rmSync(dir, { recursive: true, force: true }) };
  }
  const schema = `t_${process.pid}_${Date.now().toString(36)}_${counter++}`;
  const admin = new pg.Client({ connectionString: TEST_POSTGRES_URL });
  await admin.connect();
  await admin.query(`create schema ${schema}`);
  await admin.end();
  return {
    target: { engine: 'postgres', url: TEST_POSTGRES_URL, schema },
    drop: async () => {
      const client = new pg.Client({ connectionString: TEST_POSTGRES_URL });
      await client.connect();
      await client.query(`drop schema if exists ${schema} cascade`);
      await client.end();
    },
  };
}
