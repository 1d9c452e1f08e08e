import type { DatabaseTarget } from '../config/database-url.js';
import type { OpenDatabase } from './dialect.js';
import { openPostgres } from './postgres/open-postgres.js';
import { openSqlite } from './sqlite/open-sqlite.js';

/** Opens the database a configuration names. */
export async function openDatabase(target: DatabaseTarget): Promise<OpenDatabase> {
  return target.engine === 'sqlite' ? openSqlite(target.path) : openPostgres(target.url, target.schema);
}
