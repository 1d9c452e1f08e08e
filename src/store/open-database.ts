import type { DatabaseTarget } from '../config/database-url.js';
import type { OpenDatabase } from './dialect.js';

/** One statement as the database is sent it. */
export interface RanQuery {
  sql: string;
  parameters: readonly unknown[];
}

/** How to open a database beyond where it is. */
export interface OpenOptions {
  /** Told every statement run (the query-plan test; debugging). */
  onQuery?: (query: RanQuery) => void;
}

/**
 * Opens the database a configuration names. Each driver is imported only when used, so
 * an SQLite site never pays for loading the PostgreSQL client at startup, and vice versa.
 */
export async function openDatabase(target: DatabaseTarget, options: OpenOptions = {}): Promise<OpenDatabase> {
  if (target.engine === 'sqlite') return (await import('./sqlite/open-sqlite.js')).openSqlite(target.path, options);
  return (await import('./postgres/open-postgres.js')).openPostgres(target.url, target.schema, options);
}
