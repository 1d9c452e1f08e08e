import Database from 'better-sqlite3';
import { copyFile, mkdir, rename, rm } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { BackupError, CONTENT_TABLES, countMismatch, type DatabaseDump, type ProgressListener, type SiteContents } from '../database-backup.js';

const FILE = 'database.sqlite';

// Every table but SQLite's own (sqlite_sequence, sqlite_stat1): FTS5 tables and their shadow
// tables are copied page by page with the rest, so they are counted like any other.
function tableCounts(db: Database.Database): Record<string, number> {
  const names = db.prepare("select name from sqlite_master where type = 'table' and name not like 'sqlite_%' order by name").pluck().all() as string[];
  const counts: Record<string, number> = {};
  for (const name of names) counts[name] = db.prepare(`select count(*) from "${name.replace(/"/g, '""')}"`).pluck().get() as number;
  return counts;
}

function migrations(db: Database.Database, tables: Record<string, number>): string[] {
  if (!('kysely_migration' in tables)) return [];
  return db.prepare('select name from kysely_migration order by name').pluck().all() as string[];
}

/**
 * Copies the database with SQLite's online backup API, a few pages at a time: other
 * connections (a running site) keep reading and writing, and the copy is one consistent state.
 */
export async function dumpSqlite(path: string, dir: string, onProgress: ProgressListener): Promise<DatabaseDump> {
  if (path === ':memory:') throw new BackupError('DATABASE_URL names an in-memory SQLite database: there is nothing on disk to back up.');
  if (!existsSync(path)) throw new BackupError(`There is no SQLite database at ${path}: nothing to back up. Check DATABASE_URL.`);
  const source = new Database(path, { readonly: true, fileMustExist: true });
  try {
    source.pragma('busy_timeout = 5000');
    await source.backup(join(dir, FILE), {
      progress: ({ totalPages, remainingPages }) => {
        onProgress('Database', totalPages - remainingPages, totalPages);
        return 1024;
      },
    });
  } finally {
    source.close();
  }
  const copy = new Database(join(dir, FILE));
  try {
    const tables = tableCounts(copy);
    if (!('articles' in tables)) throw new BackupError(`The SQLite database at ${path} holds no Dossier site (it has no articles table). Check DATABASE_URL.`);
    return { format: 'sqlite', file: FILE, tables, migrations: migrations(copy, tables) };
  } finally {
    copy.close();
  }
}

/** Rows of the content tables, or nothing when the file does not exist (it is not created). */
export function sqliteContents(path: string): SiteContents {
  if (path === ':memory:') throw new BackupError('DATABASE_URL names an in-memory SQLite database: a restore needs a file. Set DATABASE_URL=sqlite:PATH.');
  if (!existsSync(path)) return { tables: [], content: {} };
  const db = new Database(path, { readonly: true, fileMustExist: true });
  try {
    const tables = db.prepare("select name from sqlite_master where type = 'table' and name not like 'sqlite_%' order by name").pluck().all() as string[];
    const content: Record<string, number> = {};
    for (const table of CONTENT_TABLES) {
      if (tables.includes(table)) content[table] = db.prepare(`select count(*) from ${table}`).pluck().get() as number;
    }
    return { tables, content };
  } finally {
    db.close();
  }
}

/**
 * Checks the backed-up file (integrity and every table's rows) beside the target, then moves
 * it into place in one rename; a failed check leaves the target as it was.
 */
export async function restoreSqlite(path: string, dir: string, dump: DatabaseDump, onProgress: ProgressListener): Promise<void> {
  const target = resolve(path);
  await mkdir(dirname(target), { recursive: true });
  const staged = `${target}.restoring-${process.pid}`;
  onProgress('Database', 0, 1);
  try {
    await copyFile(join(dir, dump.file), staged);
    const db = new Database(staged, { fileMustExist: true });
    try {
      const integrity = db.pragma('integrity_check', { simple: true });
      if (integrity !== 'ok') throw new BackupError(`The database in the backup is damaged (SQLite integrity check: ${String(integrity)}). Nothing was restored.`);
      const mismatch = countMismatch(dump.tables, tableCounts(db));
      if (mismatch) throw new BackupError(`The database in the backup does not match its manifest: ${mismatch}. Nothing was restored.`);
    } finally {
      db.close();
    }
    // The old file's write-ahead log must not be replayed onto the restored file.
    await rm(`${target}-wal`, { force: true });
    await rm(`${target}-shm`, { force: true });
    await rename(staged, target);
    onProgress('Database', 1, 1);
  } finally {
    await rm(staged, { force: true });
    await rm(`${staged}-wal`, { force: true });
    await rm(`${staged}-shm`, { force: true });
  }
}
