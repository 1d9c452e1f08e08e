import { waybackToIso } from '../../domain/archive-choice.js';
import { outboundOf, type LinkCheckerOptions } from './link-checker.js';
import type { OutboundFetch } from './outbound-fetch.js';
import { readCapped } from './read-capped.js';

/** The account and endpoint Save Page Now is asked through (from the settings). */
export interface CaptureAccount {
  baseUrl: string;
  accessKey: string;
  secret: string;
}

/** What the archive said to a capture request. */
export type SaveAnswer = { ok: true; jobId: string } | { ok: false; error: string };

/** What the archive says about a capture it is working on. */
export type CaptureState =
  | { state: 'pending' }
  | { state: 'success'; snapshotUrl: string; capturedAt: string }
  | { state: 'error'; error: string };

/**
 * The Wayback Machine's Save Page Now API (SPN2). Both calls throw when the archive cannot be
 * reached or answers an HTTP error (the job is retried); an answer the archive gives is a value.
 */
export interface SavePageNow {
  save(account: CaptureAccount, url: string): Promise<SaveAnswer>;
  status(account: CaptureAccount, jobId: string): Promise<CaptureState>;
}

// SPN2 answers a few hundred bytes of JSON; anything longer is not an answer.
const MAX_ANSWER_BYTES = 64 * 1024;

type Json = Record<string, unknown>;

async function call(fetch: OutboundFetch, url: string, init: { method: 'GET' | 'POST'; account: CaptureAccount; body?: string; timeoutMs: number; userAgent: string }): Promise<Json> {
  const response = await fetch(url, {
    method: init.method,
    headers: {
      accept: 'application/json',
      authorization: `LOW ${init.account.accessKey}:${init.account.secret}`,
      'user-agent': init.userAgent,
      ...(init.body ? { 'content-type': 'application/x-www-form-urlencoded' } : {}),
    },
    ...(init.body ? { body: init.body } : {}),
    signal: AbortSignal.timeout(init.timeoutMs),
    redirect: 'manual',
  });
  const { bytes } = await readCapped(response.body, MAX_ANSWER_BYTES);
  if (response.status < 200 || response.status > 299) throw new Error(`Save Page Now answered HTTP ${response.status}`);
  try {
    const data = JSON.parse(new TextDecoder().decode(bytes)) as unknown;
    if (data && typeof data === 'object' && !Array.isArray(data)) return data as Json;
  } catch {
    // fall through
  }
  throw new Error('Save Page Now answered something that is not a JSON object');
}

const text = (value: unknown): string | null => (typeof value === 'string' && value.trim() !== '' ? value.trim() : null);

/** The reason an SPN2 answer gives for an error (`message`, else `status_ext`). */
function reasonOf(data: Json): string {
  const message = text(data['message']) ?? text(data['status_ext']) ?? 'no reason given';
  return message.replace(/\s+/g, ' ').slice(0, 500);
}

/**
 * A Save Page Now (SPN2) client through the guarded outbound fetch (OUTBOUND_ALLOW applies as
 * to link checks): `POST {base}/save` with the URL, then `GET {base}/save/status/{job}`,
 * authorised with `LOW access:secret`. The snapshot is read at `{base}/web/{timestamp}/{url}`.
 */
export function createSavePageNow(options: Pick<LinkCheckerOptions, 'outbound' | 'outboundAllow' | 'resolve' | 'timeoutMs' | 'siteUrl'> = {}): SavePageNow {
  const fetch = outboundOf(options);
  const timeoutMs = Math.max(options.timeoutMs ?? 30_000, 1000);
  const userAgent = `DossierCapture/1.0${options.siteUrl ? ` (+${options.siteUrl})` : ''}`;
  const base = (account: CaptureAccount) => account.baseUrl.replace(/\/+$/, '');
  return {
    async save(account, url): Promise<SaveAnswer> {
      const body = new URLSearchParams({ url, skip_first_archive: '1' }).toString();
      const data = await call(fetch, `${base(account)}/save`, { method: 'POST', account, body, timeoutMs, userAgent });
      const jobId = text(data['job_id']);
      if (jobId && /^[\w.:-]{1,200}$/.test(jobId)) return { ok: true, jobId };
      return { ok: false, error: `Save Page Now refused the capture: ${reasonOf(data)}` };
    },
    async status(account, jobId): Promise<CaptureState> {
      const data = await call(fetch, `${base(account)}/save/status/${encodeURIComponent(jobId)}`, { method: 'GET', account, timeoutMs, userAgent });
      const status = text(data['status']);
      if (status === 'pending') return { state: 'pending' };
      if (status === 'success') {
        const timestamp = text(data['timestamp']);
        const original = text(data['original_url']);
        const capturedAt = timestamp ? waybackToIso(timestamp) : null;
        if (!timestamp || !capturedAt || !original || !/^https?:\/\//i.test(original)) {
          return { state: 'error', error: 'Save Page Now reported success without a timestamp and URL' };
        }
        return { state: 'success', snapshotUrl: `${base(account)}/web/${timestamp}/${original}`, capturedAt };
      }
      if (status === 'error') return { state: 'error', error: `Save Page Now could not capture the page: ${reasonOf(data)}` };
      return { state: 'error', error: `Save Page Now answered an unknown status ${JSON.stringify(status)}` };
    },
  };
}
