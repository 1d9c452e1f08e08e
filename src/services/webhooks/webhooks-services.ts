import { randomBytes } from 'node:crypto';
import { invalid, notFound, m } from '../../domain/errors.js';
import { parseWebhookEvents, parseWebhookSecret, parseWebhookUrl, type Webhook, type WebhookDelivery } from '../../domain/webhooks.js';
import type { Clock, Store } from '../ports.js';

/** A webhook as listed: everything but its secret. */
export type ListedWebhook = Omit<Webhook, 'secret'>;

const listed = ({ secret: _secret, ...hook }: Webhook): ListedWebhook => hook;

/** A change to a webhook: a new address, new events, and a secret (`'new'`: one is made); absent fields are kept. */
export interface WebhookChange {
  url?: string | undefined;
  events?: string | readonly string[] | undefined;
  secret?: string | undefined;
}

/** Webhooks: add (the secret is shown once, here), list, turn on and off, remove, read the delivery log. */
export function createWebhookServices(store: Store, clock: Clock) {
  const existing = async (id: number) => {
    const hook = await store.repos.webhooks.find(id);
    if (!hook) throw notFound(m`There is no webhook #${id}.`);
    return hook;
  };
  return {
    /** Checks the address and events, and adds an active webhook with a new secret (returned this once). */
    async add(input: { url: string; events: string | readonly string[] }): Promise<Webhook> {
      const url = parseWebhookUrl(input.url);
      const events = parseWebhookEvents(input.events);
      const secret = randomBytes(32).toString('hex');
      const createdAt = clock().toISOString();
      const id = await store.repos.webhooks.insert({ url, events, secret, createdAt });
      return { id, url, events, secret, active: true, createdAt };
    },
    list: async (): Promise<ListedWebhook[]> => (await store.repos.webhooks.list()).map(listed),
    async setActive(id: number, active: boolean): Promise<void> {
      if (!(await store.repos.webhooks.setActive(id, active))) throw notFound(m`There is no webhook #${id}.`);
    },
    /** Flips a webhook on or off; returns whether it is now active. */
    async toggle(id: number): Promise<boolean> {
      const hook = await existing(id);
      await store.repos.webhooks.setActive(id, !hook.active);
      return !hook.active;
    },
    /**
     * Changes a webhook's address, events or secret, all checked before anything is written.
     * Deliveries still queued go to the new address, signed with the new secret. Returns the
     * webhook and, when the secret changed, the new one (shown this once).
     */
    async update(id: number, change: WebhookChange): Promise<{ hook: ListedWebhook; secret: string | null }> {
      const url = change.url === undefined ? undefined : parseWebhookUrl(change.url);
      const events = change.events === undefined ? undefined : parseWebhookEvents(change.events);
      const secret = change.secret === undefined ? undefined : change.secret === 'new' ? randomBytes(32).toString('hex') : parseWebhookSecret(change.secret);
      if (url === undefined && events === undefined && secret === undefined) throw invalid(m`Nothing to change: give a new address, events or secret.`, 'url');
      const fields = { ...(url !== undefined ? { url } : {}), ...(events !== undefined ? { events } : {}), ...(secret !== undefined ? { secret } : {}) };
      if (!(await store.repos.webhooks.update(id, fields))) throw notFound(m`There is no webhook #${id}.`);
      return { hook: listed(await existing(id)), secret: secret ?? null };
    },
    async remove(id: number): Promise<void> {
      if (!(await store.repos.webhooks.remove(id))) throw notFound(m`There is no webhook #${id}.`);
    },
    /** Delivery attempts newest first, of one webhook (NotFound when there is none) or of all. */
    async deliveries(filter: { webhookId?: number; limit?: number } = {}): Promise<WebhookDelivery[]> {
      if (filter.webhookId !== undefined) await existing(filter.webhookId);
      return store.repos.webhooks.deliveries({ ...(filter.webhookId !== undefined ? { webhookId: filter.webhookId } : {}), limit: filter.limit ?? 50 });
    },
  };
}

/** The webhook services. */
export type WebhookServices = ReturnType<typeof createWebhookServices>;
