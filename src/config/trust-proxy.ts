import { isIP } from 'node:net';
import { StartupError } from './startup-error.js';

/** Which proxies' X-Forwarded-* headers to believe: none, the nearest N hops, or the listed addresses. */
export type TrustProxy = false | number | readonly string[];

/** Names of address ranges the proxy-addr library knows. */
const RANGES = new Set(['loopback', 'linklocal', 'uniquelocal']);
const EXAMPLE = 'the number of proxies in front of Dossier (TRUST_PROXY=1) or their addresses (TRUST_PROXY=127.0.0.1,10.0.0.0/8)';

function isAddressOrRange(entry: string): boolean {
  if (RANGES.has(entry) || isIP(entry) !== 0) return true;
  const match = /^(.+)\/(\d{1,3})$/.exec(entry);
  if (!match) return false;
  const version = isIP(match[1]!);
  return version !== 0 && Number(match[2]) <= (version === 4 ? 32 : 128);
}

/**
 * Parses TRUST_PROXY. `true` is refused: it believes the left-most X-Forwarded-For entry,
 * which any client writes itself, so every request could claim a new address.
 */
export function parseTrustProxy(value: string | undefined): TrustProxy {
  const text = (value ?? '').trim();
  if (text === '' || text === 'false' || text === '0') return false;
  if (text === 'true') {
    throw new StartupError(`TRUST_PROXY=true is no longer accepted: it lets any client choose the address its sign-in and comment limits count against. Give ${EXAMPLE}.`);
  }
  if (/^\d+$/.test(text)) {
    const hops = Number(text);
    if (hops > 16) throw new StartupError(`TRUST_PROXY is invalid (got "${text}"): a hop count is at most 16; give ${EXAMPLE}.`);
    return hops;
  }
  const entries = text.split(',').map((entry) => entry.trim());
  const bad = entries.find((entry) => !isAddressOrRange(entry));
  if (bad !== undefined) {
    throw new StartupError(`TRUST_PROXY is invalid (got "${text}"): "${bad}" is not an IP address, a CIDR range or one of loopback, linklocal, uniquelocal; give ${EXAMPLE}.`);
  }
  return Object.freeze(entries);
}
