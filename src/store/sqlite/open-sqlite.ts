import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { Kysely, SqliteDialect } from 'kysely';
import { StartupError } from '../../config/startup-error.js';
import type { OpenDatabase } from '../dialect.js';
import type { OpenOptions } from '../open-database.js';
import { queryLog } from '../query-log.js';
import type { DB } from '../schema.js';
import { sqliteHelpers } from './dialect-helpers.js';
import { BUSY_TIMEOUT_MS } from './busy-database.js';
import { withStatementCache } from './statement-cache.js';

/** Opens (creating if needed) an SQLite database file in WAL mode with foreign keys on. */
export function openSqlite(path: string, options: OpenOptions = {}): OpenDatabase {
  let sqlite: Database.Database;
  try {
    if (path !== ':memory:') mkdirSync(dirname(resolve(path)), { recursive: true });
    sqlite = new Database(path);
    sqlite.pragma('journal_mode = WAL');
    sqlite.pragma('synchronous = NORMAL');
    sqlite.pragma('foreign_keys = ON');
    sqlite.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new StartupError(`Cannot open the SQLite database at ${path}: ${reason}. Check that the folder is writable or set DATABASE_URL.`);
  }
  const db = new Kysely<DB>({ dialect: new SqliteDialect({ database: withStatementCache(sqlite) }), ...queryLog(options) });
  return { db, helpers: sqliteHelpers, close: () => db.destroy() };
}
