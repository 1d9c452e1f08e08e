import { windowEnds, type AttemptLimit } from '../domain/attempt-limit.js';
import type { AttemptAdmission, AttemptCounterRepository, AttemptScope } from './ports.js';

/**
 * Counts one attempt of `key` against `policy` if its window has room, checking and
 * counting in one atomic write; call it before the work the limit protects.
 */
export function admitAttempt(counters: AttemptCounterRepository, scope: AttemptScope, key: string, policy: AttemptLimit, now: Date): Promise<AttemptAdmission> {
  return counters.admit({
    scope,
    key,
    now: now.toISOString(),
    limit: policy.limit,
    windowEnds: windowEnds(policy, now),
    forgetBefore: new Date(now.getTime() - policy.memoryMs).toISOString(),
  });
}
