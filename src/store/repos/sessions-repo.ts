import type { Kysely } from 'kysely';
import type { SessionRepository } from '../../services/accounts/ports.js';
import type { DB } from '../schema.js';

/** Sessions of signed-in accounts. */
export function sessionsRepo(db: Kysely<DB>): SessionRepository {
  return {
    async insert(s) {
      await db
        .insertInto('sessions')
        .values({ id: s.id, user_id: s.userId, csrf_token: s.csrfToken, ip_hash: s.ipHash, created_at: s.createdAt, last_seen_at: s.lastSeenAt, expires_at: s.expiresAt })
        .execute();
    },
    async find(id) {
      const row = await db.selectFrom('sessions').selectAll().where('id', '=', id).executeTakeFirst();
      if (!row) return null;
      return { id: row.id, userId: row.user_id, csrfToken: row.csrf_token, ipHash: row.ip_hash, createdAt: row.created_at, lastSeenAt: row.last_seen_at, expiresAt: row.expires_at };
    },
    async touch(id, lastSeenAt, expiresAt) {
      await db.updateTable('sessions').set({ last_seen_at: lastSeenAt, expires_at: expiresAt }).where('id', '=', id).execute();
    },
    async delete(id) {
      await db.deleteFrom('sessions').where('id', '=', id).execute();
    },
    async deleteForUser(userId) {
      await db.deleteFrom('sessions').where('user_id', '=', userId).execute();
    },
    async deleteExpired(now) {
      await db.deleteFrom('sessions').where('expires_at', '<=', now).execute();
    },
  };
}
