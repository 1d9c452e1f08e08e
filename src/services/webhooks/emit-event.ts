import type { WebhookEvent } from '../../domain/webhooks.js';
import type { Repositories } from '../ports.js';
import type { EventData } from './event-data.js';

/** The job that POSTs one event to one webhook. */
export const WEBHOOK_DELIVERY_JOB = 'webhook-delivery';
/** A subscriber that is down is tried 5 times in all, with the queue's backoff (30 s, 2 min, 8 min, 32 min). */
export const WEBHOOK_ATTEMPTS = 5;

/** What a delivery job carries: the event as it was when it happened. */
export interface DeliveryPayload {
  webhookId: number;
  event: WebhookEvent;
  createdAt: string;
  data: EventData;
}

/**
 * The one way a use case tells subscribers something happened: queues a delivery for every
 * active webhook subscribed to `event`, in the caller's transaction (the event is sent only if
 * the change it reports lands). `data` is built only when someone listens.
 */
export async function emitWebhookEvent(repos: Repositories, now: Date, event: WebhookEvent, data: () => Promise<EventData>): Promise<number> {
  const hooks = await repos.webhooks.activeFor(event);
  if (hooks.length === 0) return 0;
  const built = await data();
  const createdAt = now.toISOString();
  for (const hook of hooks) {
    const payload: DeliveryPayload = { webhookId: hook.id, event, createdAt, data: built };
    await repos.jobs.enqueue({ kind: WEBHOOK_DELIVERY_JOB, payload, maxAttempts: WEBHOOK_ATTEMPTS }, createdAt);
  }
  return hooks.length;
}
