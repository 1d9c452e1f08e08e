import { spawn } from 'node:child_process';
import { createReadStream } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { DatabaseTarget } from '../../config/database-url.js';
import { BackupError, type DatabaseDump, type ProgressListener } from '../database-backup.js';
import { connect, ident, schemaTables } from './postgres-backup.js';

type PostgresTarget = Extract<DatabaseTarget, { engine: 'postgres' }>;

const FILE = 'database.sql';

// The client programs get the URL without its password (which `ps` would show), and the
// password through PGPASSWORD.
function connection(url: string): { dbname: string; env: NodeJS.ProcessEnv } {
  const parsed = new URL(url);
  const password = decodeURIComponent(parsed.password);
  parsed.password = '';
  return { dbname: parsed.toString(), env: { ...process.env, ...(password ? { PGPASSWORD: password } : {}) } };
}

/**
 * Runs pg_dump on the schema in the exported snapshot, as a plain SQL script; resolves to
 * the file's name, or null when pg_dump is not installed (the caller falls back to JSON).
 */
export function runPgDump(target: PostgresTarget, schema: string, snapshot: string, dir: string, command: string, tables: number, onProgress: ProgressListener): Promise<string | null> {
  const { dbname, env } = connection(target.url);
  const args = ['--format=plain', `--schema=${schema}`, '--no-owner', '--no-privileges', `--snapshot=${snapshot}`, '--verbose', `--file=${join(dir, FILE)}`, `--dbname=${dbname}`];
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { env, stdio: ['ignore', 'ignore', 'pipe'] });
    const problems: string[] = [];
    let dumped = 0;
    createInterface({ input: child.stderr }).on('line', (line) => {
      if (line.includes('dumping contents of table')) onProgress('Database', ++dumped, tables);
      else if (/error|fatal/i.test(line)) problems.push(line.trim());
    });
    child.once('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') resolve(null);
      else reject(new BackupError(`${command} could not be run: ${error.message}`));
    });
    child.once('close', (code) => {
      if (code === 0) resolve(FILE);
      else if (code !== null && code >= 0) reject(new BackupError(`pg_dump failed (exit ${code}): ${problems.join(' ') || 'it gave no reason'}. Set PG_DUMP=off to back up with Dossier's own JSON dump instead.`));
    });
  });
}

/**
 * Rewrites a plain pg_dump of schema `from`, line by line, into one for schema `to`: the
 * schema itself is not created (the restore makes it), and `from.` qualifiers become `to.`.
 * Data lines of COPY blocks are readers' text and pass untouched.
 */
export function retargetDump(from: string, to: string): (line: string) => string | null {
  let inCopy = false;
  const qualifier = new RegExp(`(?<![\\w"$])(?:${from}|"${from}")\\.`, 'g');
  const target = /^[a-z_][a-z0-9_]*$/.test(to) ? to : ident(to);
  return (line) => {
    if (inCopy) {
      if (line === '\\.') inCopy = false;
      return line;
    }
    if (/^COPY .* FROM stdin;$/.test(line)) inCopy = true;
    if (/^(CREATE|ALTER|COMMENT ON) SCHEMA /.test(line)) return null;
    return from === to ? line : line.replace(qualifier, `${target}.`);
  };
}

// Run by psql before commit: a table whose rows differ from the manifest aborts the restore.
function countCheck(schema: string, tables: Record<string, number>): string {
  const checks = Object.entries(tables).map(([table, rows]) => {
    const name = `${ident(schema)}.${ident(table)}`;
    const label = table.replace(/'/g, "''");
    return `  select count(*) into n from ${name};\n  if n <> ${rows} then raise exception 'table ${label} has % rows after the restore, the backup manifest says ${rows}', n; end if;`;
  });
  return `do $check$ declare n bigint; begin\n${checks.join('\n')}\nend $check$;\n`;
}

/**
 * Runs the dump through psql in one transaction (begin … commit, ON_ERROR_STOP):
 * the site's old, empty tables are dropped, the dump is loaded into the target schema, the
 * rows are counted; any error rolls all of it back.
 */
export async function restorePgDump(target: PostgresTarget, dir: string, dump: DatabaseDump, psql: string, onProgress: ProgressListener): Promise<void> {
  const to = target.schema ?? 'public';
  const client = await connect(target);
  const existing = await schemaTables(client, to).finally(() => client.end());
  const stale = existing.filter((table) => table in dump.tables).map((table) => `${ident(to)}.${ident(table)}`);
  const total = Object.keys(dump.tables).length;
  const retarget = retargetDump(dump.schema ?? 'public', to);
  async function* script(): AsyncGenerator<string> {
    yield `set client_min_messages = warning;\nbegin;\ncreate schema if not exists ${ident(to)};\n`;
    if (stale.length > 0) yield `drop table if exists ${stale.join(', ')} cascade;\n`;
    let copied = 0;
    for await (const line of createInterface({ input: createReadStream(join(dir, dump.file)), crlfDelay: Infinity })) {
      const out = retarget(line);
      if (out === null) continue;
      if (out.startsWith('COPY ')) onProgress('Database', copied++, total);
      yield `${out}\n`;
    }
    yield countCheck(to, dump.tables);
    // The one commit comes last: input that ends early (a failed read) ends psql's session
    // without it, and PostgreSQL rolls everything back.
    yield 'commit;\n';
  }
  const { dbname, env } = connection(target.url);
  const child = spawn(psql, ['--no-psqlrc', '--quiet', '-v', 'ON_ERROR_STOP=1', `--dbname=${dbname}`], { env, stdio: ['pipe', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<number | null>((resolve, reject) => {
    child.once('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') reject(new BackupError(`Restoring this backup needs psql, the PostgreSQL client, which runs its pg_dump script: ${psql} was not found. Install it (postgresql-client) or set PSQL to its path.`));
      else reject(new BackupError(`${psql} could not be run: ${error.message}`));
    });
    child.once('close', resolve);
  });
  // psql stops reading when it meets an error; its exit status tells what happened.
  const fed = pipeline(Readable.from(script()), child.stdin).catch((error: unknown) => error);
  const code = await exited;
  const feedError = await fed;
  if (code !== 0) {
    const reason = /ERROR:\s*(.*)/.exec(stderr)?.[1] ?? (stderr.trim() || `psql exited with ${code}`);
    throw new BackupError(`The database restore failed and was rolled back, nothing was written: ${reason}`);
  }
  if (feedError) throw new BackupError(`The database restore could not be fed to psql: ${String(feedError)}`);
  onProgress('Database', total, total);
}
