import { test } from 'node:test';
import assert from 'node:assert/strict';
import { describeJobError, nextAttemptAt, retryDelayMs } from './job.js';

test('retries back off exponentially and are capped', () => {
  assert.equal(retryDelayMs(1), 30_000);
  assert.equal(retryDelayMs(2), 120_000);
  assert.equal(retryDelayMs(3), 480_000);
  assert.equal(retryDelayMs(20), 6 * 60 * 60 * 1000);
});

test('a job that used up its attempts is not retried', () => {
  const now = new Date('2026-01-01T00:00:00.000Z');
  assert.equal(nextAttemptAt({ attempts: 1, maxAttempts: 3 }, now), '2026-01-01T00:00:30.000Z');
  assert.equal(nextAttemptAt({ attempts: 3, maxAttempts: 3 }, now), null);
});

test('errors are kept as one readable line', () => {
  assert.equal(describeJobError(new Error('connect ECONNREFUSED\n  127.0.0.1:25')), 'connect ECONNREFUSED 127.0.0.1:25');
  assert.equal(describeJobError(new TypeError('bad')), 'TypeError: bad');
  assert.equal(describeJobError('x'.repeat(2000)).length, 1000);
});
