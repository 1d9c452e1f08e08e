import { test } from 'node:test';
import assert from 'node:assert/strict';
import Fastify from 'fastify';
import { fastifyTrustProxy } from './trust-proxy.js';

/** The client address and scheme Fastify reports for one request, trusting `trust`. */
async function seen(trust: false | number | readonly string[], remoteAddress: string, headers: Record<string, string>) {
  const app = Fastify({ trustProxy: fastifyTrustProxy(trust) });
  app.get('/', async (request) => ({ ip: request.ip, protocol: request.protocol }));
  try {
    return (await app.inject({ url: '/', remoteAddress, headers })).json() as { ip: string; protocol: string };
  } finally {
    await app.close();
  }
}

const spoofed = { 'x-forwarded-for': '6.6.6.6, 198.51.100.7', 'x-forwarded-proto': 'https' };

test('one hop: the client is the right-most X-Forwarded-For entry, whatever it wrote to the left', async () => {
  assert.deepEqual(await seen(1, '127.0.0.1', spoofed), { ip: '198.51.100.7', protocol: 'https' });
  assert.equal((await seen(1, '127.0.0.1', { 'x-forwarded-for': '198.51.100.7' })).ip, '198.51.100.7');
  assert.equal((await seen(2, '127.0.0.1', { 'x-forwarded-for': '6.6.6.6, 198.51.100.7, 10.0.0.2' })).ip, '198.51.100.7');
});

test('a list: only the listed proxies are believed, and a direct client cannot claim another address', async () => {
  assert.equal((await seen(['127.0.0.1', '10.0.0.0/8'], '127.0.0.1', { 'x-forwarded-for': '6.6.6.6, 198.51.100.7, 10.1.2.3' })).ip, '198.51.100.7');
  assert.deepEqual(await seen(['10.0.0.0/8'], '203.0.113.9', spoofed), { ip: '203.0.113.9', protocol: 'http' });
});

test('off: the socket address, headers ignored', async () => {
  assert.deepEqual(await seen(false, '203.0.113.9', spoofed), { ip: '203.0.113.9', protocol: 'http' });
  assert.deepEqual(await seen(0, '203.0.113.9', spoofed), { ip: '203.0.113.9', protocol: 'http' });
});
