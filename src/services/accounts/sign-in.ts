import { createHash, randomBytes } from 'node:crypto';
import { DomainError, invalid } from '../../domain/errors.js';
import { DEFAULT_LOCKOUT, lockedUntil, type LockoutPolicy } from '../../domain/lockout.js';
import type { User } from '../../domain/user.js';
import type { Clock, Store } from '../ports.js';
import { DUMMY_HASH, verifyPassword } from './passwords.js';

const SESSION_IDLE_MS = 14 * 24 * 60 * 60_000;
const SESSION_MAX_MS = 30 * 24 * 60 * 60_000;
const TOUCH_EVERY_MS = 5 * 60_000;

/** The same wording for an unknown email and a wrong password: it reveals nothing. */
export const WRONG_CREDENTIALS = 'That email and password do not match an account.';

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** The stored form of an IP address (only its hash is kept). */
export const hashIp = (ip: string): string => sha256(`ip:${ip}`);

/** A signed-in session: the cookie token (never stored), its user and CSRF token. */
export interface SignedIn {
  token: string;
  user: User;
  csrfToken: string;
}

/** What a request's session resolves to. */
export interface SessionView {
  user: User;
  csrfToken: string;
}

function accountKey(email: string): string {
  return sha256(`account:${email.trim().toLowerCase()}`);
}

/**
 * Checks an email and password and opens a session. Failures count per account and per
 * address; too many lock both with backoff, whether or not the account exists.
 */
export async function signIn(store: Store, clock: Clock, input: { email: string; password: string; ip: string }, policy: LockoutPolicy = DEFAULT_LOCKOUT): Promise<SignedIn> {
  const now = clock();
  const since = new Date(now.getTime() - policy.memoryMs).toISOString();
  const keys = { account: accountKey(input.email), ip: hashIp(input.ip) } as const;
  const { repos } = store;
  for (const scope of ['account', 'ip'] as const) {
    const until = lockedUntil(await repos.loginFailures.since(scope, keys[scope], since), now, policy);
    if (until) {
      const minutes = Math.max(1, Math.ceil((until.getTime() - now.getTime()) / 60_000));
      throw new DomainError('Forbidden', `Too many failed sign-ins. Try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`, 'email', [{ lockedUntil: until.toISOString() }]);
    }
  }
  const user = await repos.users.findByEmail(input.email.trim().toLowerCase());
  const ok = await verifyPassword(input.password, user?.passwordHash ?? DUMMY_HASH);
  if (!user || !ok) {
    await repos.loginFailures.record('account', keys.account, now.toISOString());
    await repos.loginFailures.record('ip', keys.ip, now.toISOString());
    throw invalid(WRONG_CREDENTIALS, 'email');
  }
  await repos.loginFailures.clear('account', keys.account);
  await repos.loginFailures.prune(since);
  await repos.sessions.deleteExpired(now.toISOString());
  const token = randomBytes(32).toString('base64url');
  const csrfToken = randomBytes(32).toString('base64url');
  await repos.sessions.insert({
    id: sha256(token), userId: user.id, csrfToken, ipHash: keys.ip,
    createdAt: now.toISOString(), lastSeenAt: now.toISOString(), expiresAt: new Date(now.getTime() + SESSION_IDLE_MS).toISOString(),
  });
  const { passwordHash: _hash, ...publicUser } = user;
  return { token, user: publicUser, csrfToken };
}

/** The session a cookie token opens, or null (unknown, expired, or its user is gone). */
export async function resolveSession(store: Store, clock: Clock, token: string): Promise<SessionView | null> {
  if (!/^[\w-]{43}$/.test(token)) return null;
  const { repos } = store;
  const session = await repos.sessions.find(sha256(token));
  if (!session) return null;
  const now = clock();
  const expired = session.expiresAt <= now.toISOString() || Date.parse(session.createdAt) + SESSION_MAX_MS <= now.getTime();
  if (expired) {
    await repos.sessions.delete(session.id);
    return null;
  }
  const user = await repos.users.findById(session.userId);
  if (!user) return null;
  // Sliding expiry, written at most every few minutes rather than on every request.
  if (now.getTime() - Date.parse(session.lastSeenAt) > TOUCH_EVERY_MS) {
    await repos.sessions.touch(session.id, now.toISOString(), new Date(now.getTime() + SESSION_IDLE_MS).toISOString());
  }
  const { passwordHash: _hash, ...publicUser } = user;
  return { user: publicUser, csrfToken: session.csrfToken };
}

/** Ends a session on the server: its cookie opens nothing afterwards. */
export async function signOut(store: Store, token: string): Promise<void> {
  await store.repos.sessions.delete(sha256(token));
}
