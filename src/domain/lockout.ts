/** How sign-in failures lock an account or an address. */
export interface LockoutPolicy {
  /** Failures within `windowMs` that lock. */
  threshold: number;
  windowMs: number;
  /** The longest a lock lasts, however many failures. */
  maxLockMs: number;
  /** How far back failures count towards a longer lock. */
  memoryMs: number;
}

/** 10 failures in 15 minutes lock for 15 minutes; each further 10 within a day doubles it. */
export const DEFAULT_LOCKOUT: LockoutPolicy = {
  threshold: 10,
  windowMs: 15 * 60_000,
  maxLockMs: 24 * 60 * 60_000,
  memoryMs: 24 * 60 * 60_000,
};

/**
 * When a lock ends, or null when there is none. `failures` are ISO times of the failures
 * remembered for one account or one address (any order). Backoff: the lock lasts the
 * window, doubled for each further `threshold` failures within the memory.
 */
export function lockedUntil(failures: readonly string[], now: Date, policy: LockoutPolicy = DEFAULT_LOCKOUT): Date | null {
  const times = failures.map((f) => Date.parse(f)).filter((t) => t <= now.getTime() && t > now.getTime() - policy.memoryMs).sort((a, b) => b - a);
  const recent = times.filter((t) => t > now.getTime() - policy.windowMs);
  if (recent.length < policy.threshold) return null;
  const rounds = Math.floor(times.length / policy.threshold);
  const lockMs = Math.min(policy.windowMs * 2 ** (rounds - 1), policy.maxLockMs);
  const until = new Date(times[0]! + lockMs);
  return until > now ? until : null;
}
