import type Database from 'better-sqlite3';
import type { SqliteStatement } from 'kysely';
import { UnavailableError } from '../../domain/errors.js';

/** How long a statement waits for another process's write lock before giving up (SQLite's busy handler). */
export const BUSY_TIMEOUT_MS = 5000;

/** True for SQLITE_BUSY and its extended codes ("database is locked"): another process holds the lock. */
export function isBusy(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && code.startsWith('SQLITE_BUSY');
}

function busy(error: unknown): unknown {
  if (!isBusy(error)) return error;
  const seconds = BUSY_TIMEOUT_MS / 1000;
  return new UnavailableError(`The database is busy: another process held its write lock for more than ${seconds} s (${(error as Error).message}).`, 2, { cause: error });
}

/**
 * A statement whose "database is locked" — left once the busy timeout ran out — is an
 * UnavailableError (503, Retry-After) rather than a driver error (500).
 */
export function busyAware(statement: Database.Statement): SqliteStatement {
  return {
    reader: statement.reader,
    all(parameters) {
      try {
        return statement.all(parameters);
      } catch (error) {
        throw busy(error);
      }
    },
    run(parameters) {
      try {
        return statement.run(parameters);
      } catch (error) {
        throw busy(error);
      }
    },
    iterate(parameters) {
      try {
        return statement.iterate(parameters);
      } catch (error) {
        throw busy(error);
      }
    },
  };
}
