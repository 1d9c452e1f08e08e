import { StartupError } from './startup-error.js';

/** Where the data lives: an SQLite file (or `:memory:`) or a PostgreSQL server. */
export type DatabaseTarget =
  | { engine: 'sqlite'; path: string }
  | { engine: 'postgres'; url: string; schema?: string };

/** The default: an SQLite file in ./data. */
export const DEFAULT_DATABASE_URL = 'sqlite:./data/dossier.db';

/**
 * Reads DATABASE_URL: `sqlite:PATH`, a plain file path, or `postgres://…`
 * (`postgresql://…`). Anything else is a StartupError naming the accepted forms.
 */
export function parseDatabaseUrl(raw: string): DatabaseTarget {
  const value = raw.trim();
  if (value === '') throw new StartupError('DATABASE_URL is empty. Use sqlite:PATH, a file path, or postgres://USER@HOST:PORT/DB.');
  if (/^postgres(ql)?:\/\//i.test(value)) {
    try {
      new URL(value);
    } catch {
      throw new StartupError(`DATABASE_URL is not a valid PostgreSQL URL: "${value}". Expected postgres://USER[:PASSWORD]@HOST[:PORT]/DATABASE.`);
    }
    return postgresTarget(value);
  }
  if (/^sqlite:/i.test(value)) {
    const path = value.replace(/^sqlite:(\/\/)?/i, '');
    if (path === '') throw new StartupError('DATABASE_URL "sqlite:" names no file. Use sqlite:./data/dossier.db or sqlite::memory:.');
    return { engine: 'sqlite', path };
  }
  const scheme = /^([a-z][a-z0-9+.-]*):\/\//i.exec(value) ?? /^([a-z][a-z0-9+.-]{1,}):(?![\\/])/i.exec(value);
  if (scheme && value !== ':memory:') {
    throw new StartupError(
      `DATABASE_URL has an unsupported scheme "${scheme[1]}:". Use sqlite:PATH, a plain file path, or postgres://USER@HOST:PORT/DATABASE.`,
    );
  }
  return { engine: 'sqlite', path: value };
}

// `?schema=NAME` picks the PostgreSQL schema the site's tables live in (several sites can
// share one database); it is taken off the URL, which the driver is handed as it is.
function postgresTarget(value: string): DatabaseTarget {
  const url = new URL(value);
  const schema = url.searchParams.get('schema');
  if (schema === null) return { engine: 'postgres', url: value };
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(schema)) {
    throw new StartupError(`DATABASE_URL schema "${schema}" is not a plain schema name: use lower-case letters, digits and _ (starting with a letter or _).`);
  }
  url.searchParams.delete('schema');
  return { engine: 'postgres', url: url.toString(), schema };
}

/** A description of the target safe to print (no password). */
export function describeDatabase(target: DatabaseTarget): string {
  if (target.engine === 'sqlite') return `SQLite ${target.path}`;
  const url = new URL(target.url);
  return `PostgreSQL ${url.hostname}:${url.port || '5432'}${url.pathname}${target.schema ? ` (schema ${target.schema})` : ''}`;
}
