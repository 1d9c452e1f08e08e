import type { Migration } from 'kysely';
import type { DialectHelpers } from '../dialect.js';
import { initialMigration } from './001-initial.js';
import { jobsMigration } from './003-jobs.js';
import { citationsMigration } from './006-citations.js';
import { adminMigration } from './007-admin.js';

/** All migrations in order; names sort in the order they must run. */
export function allMigrations(helpers: DialectHelpers): Record<string, Migration> {
  return {
    '001-initial': initialMigration(helpers),
    '003-jobs': jobsMigration(helpers),
    '006-citations': citationsMigration(helpers),
    '007-admin': adminMigration(helpers),
  };
}
