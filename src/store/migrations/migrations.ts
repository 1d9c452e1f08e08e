import type { Migration } from 'kysely';
import type { DialectHelpers } from '../dialect.js';
import { initialMigration } from './001-initial.js';
import { searchMigration } from './002-search.js';

/** All migrations in order; names sort in the order they must run. */
export function allMigrations(helpers: DialectHelpers): Record<string, Migration> {
  return {
    '001-initial': initialMigration(helpers),
    '002-search': searchMigration(helpers),
  };
}
