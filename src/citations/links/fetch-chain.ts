import type { FetchProblem, RedirectHop } from '../../domain/link-health.js';
import type { HostGate } from './host-gate.js';
import { refusalOf, type OutboundFetch } from './outbound-fetch.js';
import { discard, readCapped, type CappedBody } from './read-capped.js';

/** How requests are made: identity, limits, politeness. */
export interface ChainOptions {
  userAgent: string;
  /** Network time one check may spend in all (waiting for a host's turn does not count). */
  timeoutMs: number;
  maxRedirects: number;
  maxBodyBytes: number;
  gate: HostGate;
  /** Whether robots.txt lets us fetch a URL; absent: no robots check (robots.txt itself). */
  robotsAllow?: (url: string) => Promise<boolean>;
  /** The guarded fetch every request goes through (see outbound-fetch.ts). */
  fetch: OutboundFetch;
}

/** Where a chain of requests ended. */
export interface ChainResult {
  url: string;
  finalUrl: string;
  redirects: RedirectHop[];
  status: number | null;
  contentType: string | null;
  body: CappedBody | null;
  problem: FetchProblem | null;
  error: string | null;
  /** Time spent in requests (not waiting for a host's turn). */
  durationMs: number;
}

type Sent = { response: Response; spentMs: number } | { problem: FetchProblem; error: string; spentMs: number };

const isHtml = (type: string | null) => type === null || /\b(?:text\/html|application\/xhtml\+xml)\b/i.test(type);

function describeFailure(error: unknown, timeoutMs: number): { problem: FetchProblem; error: string } {
  const refusal = refusalOf(error);
  if (refusal) return { problem: 'refused', error: refusal };
  const name = (error as { name?: string }).name;
  if (name === 'TimeoutError' || name === 'AbortError') return { problem: 'timeout', error: `no answer within ${timeoutMs / 1000} s` };
  // fetch reports "fetch failed"; the reason (ECONNREFUSED, ENOTFOUND, a TLS error) is its cause.
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  const reason = [cause?.code, cause?.message].filter(Boolean).join(': ');
  const text = reason || (error instanceof Error ? error.message : String(error));
  return { problem: 'network', error: text.replace(/\s+/g, ' ').slice(0, 300) };
}

async function send(url: string, method: 'HEAD' | 'GET', options: ChainOptions, remainingMs: number, wantBody: (r: Response) => boolean): Promise<Sent & { body?: CappedBody }> {
  const host = new URL(url).host;
  return options.gate.run(host, async () => {
    const started = Date.now();
    const signal = AbortSignal.timeout(Math.max(1, remainingMs));
    try {
      const response = await options.fetch(url, {
        method,
        redirect: 'manual',
        signal,
        headers: { 'user-agent': options.userAgent, accept: 'text/html,application/xhtml+xml;q=0.9,*/*;q=0.8' },
      });
      if (method === 'GET' && wantBody(response)) {
        const body = await readCapped(response.body, options.maxBodyBytes);
        return { response, body, spentMs: Date.now() - started };
      }
      discard(response.body);
      return { response, spentMs: Date.now() - started };
    } catch (error) {
      return { ...describeFailure(error, options.timeoutMs), spentMs: Date.now() - started };
    }
  });
}

/**
 * Requests `url` and follows redirects ourselves (at most `maxRedirects`, loops detected),
 * asking robots.txt before each URL. `check` mode starts with HEAD, falls back to GET when
 * HEAD is refused (any 4xx/5xx), and GETs a 2xx HTML page to read its title; `page` mode
 * GETs and keeps the body. Never throws: every failure is part of the result.
 */
export async function fetchChain(url: string, options: ChainOptions, mode: 'check' | 'page'): Promise<ChainResult> {
  const result: ChainResult = { url, finalUrl: url, redirects: [], status: null, contentType: null, body: null, problem: null, error: null, durationMs: 0 };
  let spent = 0;
  // Network time only: waiting for a host's turn says nothing about the link.
  const done = (extra: Partial<ChainResult> = {}) => Object.assign(result, extra, { durationMs: spent });
  const seen = new Set([url]);
  let current = url;
  let method: 'HEAD' | 'GET' = mode === 'check' ? 'HEAD' : 'GET';
  for (;;) {
    if (options.robotsAllow && !(await options.robotsAllow(current))) {
      return done({ finalUrl: current, problem: 'robots', error: `robots.txt of ${new URL(current).host} disallows ${new URL(current).pathname}` });
    }
    const remaining = options.timeoutMs - spent;
    if (remaining <= 0) return done({ finalUrl: current, problem: 'timeout', error: `no answer within ${options.timeoutMs / 1000} s` });
    const sent = await send(current, method, options, remaining, (r) => r.ok && (mode === 'page' || isHtml(r.headers.get('content-type'))));
    spent += sent.spentMs;
    if ('problem' in sent) return done({ finalUrl: current, problem: sent.problem, error: sent.error });
    const { response } = sent;
    const status = response.status;
    Object.assign(result, { finalUrl: current, status, contentType: response.headers.get('content-type') });
    if (method === 'HEAD' && status >= 400) {
      method = 'GET'; // many servers refuse or mishandle HEAD
      continue;
    }
    if (status >= 300 && status < 400 && status !== 304) {
      const location = response.headers.get('location');
      let next: URL;
      try {
        if (!location) throw new Error('no Location');
        next = new URL(location, current);
        if (next.protocol !== 'http:' && next.protocol !== 'https:') throw new Error(`unsupported scheme ${next.protocol}`);
      } catch (error) {
        return done({ problem: 'bad-redirect', error: `HTTP ${status} with a bad Location (${error instanceof Error ? error.message : 'unreadable'})` });
      }
      result.redirects.push({ from: current, status, to: next.href });
      next.hash = '';
      if (seen.has(next.href)) return done({ problem: 'redirect-loop', error: `redirect loop back to ${next.href}` });
      if (result.redirects.length > options.maxRedirects) return done({ problem: 'too-many-redirects', error: `more than ${options.maxRedirects} redirects` });
      seen.add(next.href);
      current = next.href;
      continue;
    }
    if (method === 'HEAD' && response.ok && isHtml(result.contentType)) {
      method = 'GET'; // the title tells a soft-404 from a real page
      continue;
    }
    return done({ body: sent.body ?? null });
  }
}
