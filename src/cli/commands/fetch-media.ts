import { createLinkChecker } from '../../citations/links/link-checker.js';
import type { Config } from '../../config/config.js';
import { MAX_UPLOAD_BYTES } from '../../domain/media.js';

/**
 * `--fetch-media`: reads an attachment from the old site, through the guarded outbound fetch
 * (public addresses only, unless OUTBOUND_ALLOW names others) and the link checker's
 * politeness (robots.txt, one host at a time with a pause, our User-Agent); at most the
 * upload limit. Null when it cannot be had; the import then lists the image as not imported.
 */
export function mediaFetcher(config: Pick<Config, 'siteUrl' | 'outboundAllow'>): (relativePath: string, url?: string) => Promise<Buffer | null> {
  const checker = createLinkChecker({ siteUrl: config.siteUrl, outboundAllow: [...config.outboundAllow], maxBodyBytes: MAX_UPLOAD_BYTES, timeoutMs: 30_000 });
  return async (_relativePath, url) => {
    if (!url || !/^https?:\/\//.test(url)) return null;
    const result = await checker.fetchPage(url);
    if (result.status === null || result.status < 200 || result.status > 299 || !result.body || result.body.truncated) return null;
    return Buffer.from(result.body.bytes);
  };
}
