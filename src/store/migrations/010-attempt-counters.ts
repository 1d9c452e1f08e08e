import type { Kysely, Migration } from 'kysely';
import type { DialectHelpers } from '../dialect.js';
import { checkOneOf } from './check-one-of.js';

const SCOPES = ['sign-in-account', 'sign-in-ip', 'comment-ip'];

/**
 * Attempt counters: one row per limited key (an account, an address) holding the count of
 * its current window, so an attempt is admitted and counted in one atomic upsert. They
 * replace the logs of sign-in failures and comment attempts, whose check-then-insert let
 * parallel requests past the limits; the few minutes of counts those held are dropped.
 */
export function attemptCountersMigration(h: DialectHelpers): Migration {
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      await db.schema
        .createTable('attempt_counters')
        .addColumn('scope', 'text', (c) => c.notNull().check(checkOneOf('scope', SCOPES)))
        .addColumn('key', 'text', (c) => c.notNull())
        .addColumn('attempts', 'integer', (c) => c.notNull())
        .addColumn('level', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('window_ends_at', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('attempt_counters_pk', ['scope', 'key'])
        .execute();
      // Pruning forgets the windows of one scope that have ended.
      await db.schema.createIndex('attempt_counters_end_idx').on('attempt_counters').columns(['scope', 'window_ends_at']).execute();
      await db.schema.dropTable('login_failures').execute();
      await db.schema.dropTable('comment_attempts').execute();
    },

    async down(db: Kysely<unknown>): Promise<void> {
      await db.schema
        .createTable('comment_attempts')
        .addColumn('id', h.idColumnType, h.idColumn)
        .addColumn('ip_hash', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('comment_attempts_ip_idx').on('comment_attempts').columns(['ip_hash', 'created_at']).execute();
      await db.schema.createIndex('comment_attempts_time_idx').on('comment_attempts').column('created_at').execute();
      await db.schema
        .createTable('login_failures')
        .addColumn('id', h.idColumnType, h.idColumn)
        .addColumn('scope', 'text', (c) => c.notNull().check(checkOneOf('scope', ['account', 'ip'])))
        .addColumn('key', 'text', (c) => c.notNull())
        .addColumn('failed_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('login_failures_key_idx').on('login_failures').columns(['scope', 'key', 'failed_at']).execute();
      await db.schema.dropTable('attempt_counters').execute();
    },
  };
}
