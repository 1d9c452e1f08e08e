import type { DialectHelpers } from '../dialect.js';
import { sqliteSearchSchema } from './search-schema.js';

/** SQLite: `integer primary key autoincrement`, so ids are never reused. */
export const sqliteHelpers: DialectHelpers = {
  engine: 'sqlite',
  idColumnType: 'integer',
  idColumn: (column) => column.primaryKey().autoIncrement(),
  skipLocked: (query) => query,
  searchSchema: sqliteSearchSchema,
};
