import { test } from 'node:test';
import assert from 'node:assert/strict';
import { addressKind, outboundRefusal, parseAllowList, type AddressKind } from './public-address.js';

// [address, kind]: every range a cited URL must not reach, and public neighbours of them.
const table: Array<[string, AddressKind | null]> = [
  ['93.184.216.34', 'public'],
  ['8.8.8.8', 'public'],
  ['1.1.1.1', 'public'],
  ['2606:4700:4700::1111', 'public'],
  ['[2a00:1450:4001:82b::200e]', 'public'],
  ['127.0.0.1', 'loopback'],
  ['127.0.0.2', 'loopback'],
  ['127.255.255.254', 'loopback'],
  ['::1', 'loopback'],
  ['[::1]', 'loopback'],
  ['0.0.0.0', 'unspecified'],
  ['0.1.2.3', 'unspecified'],
  ['::', 'unspecified'],
  ['10.0.0.1', 'private'],
  ['10.255.255.255', 'private'],
  ['172.16.0.1', 'private'],
  ['172.31.255.255', 'private'],
  ['172.32.0.1', 'public'],
  ['192.168.1.1', 'private'],
  ['169.254.169.254', 'link-local'],
  ['169.254.0.1', 'link-local'],
  ['fe80::1', 'link-local'],
  ['febf:ffff::1', 'link-local'],
  ['fe80::1%eth0', 'link-local'],
  ['100.64.0.1', 'shared'],
  ['100.127.255.255', 'shared'],
  ['100.128.0.1', 'public'],
  ['fc00::1', 'unique-local'],
  ['fd12:3456:789a::1', 'unique-local'],
  ['fec0::1', 'site-local'],
  ['224.0.0.1', 'multicast'],
  ['239.255.255.250', 'multicast'],
  ['ff02::1', 'multicast'],
  ['255.255.255.255', 'broadcast'],
  ['240.0.0.1', 'reserved'],
  ['192.0.2.1', 'reserved'],
  ['198.18.0.1', 'reserved'],
  ['2001:db8::1', 'reserved'],
  ['100::1', 'reserved'],
  ['2002:7f00:1::', 'reserved'],
  // IPv4 inside IPv6: the IPv4 address decides.
  ['::ffff:127.0.0.1', 'loopback'],
  ['::ffff:7f00:1', 'loopback'],
  ['[::ffff:a00:1]', 'private'],
  ['::ffff:169.254.169.254', 'link-local'],
  ['::ffff:93.184.216.34', 'public'],
  ['64:ff9b::10.0.0.1', 'private'],
  ['64:ff9b::93.184.216.34', 'public'],
  // IPv4-compatible (deprecated): the URL parser writes [::127.0.0.1] as [::7f00:1].
  ['::7f00:1', 'reserved'],
  ['::ffff:0:7f00:1', 'reserved'],
  ['example.org', null],
  ['127.1', 'loopback'],
  ['2130706433', 'loopback'],
];

test('address classification', () => {
  for (const [address, kind] of table) assert.equal(addressKind(address), kind, address);
});

test('only public addresses pass without an allow-list; the reason names kind and address', () => {
  for (const [address, kind] of table) {
    const refusal = outboundRefusal(address, []);
    if (kind === 'public') assert.equal(refusal, null, address);
    else assert.ok(refusal !== null, `${address} must be refused`);
  }
  assert.equal(outboundRefusal('10.0.0.5', []), 'private address 10.0.0.5');
  assert.equal(outboundRefusal('[::1]', []), 'loopback address ::1');
  assert.equal(outboundRefusal('169.254.169.254', []), 'link-local address 169.254.169.254');
});

test('the allow-list lets named addresses and ranges through, and nothing next to them', () => {
  const parsed = parseAllowList(['127.0.0.1', ' ::1 ', '10.1.0.0/16', '[fd00::1]', '']);
  assert.ok(parsed.ok);
  const allow = parsed.list;
  assert.equal(outboundRefusal('127.0.0.1', allow), null);
  assert.equal(outboundRefusal('::ffff:127.0.0.1', allow), null, 'the mapped form of an allowed address');
  assert.equal(outboundRefusal('::1', allow), null);
  assert.equal(outboundRefusal('10.1.200.3', allow), null);
  assert.equal(outboundRefusal('fd00::1', allow), null);
  assert.equal(outboundRefusal('127.0.0.2', allow), 'loopback address 127.0.0.2');
  assert.equal(outboundRefusal('10.2.0.1', allow), 'private address 10.2.0.1');
  assert.equal(outboundRefusal('fd00::2', allow), 'unique-local address fd00::2');
  assert.equal(outboundRefusal('93.184.216.34', allow), null, 'public addresses stay allowed');
});

test('a bad allow-list entry is named', () => {
  assert.deepEqual(parseAllowList(['127.0.0.1', 'localhost']), { ok: false, error: '"localhost" is not an IP address or CIDR range (e.g. 127.0.0.1, ::1, 10.0.0.0/8)' });
  assert.equal(parseAllowList(['10.0.0.0/33']).ok, false);
});
