import { conflict } from '../domain/errors.js';

/** SQLite's and PostgreSQL's codes for a row that would duplicate a unique key. */
const UNIQUE_CODES = new Set(['SQLITE_CONSTRAINT_UNIQUE', 'SQLITE_CONSTRAINT_PRIMARYKEY', '23505']);

/** Whether a database error says a unique key was already taken. */
export function isUniqueViolation(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && UNIQUE_CODES.has(code);
}

/**
 * Two saves at the same moment can both find a slug (or position) free and both write it;
 * the database keeps one and refuses the other. The refused one is a conflict the writer
 * can act on (409, "reload and try again"), not a server error.
 */
export function asWriteConflict(error: unknown): unknown {
  if (!isUniqueViolation(error)) return error;
  return conflict('Someone else saved a change to the same thing at the same moment. Reload the page and try again.');
}
