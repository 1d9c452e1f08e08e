import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { SIGN_IN_LIMIT, windowEnds, type AttemptLimit } from '../../src/domain/attempt-limit.js';
import { admitAttempt } from '../../src/services/admit-attempt.js';
import type { AttemptCounterRepository } from '../../src/services/ports.js';
import { ENGINES } from '../support/databases.js';
import { createTestSite, type TestSite } from '../support/site.js';

const start = new Date('2026-06-01T12:00:00.000Z');
const at = (minutes: number) => new Date(start.getTime() + minutes * 60_000);

for (const engine of ENGINES) {
  describe(`attempt counters (${engine})`, () => {
    let site: TestSite;
    let counters: AttemptCounterRepository;
    before(async () => {
      site = await createTestSite(engine, () => start, { pageCache: false });
      counters = site.site.store.repos.attempts;
    });
    after(() => site.close());

    /** `n` attempts at `when`, one after another; how many were admitted. */
    async function tries(key: string, n: number, when: Date, policy: AttemptLimit = SIGN_IN_LIMIT) {
      let admitted = 0;
      for (let i = 0; i < n; i++) if ((await admitAttempt(counters, 'sign-in-account', key, policy, when)).admitted) admitted++;
      return admitted;
    }

    test('200 admissions at once on one key: exactly the limit get through', async () => {
      const all = await Promise.all(Array.from({ length: 200 }, () => admitAttempt(counters, 'comment-ip', 'parallel', { ...SIGN_IN_LIMIT, limit: 5 }, start)));
      assert.equal(all.filter((a) => a.admitted).length, 5);
      assert.deepEqual([...new Set(all.filter((a) => a.admitted).map((a) => a.count))].sort(), [1, 2, 3, 4, 5], 'each admitted one saw its own count');
      assert.ok(all.filter((a) => !a.admitted).every((a) => a.count === 5 && a.windowEndsAt === windowEnds(SIGN_IN_LIMIT, start)[0]));
    });

    test('a full window refuses until it ends; the next one after a full window is twice as long', async () => {
      assert.equal(await tries('backoff', 12, start), 10);
      assert.equal(await tries('backoff', 1, at(14.9)), 0);
      assert.equal(await tries('backoff', 10, at(15)), 10, 'a new window opens when the first ends');
      const refused = await admitAttempt(counters, 'sign-in-account', 'backoff', SIGN_IN_LIMIT, at(40));
      assert.equal(refused.admitted, false);
      assert.equal(refused.windowEndsAt, at(45).toISOString(), 'the second window lasts 30 minutes');
      assert.equal(await tries('backoff', 10, at(45)), 10);
      assert.equal((await admitAttempt(counters, 'sign-in-account', 'backoff', SIGN_IN_LIMIT, at(46))).windowEndsAt, at(105).toISOString(), 'the third, an hour');
    });

    test('a day after the last window the backoff is forgotten; a window that was not full keeps it', async () => {
      assert.equal(await tries('memory', 10, start), 10);
      assert.equal(await tries('memory', 3, at(15)), 3);
      assert.equal((await admitAttempt(counters, 'sign-in-account', 'memory', SIGN_IN_LIMIT, at(45))).windowEndsAt, at(75).toISOString(), 'level kept: 30 minutes');
      const later = at(75 + 24 * 60 + 1);
      assert.equal((await admitAttempt(counters, 'sign-in-account', 'memory', SIGN_IN_LIMIT, later)).windowEndsAt, new Date(later.getTime() + 15 * 60_000).toISOString());
    });

    test('a refund gives back one attempt of the same window only; clear forgets the key', async () => {
      assert.equal(await tries('refund', 10, start), 10);
      await counters.refund('sign-in-account', 'refund', windowEnds(SIGN_IN_LIMIT, start)[0]!);
      assert.equal(await tries('refund', 2, at(1)), 1);
      await counters.refund('sign-in-account', 'refund', 'an older window');
      assert.equal(await tries('refund', 1, at(2)), 0);
      await counters.clear('sign-in-account', 'refund');
      assert.equal(await tries('refund', 1, at(2)), 1);
    });
  });
}
