import { sql, type Kysely } from 'kysely';
import type { AttemptCounterRepository } from '../../services/ports.js';
import type { DB } from '../schema.js';

/**
 * Attempt counters. An admission is one upsert whose update only happens while the window
 * has room: PostgreSQL locks the conflicting row and re-checks the condition on its latest
 * version, SQLite runs one writer at a time, so on both engines parallel attempts are
 * admitted one by one and never more than the limit.
 */
export function attemptCountersRepo(db: Kysely<DB>): AttemptCounterRepository {
  return {
    async admit({ scope, key, now, limit, windowEnds, forgetBefore }) {
      const admitted = await db
        .insertInto('attempt_counters')
        .values({ scope, key, attempts: 1, level: 0, window_ends_at: windowEnds[0]! })
        .onConflict((oc) =>
          oc
            .columns(['scope', 'key'])
            .doUpdateSet((eb) => {
              // Every expression reads the row as it was before this update.
              const ended = eb('attempt_counters.window_ends_at', '<=', now);
              // Backoff: forgotten after `memoryMs`, one level up after a full window.
              const level = eb
                .case()
                .when('attempt_counters.window_ends_at', '<', forgetBefore)
                .then(0)
                .when('attempt_counters.attempts', '>=', limit)
                .then(eb('attempt_counters.level', '+', 1))
                .else(eb.ref('attempt_counters.level'))
                .end();
              // The new window's end by its level; the last end holds for every higher level.
              const whens = windowEnds.map((at, i) => sql`when ${i} then ${at}`);
              const newEnd = sql<string>`case ${level} ${sql.join(whens, sql` `)} else ${windowEnds.at(-1)!} end`;
              return {
                attempts: eb.case().when(ended).then(1).else(eb('attempt_counters.attempts', '+', 1)).end(),
                level: eb.case().when(ended).then(level).else(eb.ref('attempt_counters.level')).end(),
                window_ends_at: eb.case().when(ended).then(newEnd).else(eb.ref('attempt_counters.window_ends_at')).end(),
              };
            })
            .where((eb) => eb.or([eb('attempt_counters.window_ends_at', '<=', now), eb('attempt_counters.attempts', '<', limit)])),
        )
        .returning(['attempts', 'window_ends_at'])
        .executeTakeFirst();
      if (admitted) return { admitted: true, count: admitted.attempts, windowEndsAt: admitted.window_ends_at };
      const full = await db
        .selectFrom('attempt_counters')
        .select(['attempts', 'window_ends_at'])
        .where('scope', '=', scope)
        .where('key', '=', key)
        .executeTakeFirstOrThrow();
      return { admitted: false, count: full.attempts, windowEndsAt: full.window_ends_at };
    },
    async refund(scope, key, windowEndsAt) {
      await db
        .updateTable('attempt_counters')
        .set((eb) => ({ attempts: eb('attempts', '-', 1) }))
        .where('scope', '=', scope)
        .where('key', '=', key)
        .where('window_ends_at', '=', windowEndsAt)
        .where('attempts', '>', 0)
        .execute();
    },
    async clear(scope, key) {
      await db.deleteFrom('attempt_counters').where('scope', '=', scope).where('key', '=', key).execute();
    },
    async prune(scope, before) {
      await db.deleteFrom('attempt_counters').where('scope', '=', scope).where('window_ends_at', '<', before).execute();
    },
  };
}
