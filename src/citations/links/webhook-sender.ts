import { describeJobError } from '../../domain/job.js';
import { outboundOf, type LinkCheckerOptions } from './link-checker.js';
import { refusalOf } from './outbound-fetch.js';

/** What one webhook POST came back with. */
export interface WebhookPostResult {
  statusCode: number | null;
  error: string | null;
  durationMs: number;
}

/**
 * Posts webhook deliveries through the guarded outbound fetch (OUTBOUND_ALLOW applies as to
 * link checks): JSON body, no redirects followed, 10 s at most; reports failures, never throws.
 */
export function createWebhookSender(options: Pick<LinkCheckerOptions, 'outbound' | 'outboundAllow' | 'resolve' | 'timeoutMs'> = {}) {
  const fetch = outboundOf(options);
  const timeoutMs = options.timeoutMs ?? 10_000;
  return {
    async post(url: string, body: string, headers: Record<string, string>): Promise<WebhookPostResult> {
      const started = performance.now();
      const took = () => Math.round(performance.now() - started);
      try {
        const response = await fetch(url, { method: 'POST', headers, body, signal: AbortSignal.timeout(timeoutMs), redirect: 'manual' });
        await response.body?.cancel();
        return { statusCode: response.status, error: null, durationMs: took() };
      } catch (error) {
        const refused = refusalOf(error);
        const timedOut = (error as { name?: string }).name === 'TimeoutError';
        const why = refused ?? (timedOut ? `no answer within ${timeoutMs / 1000} s` : describeJobError((error as { cause?: unknown }).cause ?? error));
        return { statusCode: null, error: why, durationMs: took() };
      }
    },
  };
}
