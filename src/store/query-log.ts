import type { KyselyConfig } from 'kysely';
import type { OpenOptions } from './open-database.js';

/** Kysely's log hook for `onQuery`, or nothing (no cost) when it is not asked for. */
export function queryLog(options: OpenOptions): Pick<KyselyConfig, 'log'> {
  const { onQuery } = options;
  if (!onQuery) return {};
  return { log: (event) => { if (event.level === 'query') onQuery({ sql: event.query.sql, parameters: event.query.parameters }); } };
}
