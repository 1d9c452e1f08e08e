import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DomainError, RateLimitedError } from '../domain/errors.js';
import { errorBody, statusOf } from './errors.js';

test('each domain error kind has its one status; client errors keep theirs; anything else is 500', () => {
  assert.equal(statusOf(new DomainError('Invalid', 'x')), 400);
  assert.equal(statusOf(new DomainError('Forbidden', 'x')), 403);
  assert.equal(statusOf(new DomainError('NotFound', 'x')), 404);
  assert.equal(statusOf(new DomainError('Conflict', 'x')), 409);
  assert.equal(statusOf(new RateLimitedError('x', 30)), 429);
  assert.equal(statusOf(Object.assign(new Error('too big'), { statusCode: 413 })), 413);
  assert.equal(statusOf(Object.assign(new Error('broken'), { statusCode: 502 })), 500);
  assert.equal(statusOf(new Error('SQLITE_BUSY')), 500);
});

test('the JSON error shape names the field only when there is one', () => {
  assert.deepEqual(errorBody(400, 'title: Enter a title.', 'title'), { error: 'That request was not understood', message: 'title: Enter a title.', field: 'title' });
  assert.deepEqual(errorBody(409, 'Taken.'), { error: 'That clashes with something that exists', message: 'Taken.' });
});
