import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fromZonedLocal, toZonedLocal } from './time-zone.js';

test('wall-clock times in a zone and back, across daylight saving', () => {
  assert.equal(toZonedLocal('2026-07-01T12:00:00.000Z', 'Europe/London'), '2026-07-01T13:00');
  assert.equal(toZonedLocal('2026-01-01T12:00:00.000Z', 'Europe/London'), '2026-01-01T12:00');
  assert.equal(toZonedLocal('2026-01-01T12:00:00.000Z', 'America/New_York'), '2026-01-01T07:00');
  assert.equal(fromZonedLocal('2026-07-01T13:00', 'Europe/London'), '2026-07-01T12:00:00.000Z');
  assert.equal(fromZonedLocal('2026-01-01T07:00', 'America/New_York'), '2026-01-01T12:00:00.000Z');
  assert.equal(fromZonedLocal('2026-03-08T12:30', 'Asia/Kolkata'), '2026-03-08T07:00:00.000Z');
  assert.equal(fromZonedLocal('2026-01-01T09:00', 'UTC'), '2026-01-01T09:00:00.000Z');
  assert.equal(fromZonedLocal('next tuesday', 'UTC'), null);
});
