import { createHash, randomBytes } from 'node:crypto';
import { DomainError, invalid } from '../../domain/errors.js';
import { lockedOutMessage, SIGN_IN_LIMIT, secondsUntil, type AttemptLimit } from '../../domain/attempt-limit.js';
import type { User } from '../../domain/user.js';
import { admitAttempt } from '../admit-attempt.js';
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

function lockedOut(until: string, now: Date): DomainError {
  const minutes = Math.ceil(secondsUntil(until, now) / 60);
  return new DomainError('Forbidden', lockedOutMessage(minutes), 'email', [{ lockedUntil: until, retryAfterSeconds: Math.max(1, Math.ceil(secondsUntil(until, now))) }]);
}

/**
 * Checks an email and password and opens a session. Attempts count per address and per
 * account (whether or not it exists) before the password is checked, each in one atomic
 * write, so parallel guesses cannot outrun the limit; past it both lock, with backoff.
 */
export async function signIn(store: Store, clock: Clock, input: { email: string; password: string; ip: string }, policy: AttemptLimit = SIGN_IN_LIMIT): Promise<SignedIn> {
  const now = clock();
  const keys = { account: accountKey(input.email), ip: hashIp(input.ip) } as const;
  const { repos } = store;
  const address = await admitAttempt(repos.attempts, 'sign-in-ip', keys.ip, policy, now);
  if (!address.admitted) throw lockedOut(address.windowEndsAt, now);
  const account = await admitAttempt(repos.attempts, 'sign-in-account', keys.account, policy, now);
  if (!account.admitted) {
    // Nothing was checked, so the address is not charged for it.
    await repos.attempts.refund('sign-in-ip', keys.ip, address.windowEndsAt);
    throw lockedOut(account.windowEndsAt, now);
  }
  const user = await repos.users.findByEmail(input.email.trim().toLowerCase());
  const ok = await verifyPassword(input.password, user?.passwordHash ?? DUMMY_HASH);
  // A failure stays counted on both.
  if (!user || !ok) throw invalid(WRONG_CREDENTIALS, 'email');
  // A success unlocks the account and is not held against the address (an office shares one).
  await repos.attempts.clear('sign-in-account', keys.account);
  await repos.attempts.refund('sign-in-ip', keys.ip, address.windowEndsAt);
  const forgetBefore = new Date(now.getTime() - policy.memoryMs).toISOString();
  await repos.attempts.prune('sign-in-account', forgetBefore);
  await repos.attempts.prune('sign-in-ip', forgetBefore);
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
