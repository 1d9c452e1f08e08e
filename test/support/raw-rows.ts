import Database from 'better-sqlite3';
import pg from 'pg';
import type { FreshDatabase } from './databases.js';

/** Every row of a table, read straight from the engine (not through the app), to check what is stored. */
export async function rawRows(database: FreshDatabase, table: string): Promise<Array<Record<string, unknown>>> {
  const target = database.target;
  if (target.engine === 'sqlite') {
    const db = new Database(target.path, { readonly: true });
    try {
      return db.prepare(`select * from ${table}`).all() as Array<Record<string, unknown>>;
    } finally {
      db.close();
    }
  }
  const client = new pg.Client({ connectionString: target.url });
  await client.connect();
  try {
    return (await client.query(`select * from ${target.schema}.${table}`)).rows;
  } finally {
    await client.end();
  }
}
