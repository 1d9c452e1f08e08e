import { createHmac } from 'node:crypto';
import { isPubliclyVisible, type Article } from './article.js';
import { invalid, m, plural } from './errors.js';

/** The events a webhook can subscribe to. */
export const WEBHOOK_EVENTS = ['article.published', 'article.updated', 'article.unpublished', 'comment.created', 'link.dead'] as const;

/** One event a webhook can subscribe to. */
export type WebhookEvent = (typeof WEBHOOK_EVENTS)[number];

/** A subscriber: where events are POSTed, which ones, and the secret that signs them. */
export interface Webhook {
  id: number;
  url: string;
  events: WebhookEvent[];
  /** HMAC-SHA256 key; shown once when the webhook is added, never listed. */
  secret: string;
  active: boolean;
  createdAt: string;
}

/** One attempt to deliver an event: what was sent where, and what came back. */
export interface WebhookDelivery {
  id: number;
  webhookId: number;
  event: string;
  url: string;
  /** 1 for the first try, 2 for the first retry… */
  attempt: number;
  /** The HTTP status, null when no answer came (refused address, timeout, network error). */
  statusCode: number | null;
  error: string | null;
  durationMs: number;
  createdAt: string;
}

/** Whether a delivery attempt counts as received (any 2xx). */
export function deliverySucceeded(d: Pick<WebhookDelivery, 'statusCode' | 'error'>): boolean {
  return d.error === null && d.statusCode !== null && d.statusCode >= 200 && d.statusCode <= 299;
}

/** Checks a comma-separated list of events ("article.published,link.dead"); Invalid names the unknown ones. */
export function parseWebhookEvents(input: string | readonly string[]): WebhookEvent[] {
  const names = (typeof input === 'string' ? input.split(',') : [...input]).map((s) => s.trim()).filter((s) => s !== '');
  if (names.length === 0) throw invalid(m`Choose at least one event: ${WEBHOOK_EVENTS.join(', ')}.`, 'events');
  const unknown = names.filter((n) => !(WEBHOOK_EVENTS as readonly string[]).includes(n));
  if (unknown.length > 0) {
    const names = unknown.map((n) => `"${n}"`).join(', ');
    const events = WEBHOOK_EVENTS.join(', ');
    throw invalid(plural(unknown.length, { one: m`Unknown event ${names}; the events are ${events}.`, other: m`Unknown events ${names}; the events are ${events}.` }), 'events');
  }
  return WEBHOOK_EVENTS.filter((e) => names.includes(e));
}

/** Checks a target address: an absolute http(s) URL without credentials; Invalid says what is wrong. */
export function parseWebhookUrl(input: string): string {
  const text = input.trim();
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw invalid(m`"${text.slice(0, 200)}" is not an address; give an absolute http(s) URL such as https://example.org/hooks/dossier.`, 'url');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw invalid(m`A webhook address must be http(s), not ${url.protocol.replace(':', '')}.`, 'url');
  if (url.username || url.password) throw invalid(m`A webhook address must not carry a user name or password; the signature authenticates deliveries.`, 'url');
  if (text.length > 2000) throw invalid(m`A webhook address may be at most 2000 characters.`, 'url');
  return url.href;
}

/** Checks a secret an administrator chose: 16 to 200 visible ASCII characters (no spaces), so it survives being pasted. */
export function parseWebhookSecret(input: string): string {
  const text = input.trim();
  if (text.length < 16) throw invalid(m`A webhook secret must be at least 16 characters; leave it out to keep the current one, or ask for a new one to be made.`, 'secret');
  if (text.length > 200) throw invalid(m`A webhook secret may be at most 200 characters.`, 'secret');
  if (!/^[\x21-\x7e]+$/.test(text)) throw invalid(m`A webhook secret may hold only visible ASCII characters, without spaces.`, 'secret');
  return text;
}

/**
 * The signature of one delivery: hex HMAC-SHA256, keyed with the webhook's secret, of
 * `<timestamp>.<raw body>` (timestamp in Unix seconds, as sent in X-Dossier-Timestamp).
 * Signing the timestamp with the body lets a receiver refuse old deliveries replayed.
 */
export function webhookSignature(secret: string, timestamp: number, body: string): string {
  return createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex');
}

/** What a change of an article means to subscribers: it went live, changed while live, or left the site. */
export function articleEventOf(before: Pick<Article, 'kind' | 'status' | 'publishedAt'> | null, after: Pick<Article, 'kind' | 'status' | 'publishedAt'> | null, now: Date): WebhookEvent | null {
  if ((after ?? before)?.kind !== 'article') return null;
  const was = before !== null && isPubliclyVisible(before, now);
  const is = after !== null && isPubliclyVisible(after, now);
  if (!was && is) return 'article.published';
  if (was && is) return 'article.updated';
  if (was && !is) return 'article.unpublished';
  return null;
}
