import type { Kysely } from 'kysely';
import type { CommentAttemptRepository } from '../../services/comments/ports.js';
import type { DB } from '../schema.js';

/** Comment attempts per IP hash, in the database so every process sees the same counts. */
export function commentAttemptsRepo(db: Kysely<DB>): CommentAttemptRepository {
  return {
    async record(ipHash, at) {
      await db.insertInto('comment_attempts').values({ ip_hash: ipHash, created_at: at }).execute();
    },
    async since(ipHash, since) {
      const row = await db
        .selectFrom('comment_attempts')
        .select([(eb) => eb.fn.countAll<number>().as('n'), (eb) => eb.fn.min('created_at').as('oldest')])
        .where('ip_hash', '=', ipHash)
        .where('created_at', '>=', since)
        .executeTakeFirstOrThrow();
      return { count: Number(row.n), oldest: row.oldest ?? null };
    },
    async prune(before) {
      await db.deleteFrom('comment_attempts').where('created_at', '<', before).execute();
    },
  };
}
