import robotsModule from 'robots-parser';
import { fetchChain, type ChainOptions } from './fetch-chain.js';

/** The product token robots.txt groups are matched against. */
export const ROBOTS_AGENT = 'DossierLinkChecker';
const MAX_ROBOTS_BYTES = 512 * 1024;
const KEEP_MS = 24 * 60 * 60 * 1000;
const MAX_ORIGINS = 5000;

// A CommonJS package whose typings declare an ES default export: the import is the function.
const robotsParser = robotsModule as unknown as typeof robotsModule.default;
type Robot = ReturnType<typeof robotsParser>;

/**
 * Whether robots.txt lets us fetch a URL; each origin's file is fetched once (again after a
 * day). A missing robots.txt (4xx) allows everything; so does one we cannot read (5xx,
 * timeout): a handful of polite requests for a citation is not a crawl.
 */
export function createRobotsPolicy(options: Omit<ChainOptions, 'robotsAllow'>): (url: string) => Promise<boolean> {
  const cache = new Map<string, { at: number; rules: Promise<Robot | null> }>();

  async function load(origin: string): Promise<Robot | null> {
    const robotsUrl = `${origin}/robots.txt`;
    const result = await fetchChain(robotsUrl, { ...options, maxRedirects: 5, maxBodyBytes: MAX_ROBOTS_BYTES }, 'page');
    if (result.status === null || result.status < 200 || result.status >= 300 || !result.body) return null;
    const text = new TextDecoder('utf-8', { fatal: false }).decode(result.body.bytes);
    // Parsed as this origin's file even when it was redirected: its rules are meant for us.
    return robotsParser(robotsUrl, text);
  }

  return async (url) => {
    const origin = new URL(url).origin;
    let entry = cache.get(origin);
    // A worker runs for weeks: robots.txt is read again after a day, and the cache stays bounded.
    if (!entry || Date.now() - entry.at > KEEP_MS) {
      if (cache.size >= MAX_ORIGINS) cache.delete(cache.keys().next().value!);
      entry = { at: Date.now(), rules: load(origin) };
      cache.set(origin, entry);
    }
    const rules = await entry.rules;
    return rules === null || rules.isAllowed(url, ROBOTS_AGENT) !== false;
  };
}
