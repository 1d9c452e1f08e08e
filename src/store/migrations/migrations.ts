import type { Migration } from 'kysely';
import type { DialectHelpers } from '../dialect.js';
import { initialMigration } from './001-initial.js';
import { jobsMigration } from './003-jobs.js';
import { commentsMigration } from './004-comments.js';

/** All migrations in order; names sort in the order they must run. */
export function allMigrations(helpers: DialectHelpers): Record<string, Migration> {
  return {
    '001-initial': initialMigration(helpers),
    '003-jobs': jobsMigration(helpers),
    '004-comments': commentsMigration(helpers),
  };
}
