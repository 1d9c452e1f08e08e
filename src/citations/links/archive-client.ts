import { waybackToIso, type ArchiveSnapshot } from '../../domain/archive-choice.js';
import { fetchChain, type ChainOptions } from './fetch-chain.js';
import { createHostGate } from './host-gate.js';
import { checkerUserAgent, outboundOf, type LinkCheckerOptions } from './link-checker.js';

/** What one availability look-up found. */
export type ArchiveAnswer = { ok: true; snapshot: ArchiveSnapshot | null } | { ok: false; error: string };

/** The Wayback Machine's availability API (or anything answering like it). */
export interface ArchiveClient {
  /** The capture closest to `timestamp` (YYYYMMDD[hhmmss]; '' for the newest); never throws. */
  closest(url: string, timestamp: string): Promise<ArchiveAnswer>;
}

const MAX_ANSWER_BYTES = 256 * 1024;

function parseAnswer(text: string): ArchiveSnapshot | null {
  const data = JSON.parse(text) as { archived_snapshots?: { closest?: { available?: boolean; url?: unknown; timestamp?: unknown; status?: unknown } } };
  const closest = data?.archived_snapshots?.closest;
  if (!closest || closest.available === false || typeof closest.url !== 'string' || typeof closest.timestamp !== 'string') return null;
  const capturedAt = waybackToIso(closest.timestamp);
  if (!capturedAt || !/^https?:\/\//i.test(closest.url)) return null;
  const status = Number(closest.status);
  return { url: closest.url, capturedAt, status: Number.isInteger(status) && status > 0 ? status : null };
}

/** An availability client for `baseUrl` (`https://archive.org` in production). */
export function createArchiveClient(options: { baseUrl: string } & Pick<LinkCheckerOptions, 'siteUrl' | 'timeoutMs' | 'perHost' | 'hostDelayMs' | 'outbound' | 'outboundAllow' | 'resolve'>): ArchiveClient {
  const chain: ChainOptions = {
    userAgent: checkerUserAgent(options.siteUrl),
    timeoutMs: options.timeoutMs ?? 10_000,
    maxRedirects: 3,
    maxBodyBytes: MAX_ANSWER_BYTES,
    gate: createHostGate({ perHost: options.perHost ?? 2, delayMs: options.hostDelayMs ?? 1000 }),
    fetch: outboundOf(options),
  };
  const base = options.baseUrl.replace(/\/+$/, '');
  return {
    async closest(url, timestamp) {
      const query = new URLSearchParams({ url });
      if (timestamp) query.set('timestamp', timestamp);
      const result = await fetchChain(`${base}/wayback/available?${query}`, chain, 'page');
      if (result.problem) return { ok: false, error: `archive look-up failed: ${result.error}` };
      if (result.status !== 200 || !result.body) return { ok: false, error: `archive look-up answered HTTP ${result.status}` };
      try {
        return { ok: true, snapshot: parseAnswer(new TextDecoder().decode(result.body.bytes)) };
      } catch {
        return { ok: false, error: 'archive look-up answered something that is not JSON' };
      }
    },
  };
}
