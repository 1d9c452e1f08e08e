import type Database from 'better-sqlite3';
import type { SqliteDatabase, SqliteStatement } from 'kysely';
import { busyAware } from './busy-database.js';

/**
 * Kysely's SQLite driver prepares every query anew; compiling the SQL was a sixth of
 * the article page's CPU time. This keeps the most recently used prepared statements
 * (SQLite re-prepares them itself after a schema change). Safe because better-sqlite3 is
 * synchronous and we never stream, so no statement is ever in use twice at once.
 * Transactions begin IMMEDIATE: they take the write lock at BEGIN, where the busy timeout
 * waits for another process's lock, instead of failing at once with SQLITE_BUSY when a read
 * turns into a write after another process wrote (WAL's stale snapshot). Every transaction
 * of ours writes.
 */
export function withStatementCache(sqlite: Database.Database, size = 256): SqliteDatabase {
  const cache = new Map<string, SqliteStatement>();
  return {
    close: () => sqlite.close(),
    prepare(sql: string) {
      let statement = cache.get(sql);
      if (statement) {
        cache.delete(sql);
      } else {
        statement = busyAware(sqlite.prepare(sql === 'begin' ? 'begin immediate' : sql));
        if (cache.size >= size) cache.delete(cache.keys().next().value!);
      }
      cache.set(sql, statement);
      return statement;
    },
  };
}
