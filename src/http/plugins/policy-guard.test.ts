import { test } from 'node:test';
import assert from 'node:assert/strict';
import Fastify from 'fastify';
import { isDomainError } from '../../domain/errors.js';
import { installPolicyGuard } from './policy-guard.js';

test('a route without a policy refuses to register (fail closed)', async () => {
  const app = Fastify();
  installPolicyGuard(app);
  assert.throws(() => app.get('/open', async () => 'x'), /declares no policy/);
  await app.close();
});

test('a route whose policy says no fails with Forbidden before its handler runs', async () => {
  const app = Fastify();
  installPolicyGuard(app);
  // Stand-in for the app's error handler: report which DomainError kind arrived.
  app.setErrorHandler((error, _request, reply) => reply.code(isDomainError(error, 'Forbidden') ? 403 : 500).send());
  let ran = false;
  app.get('/closed', { config: { policy: () => false } }, async () => {
    ran = true;
    return 'secret';
  });
  app.get('/open', { config: { policy: () => true } }, async () => 'hello');
  const closed = await app.inject('/closed');
  assert.equal(closed.statusCode, 403);
  assert.equal(ran, false);
  assert.equal((await app.inject('/open')).body, 'hello');
  await app.close();
});
