import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import { StartupError } from '../../config/startup-error.js';
import { UnavailableError } from '../../domain/errors.js';
import type { OpenDatabase } from '../dialect.js';
import type { OpenOptions } from '../open-database.js';
import { queryLog } from '../query-log.js';
import type { DB } from '../schema.js';
import { guardPool } from './connection-loss.js';
import { postgresHelpers } from './dialect-helpers.js';
import { prepareReads } from './prepared-statements.js';

// COUNT(*) and BIGINT come back as strings by default; our counts fit in a JS number.
pg.types.setTypeParser(pg.types.builtins.INT8, (value) => Number.parseInt(value, 10));

function explain(thrown: unknown, where: string): string {
  const error = thrown instanceof UnavailableError ? thrown.cause : thrown;
  const code = (error as { code?: string }).code;
  const message = error instanceof Error ? error.message : String(error);
  if (code === 'ECONNREFUSED') return `Cannot connect to PostgreSQL at ${where}: connection refused. Is the server running? Check DATABASE_URL.`;
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return `Cannot connect to PostgreSQL at ${where}: unknown host. Check DATABASE_URL.`;
  if (code === '3D000') return `PostgreSQL at ${where}: ${message}. Create it (createdb) or fix DATABASE_URL.`;
  if (code === '28P01' || code === '28000') return `PostgreSQL at ${where} refused the login: ${message}. Check the user and password in DATABASE_URL.`;
  return `Cannot use PostgreSQL at ${where}: ${message}.`;
}

/**
 * Connects to PostgreSQL and checks the connection before returning, so a wrong URL
 * fails at startup with one clear line. `schema` sets the search_path (tests use a fresh one).
 */
export async function openPostgres(url: string, schema?: string, options: OpenOptions = {}): Promise<OpenDatabase> {
  const parsed = new URL(url);
  const where = `${parsed.hostname}:${parsed.port || '5432'}${parsed.pathname}`;
  const pool = new pg.Pool({
    connectionString: url,
    max: 10,
    connectionTimeoutMillis: 5000,
    // A server that vanished without closing the socket (a dead host, a cut network) is noticed.
    keepAlive: true,
    ...(schema ? { options: `-c search_path=${schema}` } : {}),
  });
  guardPool(pool);
  prepareReads(pool);
  try {
    const client = await pool.connect();
    client.release();
  } catch (error) {
    await pool.end().catch(() => undefined);
    throw new StartupError(explain(error, where));
  }
  const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }), ...queryLog(options) });
  return { db, helpers: postgresHelpers, schema: schema ?? 'public', close: () => db.destroy() };
}
