import type { DatabaseTarget } from '../config/database-url.js';

/** How the database is kept in a backup: an SQLite file, a plain pg_dump script, or JSON lines of every table. */
export type DumpFormat = 'sqlite' | 'pg_dump' | 'json';

/** What a database dump holds: its file (inside the backup folder), its rows per table, its migrations. */
export interface DatabaseDump {
  format: DumpFormat;
  file: string;
  /** The PostgreSQL schema the dump was taken from. */
  schema?: string;
  /** Rows of every table the catalogue lists, counted in the same snapshot the dump was taken in. */
  tables: Record<string, number>;
  /** The migrations applied to the dumped database, oldest first. */
  migrations: string[];
}

/** Told how far a long step is (`done` of `total`). */
export type ProgressListener = (step: string, done: number, total: number) => void;

/** Which PostgreSQL client programs to run; null means "not there" (the JSON dump is used). */
export interface PostgresTools {
  pgDump: string | null;
  psql: string;
}

/** A refusal or failure of backup or restore, with a message that says what is wrong. */
export class BackupError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BackupError';
  }
}

/** How much a database holds, to tell a site with content from an empty or freshly migrated one. */
export interface SiteContents {
  /** Tables of the site (no SQLite internals). */
  tables: string[];
  /** Rows of the tables that make a site "not empty" (articles, users, authors, comments, media) that exist. */
  content: Record<string, number>;
}

/** Tables whose rows mean a site has content; a restore refuses to write over any of them. */
export const CONTENT_TABLES = ['articles', 'users', 'authors', 'comments', 'media'] as const;

/** Writes a consistent copy of the database into `dir` (the site may be running). */
export async function dumpDatabase(target: DatabaseTarget, dir: string, tools: PostgresTools, onProgress: ProgressListener): Promise<DatabaseDump> {
  if (target.engine === 'sqlite') return (await import('./sqlite/sqlite-backup.js')).dumpSqlite(target.path, dir, onProgress);
  return (await import('./postgres/postgres-backup.js')).dumpPostgres(target, dir, tools, onProgress);
}

/** What the target database holds now (nothing when it does not exist yet). */
export async function siteContents(target: DatabaseTarget): Promise<SiteContents> {
  if (target.engine === 'sqlite') return (await import('./sqlite/sqlite-backup.js')).sqliteContents(target.path);
  return (await import('./postgres/postgres-backup.js')).postgresContents(target);
}

/**
 * Restores a dump from `dir` into the target, all or nothing: the row counts are checked
 * against `dump.tables` before the restore is committed (PostgreSQL) or moved into place (SQLite).
 */
export async function restoreDatabase(target: DatabaseTarget, dir: string, dump: DatabaseDump, tools: PostgresTools, onProgress: ProgressListener): Promise<void> {
  if (target.engine === 'sqlite') return (await import('./sqlite/sqlite-backup.js')).restoreSqlite(target.path, dir, dump, onProgress);
  return (await import('./postgres/postgres-backup.js')).restorePostgres(target, dir, dump, tools, onProgress);
}

/** Names the first table whose restored row count differs from the backup's, or null when all match. */
export function countMismatch(expected: Record<string, number>, actual: Record<string, number>): string | null {
  for (const [table, rows] of Object.entries(expected)) {
    const found = actual[table];
    if (found === undefined) return `table ${table} is missing after the restore`;
    if (found !== rows) return `table ${table} has ${found} rows after the restore, the backup manifest says ${rows}`;
  }
  const extra = Object.keys(actual).filter((table) => !(table in expected));
  return extra.length > 0 ? `the restored database has tables the backup does not list: ${extra.join(', ')}` : null;
}
