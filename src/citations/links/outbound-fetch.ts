import { lookup as dnsLookup } from 'node:dns/promises';
import type { LookupAddress } from 'node:dns';
import { isIP, type LookupFunction } from 'node:net';
import { Agent, fetch as undiciFetch } from 'undici';
import { outboundRefusal, parseAllowList, type AllowList } from '../../domain/public-address.js';

/** Resolves a host name to every address it has (dns.lookup with `all`). */
export type Resolver = (hostname: string) => Promise<LookupAddress[]>;

/** What a request to a cited or configured address may carry. */
export interface OutboundInit {
  method: 'HEAD' | 'GET' | 'POST';
  headers: Record<string, string>;
  /** A form body (POST only: a WebSub ping). */
  body?: string;
  signal: AbortSignal;
  /** Always manual: every hop of a redirect is a new request, checked again. */
  redirect: 'manual';
}

/** The only way Dossier makes an HTTP request to an address it did not choose itself. */
export type OutboundFetch = (url: string, init: OutboundInit) => Promise<Response>;

/** Who outbound requests may reach besides public addresses, and how names are resolved (tests). */
export interface OutboundOptions {
  /** Addresses and CIDR ranges allowed although they are not public (OUTBOUND_ALLOW). */
  allow?: readonly string[];
  resolve?: Resolver;
}

const REFUSED = 'ERR_OUTBOUND_REFUSED';

/** A request we would not make: its address is not public and not allowed. */
export class OutboundRefused extends Error {
  readonly code = REFUSED;
}

/** The refusal behind a failed request ("refused: private address 10.0.0.5"), or null when it failed otherwise. */
export function refusalOf(error: unknown): string | null {
  for (let e = error as { code?: unknown; message?: unknown; cause?: unknown } | undefined, depth = 0; e && depth < 5; e = e.cause as typeof e, depth++) {
    if (e.code === REFUSED && typeof e.message === 'string') return e.message;
  }
  return null;
}

/**
 * A dns.lookup replacement for the connection: resolves, refuses the host when any of its
 * addresses is not allowed, and hands the connection exactly the addresses it checked, so a
 * second, different DNS answer (rebinding) never reaches a socket.
 */
export function guardedLookup(allow: AllowList, resolve: Resolver): LookupFunction {
  return (hostname, options, callback) => {
    resolve(hostname)
      .then((found) => {
        for (const { address } of found) {
          const why = outboundRefusal(address, allow);
          if (why) throw new OutboundRefused(`refused: ${hostname} resolves to ${why}`);
        }
        const usable = options.family ? found.filter((a) => a.family === options.family) : found;
        if (usable.length === 0) throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname}`), { code: 'ENOTFOUND', hostname });
        if (options.all) callback(null, usable);
        else callback(null, usable[0]!.address, usable[0]!.family);
      })
      .catch((error: NodeJS.ErrnoException) => callback(error, ''));
  };
}

/**
 * The guarded fetch: refuses loopback, private, link-local, unique-local, multicast and other
 * non-public addresses (IP literals before connecting, host names after resolving, each
 * redirect hop as its own request) unless `allow` names them. Throws `OutboundRefused`
 * (or a TypeError caused by it) for a refused address; never follows redirects itself.
 */
export function createOutboundFetch(options: OutboundOptions = {}): OutboundFetch {
  const parsed = parseAllowList(options.allow ?? []);
  if (!parsed.ok) throw new Error(`Outbound allow-list: ${parsed.error}.`);
  const allow = parsed.list;
  const resolve = options.resolve ?? ((hostname) => dnsLookup(hostname, { all: true, verbatim: true }));
  const dispatcher = new Agent({ connect: { lookup: guardedLookup(allow, resolve) } });
  return async (url, init) => {
    const { hostname, protocol } = new URL(url);
    if (protocol !== 'http:' && protocol !== 'https:') throw new OutboundRefused(`refused: ${protocol} is not http(s)`);
    // A socket given an IP address never calls lookup: literals are checked here.
    const literal = hostname.replace(/^\[(.*)\]$/, '$1');
    if (isIP(literal)) {
      const why = outboundRefusal(literal, allow);
      if (why) throw new OutboundRefused(`refused: ${why}`);
    }
    // undici's Response is the one Node's global fetch returns, typed by its own package.
    return (await undiciFetch(url, { ...init, dispatcher })) as unknown as Response;
  };
}
