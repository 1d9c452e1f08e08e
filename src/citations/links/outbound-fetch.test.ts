import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { LookupAddress } from 'node:dns';
import { parseAllowList } from '../../domain/public-address.js';
import { startCountingPeer, type Peer } from '../../../test/support/link-peers.js';
import { createOutboundFetch, guardedLookup, refusalOf, type OutboundFetch } from './outbound-fetch.js';

const init = () => ({ method: 'GET' as const, headers: {}, signal: AbortSignal.timeout(2000), redirect: 'manual' as const });

/** What a request ended in: the status, or the refusal (or other error) that stopped it. */
async function attempt(fetch: OutboundFetch, url: string): Promise<string> {
  try {
    const response = await fetch(url, init());
    await response.arrayBuffer();
    return `HTTP ${response.status}`;
  } catch (error) {
    return refusalOf(error) ?? `error: ${String((error as Error).cause ?? error)}`;
  }
}

/** Calls a lookup function the way a socket does, and returns what it handed back. */
function lookupWith(lookup: ReturnType<typeof guardedLookup>, options: { all?: boolean; family?: number }) {
  return new Promise<{ error: Error | null; address: string | LookupAddress[]; family?: number }>((resolve) => {
    lookup('site.test', options, (error, address, family) => resolve({ error, address, family }));
  });
}

describe('the guarded lookup a connection uses', () => {
  const allow = (parseAllowList(['127.0.0.1']) as { ok: true; list: never }).list;

  test('hands the socket exactly the addresses it checked', async () => {
    const addresses = [{ address: '93.184.216.34', family: 4 }, { address: '2606:2800:220:1::1', family: 6 }];
    const lookup = guardedLookup(allow, async () => addresses);
    assert.deepEqual(await lookupWith(lookup, { all: true }), { error: null, address: addresses, family: undefined });
    assert.deepEqual(await lookupWith(lookup, {}), { error: null, address: '93.184.216.34', family: 4 });
    assert.deepEqual(await lookupWith(lookup, { family: 6 }), { error: null, address: '2606:2800:220:1::1', family: 6 });
  });

  test('refuses a name when any one of its addresses is not public', async () => {
    const lookup = guardedLookup(allow, async () => [{ address: '93.184.216.34', family: 4 }, { address: '10.0.0.7', family: 4 }]);
    const { error } = await lookupWith(lookup, { all: true });
    assert.equal(refusalOf(error), 'refused: site.test resolves to private address 10.0.0.7');
    const mapped = guardedLookup(allow, async () => [{ address: '::ffff:169.254.169.254', family: 6 }]);
    assert.equal(refusalOf((await lookupWith(mapped, {})).error), 'refused: site.test resolves to link-local address ::ffff:169.254.169.254');
  });
});

describe('the guarded fetch against local servers', () => {
  let first: Peer;
  let second: Peer;
  let v6: Peer;
  before(async () => {
    first = await startCountingPeer('127.0.0.1', { closeEach: true });
    second = await startCountingPeer('127.0.0.2');
    v6 = await startCountingPeer('::1');
  });
  after(async () => {
    await Promise.all([first.close(), second.close(), v6.close()]);
  });

  test('with nothing allowed, loopback is never reached however it is written', async () => {
    const fetch = createOutboundFetch();
    const port = new URL(first.origin).port;
    const v6port = new URL(v6.origin).port;
    const cases: Array<[string, string]> = [
      [`${first.origin}/`, 'refused: loopback address 127.0.0.1'],
      [`http://[::1]:${v6port}/`, 'refused: loopback address ::1'],
      [`http://[::ffff:127.0.0.1]:${port}/`, 'refused: loopback address ::ffff:7f00:1'],
      [`http://0.0.0.0:${port}/`, 'refused: unspecified address 0.0.0.0'],
      [`http://2130706433:${port}/`, 'refused: loopback address 127.0.0.1'],
      [`http://localhost:${port}/`, 'refused: localhost resolves to loopback address 127.0.0.1'],
    ];
    for (const [url, expected] of cases) assert.equal(await attempt(fetch, url), expected, url);
    assert.deepEqual([first.log, v6.log], [[], []]);
  });

  test('an allowed address is reached; its neighbour is not', async () => {
    const fetch = createOutboundFetch({ allow: ['127.0.0.1'] });
    assert.equal(await attempt(fetch, `${first.origin}/allowed`), 'HTTP 200');
    assert.equal(await attempt(fetch, `${second.origin}/`), 'refused: loopback address 127.0.0.2');
    assert.deepEqual([first.log, second.log], [['GET /allowed'], []]);
  });

  test('a name that changes its answer between connections (DNS rebinding) is checked again on each', async () => {
    // The rebound address has a server on the same port: an unchecked second connection would reach it.
    const port = Number(new URL(first.origin).port);
    const rebound = await startCountingPeer('127.0.0.2', { port });
    try {
      const answers = ['127.0.0.1', '127.0.0.2'];
      const resolve = async () => [{ address: answers.length > 1 ? answers.shift()! : answers[0]!, family: 4 }];
      const fetch = createOutboundFetch({ allow: ['127.0.0.1'], resolve });
      const before = first.log.length;
      const url = `http://rebind.test:${port}/`;
      assert.equal(await attempt(fetch, url), 'HTTP 200', 'the first answer, 127.0.0.1, is allowed');
      // The first peer closed that connection: the second request resolves again and gets 127.0.0.2.
      assert.equal(await attempt(fetch, url), 'refused: rebind.test resolves to loopback address 127.0.0.2');
      assert.equal(first.log.length - before, 1);
      assert.deepEqual(rebound.log, []);
    } finally {
      await rebound.close();
    }
  });

  test('an unallowed list entry is a clear error', () => {
    assert.throws(() => createOutboundFetch({ allow: ['intranet'] }), /Outbound allow-list: "intranet" is not an IP address or CIDR range/);
  });
});
