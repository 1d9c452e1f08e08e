import { deliverySucceeded, webhookSignature, WEBHOOK_EVENTS } from '../../domain/webhooks.js';
import type { JobHandler } from '../jobs/job-runner.js';
import type { Store } from '../ports.js';
import { WEBHOOK_DELIVERY_JOB, type DeliveryPayload } from './emit-event.js';
import { withUrls } from './event-data.js';
import type { WebhookSender } from './ports.js';

/** The delivery log keeps each webhook's newest attempts, this many: weeks of a busy site, bounded. */
export const DELIVERIES_KEPT = 1000;

function payloadOf(raw: unknown): DeliveryPayload {
  const p = (raw ?? {}) as Partial<DeliveryPayload>;
  if (typeof p.webhookId !== 'number' || !(WEBHOOK_EVENTS as readonly unknown[]).includes(p.event) || typeof p.createdAt !== 'string') {
    throw new Error(`${WEBHOOK_DELIVERY_JOB} needs {"webhookId": number, "event": "article.published"…, "createdAt": "…", "data": {…}}.`);
  }
  return p as DeliveryPayload;
}

/**
 * The delivery job: POSTs `{event, created_at, data}` signed with the webhook's secret, logs
 * the attempt, and throws on a network error or a non-2xx answer so the queue tries again
 * with backoff. A webhook removed or turned off since is not sent to.
 */
export function webhookJobHandlers(store: Store, deps: { sender: WebhookSender; siteUrl: string }): Record<string, JobHandler> {
  const userAgent = `DossierWebhooks/1.0 (+${deps.siteUrl})`;
  return {
    [WEBHOOK_DELIVERY_JOB]: async (raw, { job, now }) => {
      const payload = payloadOf(raw);
      const hook = await store.repos.webhooks.find(payload.webhookId);
      if (!hook || !hook.active) return;
      const body = JSON.stringify({ event: payload.event, created_at: payload.createdAt, data: withUrls(deps.siteUrl, payload.data ?? {}) });
      const timestamp = Math.floor(now.getTime() / 1000);
      const outcome = await deps.sender.post(hook.url, body, {
        'content-type': 'application/json',
        'user-agent': userAgent,
        'x-dossier-event': payload.event,
        'x-dossier-delivery': String(job.id),
        'x-dossier-timestamp': String(timestamp),
        'x-dossier-signature': `sha256=${webhookSignature(hook.secret, timestamp, body)}`,
      });
      await store.repos.webhooks.addDelivery({
        webhookId: hook.id, event: payload.event, url: hook.url, attempt: job.attempts,
        statusCode: outcome.statusCode, error: outcome.error, durationMs: outcome.durationMs, createdAt: now.toISOString(),
      });
      await store.repos.webhooks.keepNewestDeliveries(hook.id, DELIVERIES_KEPT);
      if (!deliverySucceeded(outcome)) {
        throw new Error(outcome.error ?? `${hook.url} answered ${outcome.statusCode} to ${payload.event}.`);
      }
    },
  };
}
