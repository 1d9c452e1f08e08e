import { m, plural, type Message } from './errors.js';
/**
 * How many attempts one key (an account, an address) may make per window. A window opens
 * at the first attempt after the last one ended; an attempt is counted when it is
 * admitted, before it is checked, so parallel attempts cannot all slip under the limit.
 */
export interface AttemptLimit {
  /** Attempts admitted per window. */
  limit: number;
  /** Length of a window. */
  windowMs: number;
  /** Backoff: each window that follows a full one is twice as long, up to this. */
  maxWindowMs: number;
  /** A window that ended this long ago no longer lengthens the next one. */
  memoryMs: number;
}

/** Sign-in: 10 attempts per account and per address in 15 minutes; each further full window doubles it, up to a day. */
export const SIGN_IN_LIMIT: AttemptLimit = {
  limit: 10,
  windowMs: 15 * 60_000,
  maxWindowMs: 24 * 60 * 60_000,
  memoryMs: 24 * 60 * 60_000,
};

/** Comments: `perMinute` posts per address in a minute, without backoff. */
export function commentLimit(perMinute: number): AttemptLimit {
  return { limit: perMinute, windowMs: 60_000, maxWindowMs: 60_000, memoryMs: 0 };
}

/**
 * Where a window opened at `now` ends, by backoff level (how many full windows came just
 * before it): the window doubled per level up to the cap. The last entry holds for every
 * higher level.
 */
export function windowEnds(policy: AttemptLimit, now: Date): string[] {
  const ends: string[] = [];
  for (let length = policy.windowMs; ; length *= 2) {
    const capped = Math.min(length, policy.maxWindowMs);
    ends.push(new Date(now.getTime() + capped).toISOString());
    if (capped >= policy.maxWindowMs) return ends;
  }
}

/** Whole seconds from `now` until `until`, at least 1 (for Retry-After and messages). */
export function secondsUntil(until: string, now: Date): number {
  return Math.max(1, Math.ceil((Date.parse(until) - now.getTime()) / 1000));
}

/** What a locked-out sign-in is told: how many minutes until the next attempt is taken. */
export function lockedOutMessage(minutes: number): Message {
  return plural(minutes, {
    one: m`Too many failed sign-ins. Try again in ${minutes} minute.`,
    other: m`Too many failed sign-ins. Try again in ${minutes} minutes.`,
  });
}
