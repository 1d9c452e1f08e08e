import { createReadStream, createWriteStream } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { once } from 'node:events';
import type pg from 'pg';
import type { DatabaseTarget } from '../../config/database-url.js';
import { BackupError, countMismatch, type DatabaseDump, type ProgressListener } from '../database-backup.js';
import { migrateTo } from '../migrate.js';
import { openDatabase } from '../open-database.js';
import { connect, ident, schemaTables, tableCounts } from './postgres-backup.js';

type PostgresTarget = Extract<DatabaseTarget, { engine: 'postgres' }>;

const FILE = 'database.jsonl';
const BATCH = 500;

/** One line of the JSON dump: a table's row (as to_jsonb gives it) or a sequence's position. */
type DumpLine = { table: string; row: Record<string, unknown> } | { sequence: string; value: number; called: boolean };

/**
 * Writes every row of every table as JSON lines, read through a cursor in the caller's
 * REPEATABLE READ transaction (one snapshot), and where each sequence stands. to_jsonb and
 * jsonb_populate_recordset turn each column into JSON and back by its own type.
 */
export async function dumpJson(client: pg.Client, schema: string, tables: string[], dir: string, onProgress: ProgressListener): Promise<string> {
  const out = createWriteStream(join(dir, FILE));
  const write = async (line: DumpLine) => {
    if (!out.write(`${JSON.stringify(line)}\n`)) await once(out, 'drain');
  };
  for (const [index, table] of tables.entries()) {
    await client.query(`declare dump_rows no scroll cursor for select to_jsonb(t) as row from ${ident(schema)}.${ident(table)} t`);
    for (;;) {
      const batch = await client.query<{ row: Record<string, unknown> }>(`fetch ${BATCH} from dump_rows`);
      for (const { row } of batch.rows) await write({ table, row });
      if (batch.rows.length < BATCH) break;
    }
    await client.query('close dump_rows');
    onProgress('Database', index + 1, tables.length);
  }
  const sequences = await client.query<{ name: string }>("select relname as name from pg_class c join pg_namespace n on n.oid = c.relnamespace where c.relkind = 'S' and n.nspname = $1 order by relname", [schema]);
  for (const { name } of sequences.rows) {
    const state = await client.query<{ value: number; called: boolean }>(`select last_value::bigint as value, is_called as called from ${ident(schema)}.${ident(name)}`);
    await write({ sequence: name, ...state.rows[0]! });
  }
  out.end();
  await once(out, 'finish');
  return FILE;
}

// Foreign keys of the schema that are checked at once; they are made deferrable for the load
// (rows of a table that points at itself may come in any order), then put back.
async function immediateForeignKeys(client: pg.Client, schema: string): Promise<Array<{ table: string; name: string }>> {
  const result = await client.query<{ table: string; name: string }>(
    `select cl.relname as table, co.conname as name from pg_constraint co
       join pg_class cl on cl.oid = co.conrelid join pg_namespace n on n.oid = cl.relnamespace
      where co.contype = 'f' and not co.condeferrable and n.nspname = $1`,
    [schema],
  );
  return result.rows;
}

// Columns a row may be given (generated columns are computed by the database).
async function insertableColumns(client: pg.Client, schema: string, table: string): Promise<string[]> {
  const result = await client.query<{ name: string }>(
    "select column_name as name from information_schema.columns where table_schema = $1 and table_name = $2 and is_generated = 'NEVER' order by ordinal_position",
    [schema, table],
  );
  return result.rows.map((row) => row.name);
}

/**
 * Loads a JSON dump: the schema is migrated to the backup's own migrations (an empty target
 * only), then, in one transaction, every table is emptied and loaded, sequences are set,
 * foreign keys and row counts are checked; any failure rolls all of it back.
 */
export async function restoreJson(target: PostgresTarget, dir: string, dump: DatabaseDump, onProgress: ProgressListener): Promise<void> {
  const schema = target.schema ?? 'public';
  const last = dump.migrations.at(-1);
  if (!last) throw new BackupError('The backup lists no migrations, so the schema its rows belong to is unknown. Nothing was restored.');
  const database = await openDatabase(target);
  try {
    await migrateTo(database, last);
  } finally {
    await database.close();
  }
  const client = await connect(target);
  try {
    await client.query('begin');
    const tables = (await schemaTables(client, schema)).filter((table) => table in dump.tables);
    const missing = Object.keys(dump.tables).filter((table) => !tables.includes(table));
    if (missing.length > 0) throw new BackupError(`The backup's tables ${missing.join(', ')} are not in this Dossier's schema. Nothing was restored.`);
    const keys = await immediateForeignKeys(client, schema);
    for (const key of keys) await client.query(`alter table ${ident(schema)}.${ident(key.table)} alter constraint ${ident(key.name)} deferrable initially deferred`);
    await client.query(`truncate ${tables.map((table) => `${ident(schema)}.${ident(table)}`).join(', ')}`);
    const columns = new Map<string, string[]>();
    for (const table of tables) columns.set(table, await insertableColumns(client, schema, table));
    let pending: { table: string; rows: Array<Record<string, unknown>> } | null = null;
    let loaded = 0;
    const flush = async () => {
      if (!pending || pending.rows.length === 0) return;
      const list = columns.get(pending.table)!.map(ident).join(', ');
      const name = `${ident(schema)}.${ident(pending.table)}`;
      await client.query(`insert into ${name} (${list}) select ${list} from jsonb_populate_recordset(null::${name}, $1::jsonb)`, [JSON.stringify(pending.rows)]);
      loaded += pending.rows.length;
      pending = null;
    };
    const total = Object.values(dump.tables).reduce((sum, rows) => sum + rows, 0);
    for await (const text of createInterface({ input: createReadStream(join(dir, dump.file)), crlfDelay: Infinity })) {
      if (text === '') continue;
      const line = JSON.parse(text) as DumpLine;
      if ('sequence' in line) {
        await flush();
        await client.query('select setval($1::regclass, $2, $3)', [`${ident(schema)}.${ident(line.sequence)}`, line.value, line.called]);
        continue;
      }
      if (!columns.has(line.table)) throw new BackupError(`The database dump has rows for table ${line.table}, which the manifest does not list. Nothing was restored.`);
      if (pending && (pending.table !== line.table || pending.rows.length >= BATCH)) await flush();
      pending ??= { table: line.table, rows: [] };
      pending.rows.push(line.row);
      if (pending.rows.length === 1) onProgress('Database', loaded, total);
    }
    await flush();
    await client.query('set constraints all immediate');
    for (const key of keys) await client.query(`alter table ${ident(schema)}.${ident(key.table)} alter constraint ${ident(key.name)} not deferrable`);
    const mismatch = countMismatch(dump.tables, await tableCounts(client, schema, tables));
    if (mismatch) throw new BackupError(`The database in the backup does not match its manifest: ${mismatch}. Nothing was restored.`);
    await client.query('commit');
    onProgress('Database', total, total);
  } catch (error) {
    await client.query('rollback').catch(() => undefined);
    throw error;
  } finally {
    await client.end();
  }
}
