import pg from 'pg';
import type { DatabaseTarget } from '../../config/database-url.js';
import { BackupError, CONTENT_TABLES, type DatabaseDump, type PostgresTools, type ProgressListener, type SiteContents } from '../database-backup.js';
import { dumpJson, restoreJson } from './json-dump.js';
import { runPgDump, restorePgDump } from './pg-dump.js';

type PostgresTarget = Extract<DatabaseTarget, { engine: 'postgres' }>;

/** Quotes an identifier for SQL text. */
export function ident(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

/** A connected client on the target's server; the caller ends it. */
export async function connect(target: PostgresTarget): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: target.url });
  await client.connect();
  return client;
}

/** The ordinary tables of a schema, by name. */
export async function schemaTables(client: pg.Client, schema: string): Promise<string[]> {
  const result = await client.query<{ name: string }>("select tablename as name from pg_tables where schemaname = $1 order by tablename", [schema]);
  return result.rows.map((row) => row.name);
}

/** Rows of each table, in the client's current transaction. */
export async function tableCounts(client: pg.Client, schema: string, tables: string[]): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of tables) {
    const result = await client.query<{ n: number }>(`select count(*)::integer as n from ${ident(schema)}.${ident(table)}`);
    counts[table] = result.rows[0]!.n;
  }
  return counts;
}

/**
 * Dumps the site's schema inside one REPEATABLE READ transaction: the row counts and the
 * dump see the same snapshot (pg_dump is handed it with --snapshot), so a running site can
 * be backed up and the manifest still matches the dump exactly.
 */
export async function dumpPostgres(target: PostgresTarget, dir: string, tools: PostgresTools, onProgress: ProgressListener): Promise<DatabaseDump> {
  const schema = target.schema ?? 'public';
  const client = await connect(target);
  try {
    await client.query('begin isolation level repeatable read read only');
    const snapshot = (await client.query<{ id: string }>('select pg_export_snapshot() as id')).rows[0]!.id;
    const tables = await schemaTables(client, schema);
    if (!tables.includes('articles')) throw new BackupError(`PostgreSQL schema "${schema}" holds no Dossier site (it has no articles table). Check DATABASE_URL.`);
    const counts = await tableCounts(client, schema, tables);
    const migrations = tables.includes('kysely_migration')
      ? (await client.query<{ name: string }>(`select name from ${ident(schema)}.kysely_migration order by name`)).rows.map((row) => row.name)
      : [];
    const dumped = tools.pgDump ? await runPgDump(target, schema, snapshot, dir, tools.pgDump, tables.length, onProgress) : null;
    const file = dumped ?? (await dumpJson(client, schema, tables, dir, onProgress));
    await client.query('commit');
    return { format: dumped ? 'pg_dump' : 'json', file, schema, tables: counts, migrations };
  } finally {
    await client.end();
  }
}

/** Rows of the content tables in the target's schema (none when the schema is empty or missing). */
export async function postgresContents(target: PostgresTarget): Promise<SiteContents> {
  const schema = target.schema ?? 'public';
  const client = await connect(target);
  try {
    const tables = await schemaTables(client, schema);
    const content = await tableCounts(client, schema, CONTENT_TABLES.filter((table) => tables.includes(table)));
    return { tables, content };
  } finally {
    await client.end();
  }
}

/** Restores a pg_dump script (with psql) or a JSON dump into the target's schema, in one transaction. */
export async function restorePostgres(target: PostgresTarget, dir: string, dump: DatabaseDump, tools: PostgresTools, onProgress: ProgressListener): Promise<void> {
  if (dump.format === 'pg_dump') return restorePgDump(target, dir, dump, tools.psql, onProgress);
  if (dump.format === 'json') return restoreJson(target, dir, dump, onProgress);
  throw new BackupError(`This backup holds an ${dump.format} database; it can only be restored into the same engine.`);
}
