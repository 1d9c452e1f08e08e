// Ports of admin accounts, sessions and sign-in lockout.
import type { Role, User } from '../../domain/user.js';

/** A user with the hash of their password, as stored. */
export interface UserRecord extends User {
  passwordHash: string;
}

/** Admin accounts. */
export interface UserRepository {
  count(): Promise<number>;
  list(): Promise<User[]>;
  findById(id: number): Promise<UserRecord | null>;
  findByEmail(email: string): Promise<UserRecord | null>;
  insert(user: Omit<UserRecord, 'id' | 'createdAt'>, now: string): Promise<number>;
  /** `adminLanguage` left out keeps the one the account has. */
  update(id: number, fields: { name: string; role: Role; authorId: number | null; adminLanguage?: string | null }, now: string): Promise<void>;
  setAdminLanguage(id: number, language: string | null, now: string): Promise<void>;
  setPassword(id: number, passwordHash: string, now: string): Promise<void>;
}

/** A signed-in session; `id` is the SHA-256 of the cookie's token. */
export interface SessionRecord {
  id: string;
  userId: number;
  csrfToken: string;
  ipHash: string;
  createdAt: string;
  lastSeenAt: string;
  expiresAt: string;
}

/** Sessions, in the database so that every web process sees the same ones. */
export interface SessionRepository {
  insert(session: SessionRecord): Promise<void>;
  find(id: string): Promise<SessionRecord | null>;
  touch(id: string, lastSeenAt: string, expiresAt: string): Promise<void>;
  delete(id: string): Promise<void>;
  deleteForUser(userId: number): Promise<void>;
  deleteExpired(now: string): Promise<void>;
}
