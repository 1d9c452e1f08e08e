import { t } from '../i18n/translate.js';
import { deliverySucceeded, WEBHOOK_EVENTS, type WebhookDelivery } from '../../domain/webhooks.js';
import type { ListedWebhook } from '../../services/webhooks/webhooks-services.js';
import type { DateView } from '../view-models.js';
import { presentForm } from './admin-chrome.js';
import { presentDateTime } from './admin-dates.js';
import type { AdminChromeView, FormView, OptionView } from './admin-view-models.js';

/** How a delivery attempt went, in words and as a class for its colour. */
export interface DeliveryOutcomeView {
  ok: boolean;
  label: string;
}

/** One delivery attempt in the log. */
export interface DeliveryRowView {
  at: DateView | null;
  webhook: string;
  event: string;
  attempt: number;
  outcome: DeliveryOutcomeView;
  durationMs: number;
}

/** The webhooks screen: each webhook with its latest delivery, the recent log, the add form, and a new secret once. */
export interface WebhooksView {
  chrome: AdminChromeView;
  hooks: Array<{
    id: number; url: string; events: string; eventList: string[]; active: boolean; last: DeliveryOutcomeView | null;
    toggleAction: string; deleteAction: string; updateAction: string;
  }>;
  deliveries: DeliveryRowView[];
  events: OptionView[];
  form: FormView;
  /** The webhook just added (or given a new secret: `renewed`) and its secret: shown this once. */
  added: { id: number; url: string; secret: string; renewed?: boolean } | null;
  /** The webhook whose change was refused, with what was sent and why (its form is shown open). */
  editing: { id: number; form: FormView } | null;
}

function outcomeOf(d: WebhookDelivery, locale: string): DeliveryOutcomeView {
  const status = String(d.statusCode);
  if (deliverySucceeded(d)) return { ok: true, label: t(locale, 'admin.webhooks.delivered', { status }) };
  return { ok: false, label: d.error ? t(locale, 'admin.webhooks.failed', { error: d.error }) : t(locale, 'admin.webhooks.failedHttp', { status }) };
}

/** Webhooks oldest first, the log newest first; a webhook's "last" is its newest attempt in the log shown. */
export function presentWebhooks(
  chrome: AdminChromeView,
  hooks: readonly ListedWebhook[],
  deliveries: readonly WebhookDelivery[],
  options: { form?: FormView; added?: WebhooksView['added']; editing?: WebhooksView['editing'] } = {},
): WebhooksView {
  return {
    chrome,
    hooks: hooks.map((h) => {
      const last = deliveries.find((d) => d.webhookId === h.id);
      return {
        id: h.id, url: h.url, events: h.events.join(', '), eventList: [...h.events], active: h.active, last: last ? outcomeOf(last, chrome.locale) : null,
        toggleAction: `/admin/settings/webhooks/${h.id}/toggle`, deleteAction: `/admin/settings/webhooks/${h.id}/delete`, updateAction: `/admin/settings/webhooks/${h.id}`,
      };
    }),
    deliveries: deliveries.map((d) => ({
      at: presentDateTime(d.createdAt, chrome.timeZone, chrome.locale), webhook: `#${d.webhookId}`, event: d.event, attempt: d.attempt, outcome: outcomeOf(d, chrome.locale), durationMs: d.durationMs,
    })),
    events: WEBHOOK_EVENTS.map((e) => ({ value: e, label: e })),
    form: options.form ?? presentForm(),
    added: options.added ?? null,
    editing: options.editing ?? null,
  };
}
