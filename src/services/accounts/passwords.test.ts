import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DUMMY_HASH, hashPassword, verifyPassword } from './passwords.js';

test('a hash verifies its password and no other', async () => {
  const hash = await hashPassword('correct horse battery staple');
  assert.match(hash, /^scrypt\$32768\$8\$1\$[\w-]{22}\$[\w-]{43}$/);
  assert.equal(await verifyPassword('correct horse battery staple', hash), true);
  assert.equal(await verifyPassword('correct horse battery stapler', hash), false);
});

test('each hash has its own salt', async () => {
  assert.notEqual(await hashPassword('same password'), await hashPassword('same password'));
});

test('parameters travel in the hash, so cheaper or dearer ones still verify', async () => {
  const cheap = await hashPassword('a long enough password', { N: 1024, r: 8, p: 1 });
  assert.match(cheap, /^scrypt\$1024\$/);
  assert.equal(await verifyPassword('a long enough password', cheap), true);
});

test('malformed hashes never verify', async () => {
  for (const bad of ['', 'bcrypt$x', 'scrypt$0$8$1$AAAA$AAAA', DUMMY_HASH]) {
    assert.equal(await verifyPassword('anything at all', bad), false, bad);
  }
});
