import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHmac } from 'node:crypto';
import { readIntegrationToken, verifyIntegrationToken, type UnverifiedToken } from './integration-jwt.js';

const KEY_ID = 'a1b2c3d4e5f60718293a4b5c';
const SECRET = 'ab'.repeat(32);
const NOW = new Date('2026-06-01T12:00:00.000Z');
const at = NOW.getTime() / 1000;

function sign(header: object, payload: object, secret = SECRET): string {
  const part = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
  const input = `${part(header)}.${part(payload)}`;
  return `Ghost ${input}.${createHmac('sha256', Buffer.from(secret, 'hex')).update(input).digest('base64url')}`;
}

const good = { alg: 'HS256', typ: 'JWT', kid: KEY_ID };
const claims = { iat: at, exp: at + 300, aud: '/admin/' };

function check(header: string | undefined, secret = SECRET): string {
  const read = readIntegrationToken(header);
  if ('ok' in read) return read.reason;
  const verified = verifyIntegrationToken(read as UnverifiedToken, secret, NOW);
  return verified.ok ? 'ok' : verified.reason;
}

test('a token signed as Ghost\'s client signs it passes, for any Admin API audience', () => {
  assert.equal(check(sign(good, claims)), 'ok');
  for (const aud of ['/v4/admin/', '/canary/admin/', '/v5.0/admin/', ['/admin/']]) assert.equal(check(sign(good, { ...claims, aud })), 'ok');
  assert.equal((readIntegrationToken(sign(good, claims)) as UnverifiedToken).keyId, KEY_ID);
});

test('refusals say why: form, algorithm, key id, signature, audience, times', () => {
  assert.match(check(undefined), /Send an Authorization header/);
  assert.match(check('Bearer abc.def.ghi'), /not "Ghost <token>"/);
  assert.match(check('Ghost e30.e30.'), /not "Ghost <token>"/);
  assert.match(check(sign({ ...good, alg: 'none' }, claims)), /HS256/);
  assert.match(check(sign({ ...good, kid: 'nope' }, claims)), /kid/);
  assert.match(check(sign(good, claims), 'cd'.repeat(32)), /signature/);
  assert.match(check(sign(good, { ...claims, aud: '/content/' })), /not for the Admin API/);
  assert.match(check(sign(good, { aud: '/admin/' })), /iat and exp/);
  assert.match(check(sign(good, { ...claims, exp: at + 3600 })), /five minutes/);
  assert.match(check(sign(good, { iat: at - 700, exp: at - 400, aud: '/admin/' })), /expired/);
  assert.match(check(sign(good, { iat: at + 600, exp: at + 900, aud: '/admin/' })), /future/);
  // Half a minute of clock difference is forgiven.
  assert.equal(check(sign(good, { iat: at - 310, exp: at - 10, aud: '/admin/' })), 'ok');
});
