import type { Kysely, Selectable } from 'kysely';
import type { Role } from '../../domain/user.js';
import type { UserRecord, UserRepository } from '../../services/accounts/ports.js';
import type { DB, UsersTable } from '../schema.js';

function toUser(row: Selectable<UsersTable>): UserRecord {
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    role: row.role as Role,
    authorId: row.author_id,
    adminLanguage: row.admin_language,
    createdAt: row.created_at,
    passwordHash: row.password_hash,
  };
}

/** Admin accounts. */
export function usersRepo(db: Kysely<DB>): UserRepository {
  return {
    async count() {
      const row = await db.selectFrom('users').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
      return Number(row.n);
    },
    async list() {
      const rows = await db.selectFrom('users').selectAll().orderBy('name').orderBy('id').execute();
      // The hash never leaves the repository in a list.
      return rows.map((row) => {
        const { passwordHash: _hash, ...user } = toUser(row);
        return user;
      });
    },
    async findById(id) {
      const row = await db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
      return row ? toUser(row) : null;
    },
    async findByEmail(email) {
      const row = await db.selectFrom('users').selectAll().where('email', '=', email).executeTakeFirst();
      return row ? toUser(row) : null;
    },
    async insert(user, now) {
      const row = await db
        .insertInto('users')
        .values({ email: user.email, name: user.name, role: user.role, password_hash: user.passwordHash, author_id: user.authorId, admin_language: user.adminLanguage, created_at: now, updated_at: now })
        .returning('id')
        .executeTakeFirstOrThrow();
      return row.id;
    },
    async update(id, fields, now) {
      const language = fields.adminLanguage === undefined ? {} : { admin_language: fields.adminLanguage };
      await db.updateTable('users').set({ name: fields.name, role: fields.role, author_id: fields.authorId, ...language, updated_at: now }).where('id', '=', id).execute();
    },
    async setAdminLanguage(id, language, now) {
      await db.updateTable('users').set({ admin_language: language, updated_at: now }).where('id', '=', id).execute();
    },
    async setPassword(id, passwordHash, now) {
      await db.updateTable('users').set({ password_hash: passwordHash, updated_at: now }).where('id', '=', id).execute();
    },
  };
}
