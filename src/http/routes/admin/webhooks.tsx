import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { m } from '../../../domain/errors.js';
import { schemaMessage } from '../../../domain/schema-messages.js';
import { mayChangeSettings } from '../../../policies/settings.js';
import { formWithError, formWithIssues } from '../../../presenters/admin/admin-chrome.js';
import { presentWebhooks, type WebhooksView } from '../../../presenters/admin/webhooks-presenter.js';
import type { FormView } from '../../../presenters/admin/admin-view-models.js';
import { WebhooksPage } from '../../../views/admin/pages/webhooks-page.js';
import { sendPage } from '../../html.js';
import type { RouteDeps } from '../../route-deps.js';
import { adminT, chromeFor, formErrorStatus, formValues, idParam, redirectAfterPost, adminLocale } from './admin-request.js';

const PATH = '/admin/settings/webhooks';
const newWebhookSchema = z.object({
  url: z.string().trim().min(1, schemaMessage(m`Enter the address that receives the events.`)).max(2000, schemaMessage(m`The address is too long (2000 characters at most).`)),
  events: z.union([z.string(), z.array(z.string())], { error: schemaMessage(m`Choose at least one event.`) }).transform((v) => (Array.isArray(v) ? v : [v])),
});

/** A change to a webhook: address and events as they should be, and its secret kept (blank), set, or made anew (`renew`). */
const editWebhookSchema = z.object({
  url: newWebhookSchema.shape.url,
  events: z.union([z.string(), z.array(z.string())]).optional().transform((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v])),
  secret: z.string().max(400, schemaMessage(m`The secret is too long (200 characters at most).`)).optional().transform((v) => (v?.trim() ? v : undefined)),
  renew: z.literal('yes').optional(),
}).refine((d) => !(d.renew && d.secret), { message: 'Either make a new secret or type one, not both.', path: ['secret'] });

/** Webhooks (administrators): list with the latest delivery, add (the secret shown once), turn on/off, delete, the log. */
export function registerWebhookRoutes(app: FastifyInstance, { webhooks }: RouteDeps<'webhooks'>): void {
  const show = async (request: FastifyRequest, options: { form?: FormView; added?: WebhooksView['added']; editing?: WebhooksView['editing'] } = {}) =>
    <WebhooksPage view={presentWebhooks(chromeFor(request, adminT(request)('admin.webhooks.title')), await webhooks.list(), await webhooks.deliveries({ limit: 50 }), options)} />;
  const id = (request: FastifyRequest) => idParam((request.params as { id: string }).id);

  app.get(PATH, { config: { policy: mayChangeSettings, signInFirst: true } }, async (request, reply) => sendPage(reply, await show(request)));

  app.post(PATH, { config: { policy: mayChangeSettings } }, async (request, reply) => {
    const values = formValues(request);
    const parsed = newWebhookSchema.safeParse(values);
    if (!parsed.success) return sendPage(reply, await show(request, { form: formWithIssues(values, parsed.error.issues, adminLocale(request)) }), 400);
    try {
      const added = await webhooks.add(parsed.data);
      // Answered here, not redirected: the secret is shown this once, never kept in a URL or a cache.
      reply.header('cache-control', 'no-store');
      return sendPage(reply, await show(request, { added: { id: added.id, url: added.url, secret: added.secret } }), 201);
    } catch (error) {
      return sendPage(reply, await show(request, { form: formWithError(values, error, adminLocale(request)) }), formErrorStatus(error));
    }
  });

  // Answered with the page when refused (the form open, with what was sent) or when a new secret is to be shown once.
  app.post(`${PATH}/:id`, { config: { policy: mayChangeSettings } }, async (request, reply) => {
    const hookId = id(request);
    const values = formValues(request);
    const refuse = async (form: FormView, status: number) => sendPage(reply, await show(request, { editing: { id: hookId, form } }), status);
    const parsed = editWebhookSchema.safeParse(values);
    if (!parsed.success) return refuse(formWithIssues(values, parsed.error.issues, adminLocale(request)), 400);
    const { url, events, secret, renew } = parsed.data;
    try {
      const changed = await webhooks.update(hookId, { url, events, ...(renew ? { secret: 'new' } : secret !== undefined ? { secret } : {}) });
      if (!renew) return redirectAfterPost(reply, PATH, 'saved');
      reply.header('cache-control', 'no-store');
      return sendPage(reply, await show(request, { added: { id: hookId, url: changed.hook.url, secret: changed.secret!, renewed: true } }));
    } catch (error) {
      return refuse(formWithError(values, error, adminLocale(request)), formErrorStatus(error));
    }
  });

  app.post(`${PATH}/:id/toggle`, { config: { policy: mayChangeSettings } }, async (request, reply) => {
    await webhooks.toggle(id(request));
    return redirectAfterPost(reply, PATH, 'saved');
  });

  app.post(`${PATH}/:id/delete`, { config: { policy: mayChangeSettings } }, async (request, reply) => {
    await webhooks.remove(id(request));
    return redirectAfterPost(reply, PATH, 'removed');
  });
}
