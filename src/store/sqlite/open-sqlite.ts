import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { CompiledQuery, Kysely, SqliteDialect, SqliteDriver, type DatabaseConnection, type Driver } from 'kysely';
import { StartupError } from '../../config/startup-error.js';
import type { OpenDatabase } from '../dialect.js';
import type { OpenOptions } from '../open-database.js';
import { queryLog } from '../query-log.js';
import type { DB } from '../schema.js';
import { sqliteHelpers } from './dialect-helpers.js';
import { BUSY_TIMEOUT_MS } from './busy-database.js';
import { withStatementCache } from './statement-cache.js';

/**
 * Transactions begin IMMEDIATE: they take the write lock at BEGIN, where SQLite's busy
 * timeout waits for another process (a CLI import beside the site) to finish. A deferred
 * BEGIN that reads first and writes later fails at once with "database is locked" when
 * another process committed in between (SQLITE_BUSY_SNAPSHOT is never retried).
 * Every transaction Dossier opens writes, so none is slowed by this.
 */
class ImmediateSqliteDriver extends SqliteDriver {
  override async beginTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('begin immediate'));
  }
}

class ImmediateSqliteDialect extends SqliteDialect {
  readonly #config: ConstructorParameters<typeof SqliteDialect>[0];
  constructor(config: ConstructorParameters<typeof SqliteDialect>[0]) {
    super(config);
    this.#config = config;
  }
  override createDriver(): Driver {
    return new ImmediateSqliteDriver(this.#config);
  }
}

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
  const db = new Kysely<DB>({ dialect: new ImmediateSqliteDialect({ database: withStatementCache(sqlite) }), ...queryLog(options) });
  return { db, helpers: sqliteHelpers, close: () => db.destroy() };
}
