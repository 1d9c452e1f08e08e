import { test } from 'node:test';
import assert from 'node:assert/strict';
import { commentLimit, secondsUntil, SIGN_IN_LIMIT, windowEnds } from './attempt-limit.js';

const now = new Date('2026-05-01T12:00:00.000Z');

test('sign-in windows last 15 minutes, doubling per full window before them, up to a day', () => {
  assert.deepEqual(windowEnds(SIGN_IN_LIMIT, now), [
    '2026-05-01T12:15:00.000Z', '2026-05-01T12:30:00.000Z', '2026-05-01T13:00:00.000Z', '2026-05-01T14:00:00.000Z',
    '2026-05-01T16:00:00.000Z', '2026-05-01T20:00:00.000Z', '2026-05-02T04:00:00.000Z', '2026-05-02T12:00:00.000Z',
  ]);
});

test('comment windows are one minute, without backoff', () => {
  assert.deepEqual(windowEnds(commentLimit(5), now), ['2026-05-01T12:01:00.000Z']);
  assert.equal(commentLimit(5).limit, 5);
});

test('the wait is rounded up to whole seconds, at least one', () => {
  assert.equal(secondsUntil('2026-05-01T12:00:30.200Z', now), 31);
  assert.equal(secondsUntil('2026-05-01T11:59:00.000Z', now), 1);
});
