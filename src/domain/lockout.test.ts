import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lockedUntil } from './lockout.js';

const now = new Date('2026-05-01T12:00:00.000Z');
const minutesAgo = (n: number) => new Date(now.getTime() - n * 60_000).toISOString();

test('nine failures do not lock; the tenth within 15 minutes does, for 15 minutes', () => {
  const nine = Array.from({ length: 9 }, (_, i) => minutesAgo(i));
  assert.equal(lockedUntil(nine, now), null);
  const ten = [...nine, minutesAgo(10)];
  assert.equal(lockedUntil(ten, now)?.toISOString(), '2026-05-01T12:15:00.000Z');
});

test('failures spread beyond the window do not lock', () => {
  const spread = Array.from({ length: 12 }, (_, i) => minutesAgo(i * 5));
  assert.equal(lockedUntil(spread, now), null);
});

test('each further ten failures within a day doubles the lock', () => {
  const twenty = [...Array.from({ length: 10 }, (_, i) => minutesAgo(i)), ...Array.from({ length: 10 }, (_, i) => minutesAgo(60 + i))];
  assert.equal(lockedUntil(twenty, now)?.toISOString(), '2026-05-01T12:30:00.000Z');
});

test('a lock ends', () => {
  const ten = Array.from({ length: 10 }, (_, i) => minutesAgo(14 - i / 10));
  const later = new Date(now.getTime() + 16 * 60_000);
  assert.equal(lockedUntil(ten, later), null);
});
