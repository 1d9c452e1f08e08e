import ipaddr from 'ipaddr.js';

/** What kind of address an IP is, as far as fetching from it goes; only `public` is fetched by default. */
export type AddressKind =
  | 'public' | 'private' | 'loopback' | 'link-local' | 'unique-local' | 'site-local' | 'multicast'
  | 'unspecified' | 'broadcast' | 'shared' | 'reserved';

/** Addresses or CIDR ranges an operator allows outbound requests to even though they are not public. */
export type AllowList = ReadonlyArray<[ipaddr.IPv4 | ipaddr.IPv6, number]>;

// ipaddr.js range names → ours; any range not named here (documentation, benchmarking, 6to4,
// Teredo, AS112, discard…) is `reserved`: nothing a cited page lives on.
const KINDS: Record<string, AddressKind> = {
  unicast: 'public',
  private: 'private',
  loopback: 'loopback',
  linkLocal: 'link-local',
  uniqueLocal: 'unique-local',
  deprecatedSiteLocal: 'site-local',
  multicast: 'multicast',
  unspecified: 'unspecified',
  broadcast: 'broadcast',
  carrierGradeNat: 'shared',
};

const GLOBAL_UNICAST = ipaddr.parseCIDR('2000::/3') as [ipaddr.IPv6, number];

/** The address a connection really reaches: an IPv4 address embedded in IPv6 (mapped, NAT64) is that IPv4 address. */
function effective(address: ipaddr.IPv4 | ipaddr.IPv6): ipaddr.IPv4 | ipaddr.IPv6 {
  if (address.kind() === 'ipv4') return address;
  const v6 = address as ipaddr.IPv6;
  if (v6.isIPv4MappedAddress()) return v6.toIPv4Address();
  if (v6.range() === 'rfc6052') return ipaddr.fromByteArray(v6.toByteArray().slice(12));
  return v6;
}

/** Parses an IP address (IPv6 with or without brackets); null when it is not one. */
function parseIp(text: string): ipaddr.IPv4 | ipaddr.IPv6 | null {
  const bare = text.replace(/^\[(.*)\]$/, '$1').replace(/%.*$/, '');
  return ipaddr.isValid(bare) ? ipaddr.parse(bare) : null;
}

/** The kind of an IP address (IPv4, IPv6, IPv4-mapped IPv6); null when the text is not an IP address. */
export function addressKind(text: string): AddressKind | null {
  const parsed = parseIp(text);
  if (!parsed) return null;
  const address = effective(parsed);
  const kind = KINDS[address.range()] ?? 'reserved';
  // IPv6 outside 2000::/3 (IPv4-compatible ::a.b.c.d, unassigned space) reaches nothing public.
  if (kind === 'public' && address.kind() === 'ipv6' && !address.match(GLOBAL_UNICAST)) return 'reserved';
  return kind;
}

/** Parses OUTBOUND_ALLOW's entries (`127.0.0.1`, `::1`, `10.0.0.0/8`); the error names the bad entry. */
export function parseAllowList(entries: readonly string[]): { ok: true; list: AllowList } | { ok: false; error: string } {
  const list: Array<[ipaddr.IPv4 | ipaddr.IPv6, number]> = [];
  for (const entry of entries) {
    const text = entry.trim().replace(/^\[(.*)\]$/, '$1');
    if (text === '') continue;
    if (text.includes('/') && ipaddr.isValidCIDR(text)) {
      list.push(ipaddr.parseCIDR(text));
    } else if (ipaddr.isValid(text)) {
      const address = ipaddr.parse(text);
      list.push([address, address.kind() === 'ipv4' ? 32 : 128]);
    } else {
      return { ok: false, error: `"${entry}" is not an IP address or CIDR range (e.g. 127.0.0.1, ::1, 10.0.0.0/8)` };
    }
  }
  return { ok: true, list };
}

/**
 * Why we may not connect to this address, or null when we may: a public address, or one
 * the allow-list names. The reason reads like "private address 10.0.0.5"; text that is not
 * an IP address is refused too.
 */
export function outboundRefusal(text: string, allow: AllowList): string | null {
  const parsed = parseIp(text);
  if (!parsed) return `${text} is not an IP address`;
  const address = effective(parsed);
  // An allowed IPv4 address is allowed in its IPv4-mapped form too: both forms are compared.
  const allowed = allow.some(([range, bits]) => [address, parsed].some((a) => a.kind() === range.kind() && a.match(range as never, bits)));
  if (allowed) return null;
  const kind = addressKind(text)!;
  return kind === 'public' ? null : `${kind} address ${text.replace(/^\[(.*)\]$/, '$1')}`;
}
