import type { FetchOutcome } from '../../domain/link-health.js';
import { fetchChain, type ChainOptions, type ChainResult } from './fetch-chain.js';
import { createHostGate } from './host-gate.js';
import { createOutboundFetch, type OutboundFetch, type OutboundOptions } from './outbound-fetch.js';
import { sniffPageTitle } from './page-title.js';
import { createRobotsPolicy } from './robots.js';

/** Tuning of the checker; the defaults are the production ones. */
export interface LinkCheckerOptions {
  /** Public URL of the site, named in our User-Agent so site owners can reach us. */
  siteUrl?: string;
  timeoutMs?: number;
  perHost?: number;
  hostDelayMs?: number;
  maxRedirects?: number;
  maxBodyBytes?: number;
  /** Non-public addresses requests may reach (OUTBOUND_ALLOW) and the resolver; ignored when `outbound` is given. */
  outboundAllow?: OutboundOptions['allow'];
  resolve?: OutboundOptions['resolve'];
  /** A guarded fetch to share with other clients; one is made from `outboundAllow` otherwise. */
  outbound?: OutboundFetch;
}

/** The guarded fetch a client's options ask for. */
export function outboundOf(options: Pick<LinkCheckerOptions, 'outbound' | 'outboundAllow' | 'resolve'>): OutboundFetch {
  return options.outbound ?? createOutboundFetch({ allow: options.outboundAllow ?? [], ...(options.resolve ? { resolve: options.resolve } : {}) });
}

/** Checks cited URLs and fetches cited pages, politely and within bounds. */
export interface LinkChecker {
  /** One check of a normalised URL; never throws. */
  check(url: string): Promise<FetchOutcome>;
  /** GETs a page (redirects followed, robots.txt asked) and keeps the start of its body; never throws. */
  fetchPage(url: string): Promise<ChainResult>;
}

/** The checker's User-Agent. */
export function checkerUserAgent(siteUrl?: string): string {
  return `DossierLinkChecker/1.0${siteUrl ? ` (+${siteUrl})` : ''}`;
}

/**
 * A checker with its own per-host gate and robots.txt cache: HEAD then GET, redirects
 * followed and recorded, 10 s of network time per check, at most 1 MB of any body read.
 */
export function createLinkChecker(options: LinkCheckerOptions = {}): LinkChecker {
  const base: Omit<ChainOptions, 'robotsAllow'> = {
    userAgent: checkerUserAgent(options.siteUrl),
    timeoutMs: options.timeoutMs ?? 10_000,
    maxRedirects: options.maxRedirects ?? 10,
    maxBodyBytes: options.maxBodyBytes ?? 1024 * 1024,
    gate: createHostGate({ perHost: options.perHost ?? 2, delayMs: options.hostDelayMs ?? 1000 }),
    fetch: outboundOf(options),
  };
  const chain: ChainOptions = { ...base, robotsAllow: createRobotsPolicy(base) };
  const decoder = new TextDecoder('utf-8', { fatal: false });

  return {
    async check(url) {
      const result = await fetchChain(url, chain, 'check');
      const html = result.body ? decoder.decode(result.body.bytes) : null;
      return {
        url,
        finalUrl: result.finalUrl,
        httpStatus: result.status,
        redirects: result.redirects,
        problem: result.problem,
        error: result.error,
        pageTitle: html === null ? null : sniffPageTitle(html),
        durationMs: result.durationMs,
      };
    },
    fetchPage: (url) => fetchChain(url, chain, 'page'),
  };
}
