import type { DatabaseTarget } from '../config/database-url.js';
import type { OpenDatabase } from './dialect.js';

/**
 * Opens the database a configuration names. Each driver is imported only when used, so
 * an SQLite site never pays for loading the PostgreSQL client at startup, and vice versa.
 */
export async function openDatabase(target: DatabaseTarget): Promise<OpenDatabase> {
  if (target.engine === 'sqlite') return (await import('./sqlite/open-sqlite.js')).openSqlite(target.path);
  return (await import('./postgres/open-postgres.js')).openPostgres(target.url, target.schema);
}
