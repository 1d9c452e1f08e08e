// Ports of webhooks: the subscribers, and the log of every delivery attempt.
import type { Webhook, WebhookDelivery, WebhookEvent } from '../../domain/webhooks.js';

/** Webhooks and their delivery log. */
export interface WebhookRepository {
  insert(hook: { url: string; events: WebhookEvent[]; secret: string; createdAt: string }): Promise<number>;
  list(): Promise<Webhook[]>;
  find(id: number): Promise<Webhook | null>;
  /** The active webhooks subscribed to `event`. */
  activeFor(event: WebhookEvent): Promise<Webhook[]>;
  /** False when there is no such webhook. */
  setActive(id: number, active: boolean): Promise<boolean>;
  /** Changes the fields given; false when there is no such webhook. */
  update(id: number, fields: { url?: string; events?: WebhookEvent[]; secret?: string }): Promise<boolean>;
  /** Removes the webhook and its log; false when there is no such webhook. */
  remove(id: number): Promise<boolean>;
  addDelivery(delivery: Omit<WebhookDelivery, 'id'>): Promise<void>;
  /** Forgets a webhook's delivery attempts but the newest `keep`. */
  keepNewestDeliveries(webhookId: number, keep: number): Promise<void>;
  /** Delivery attempts newest first, of one webhook or of all. */
  deliveries(filter: { webhookId?: number; limit: number }): Promise<WebhookDelivery[]>;
}

/** What one POST of a delivery came back with; never an exception. */
export interface WebhookPostOutcome {
  /** The HTTP status, null when none came. */
  statusCode: number | null;
  /** Why no answer came (refused address, timeout, network), null when one did. */
  error: string | null;
  durationMs: number;
}

/** Sends a signed delivery to a subscriber (through the outbound guard, 10 s at most). */
export interface WebhookSender {
  post(url: string, body: string, headers: Record<string, string>): Promise<WebhookPostOutcome>;
}
