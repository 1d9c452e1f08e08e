import type { DialectHelpers } from '../dialect.js';
import { postgresSearchSchema } from './search-schema.js';

/** PostgreSQL: a standard identity column. */
export const postgresHelpers: DialectHelpers = {
  engine: 'postgres',
  idColumnType: 'integer',
  idColumn: (column) => column.primaryKey().generatedByDefaultAsIdentity(),
  skipLocked: (query) => query.forUpdate().skipLocked() as typeof query,
  searchSchema: postgresSearchSchema,
};
