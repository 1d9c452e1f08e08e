import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { m } from '../../../domain/errors.js';
import { schemaMessage } from '../../../domain/schema-messages.js';
import { mayChangeSettings } from '../../../policies/settings.js';
import { formWithError, formWithIssues } from '../../../presenters/admin/admin-chrome.js';
import { presentIntegrations } from '../../../presenters/admin/integrations-presenter.js';
import { IntegrationsPage } from '../../../views/admin/pages/integrations-page.js';
import { sendPage } from '../../html.js';
import type { RouteDeps } from '../../route-deps.js';
import { adminT, chromeFor, formErrorStatus, formValues, idParam, redirectAfterPost, adminLocale } from './admin-request.js';

const newIntegrationSchema = z.object({
  name: z.string().trim().min(1, schemaMessage(m`Enter what the key is for.`)).max(100, schemaMessage(m`The name is too long (100 characters at most).`)),
  scopes: z.union([z.string(), z.array(z.string())], { error: schemaMessage(m`Choose at least one scope.`) }).transform((v) => [v].flat()),
});

/** Admin API integration keys (administrators): list, add (the key is shown once), revoke. */
export function registerIntegrationRoutes(app: FastifyInstance, { adminApi }: RouteDeps<'adminApi'>): void {
  const show = async (request: Parameters<typeof chromeFor>[0], options: Parameters<typeof presentIntegrations>[2] = {}) =>
    <IntegrationsPage view={presentIntegrations(chromeFor(request, adminT(request)('admin.titles.integrations')), await adminApi.tokens.list(), options)} />;

  app.get('/admin/settings/integrations', { config: { policy: mayChangeSettings, signInFirst: true } }, async (request, reply) => sendPage(reply, await show(request)));

  // The answer shows the new key itself (no redirect): it is not stored anywhere it could be shown again.
  app.post('/admin/settings/integrations', { config: { policy: mayChangeSettings } }, async (request, reply) => {
    const values = formValues(request);
    const parsed = newIntegrationSchema.safeParse(values);
    if (!parsed.success) return sendPage(reply, await show(request, { form: formWithIssues(values, parsed.error.issues, adminLocale(request)) }), 400);
    try {
      const added = await adminApi.tokens.add(parsed.data.name, parsed.data.scopes);
      return sendPage(reply.header('cache-control', 'no-store'), await show(request, { created: { name: added.token.name, key: added.key } }));
    } catch (error) {
      return sendPage(reply, await show(request, { form: formWithError(values, error, adminLocale(request)) }), formErrorStatus(error));
    }
  });

  app.post<{ Params: { id: string } }>('/admin/settings/integrations/:id/revoke', { config: { policy: mayChangeSettings } }, async (request, reply) => {
    await adminApi.tokens.revoke(idParam(request.params.id));
    return redirectAfterPost(reply, '/admin/settings/integrations', 'saved');
  });
}
