import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { m } from '../../../domain/errors.js';
import { schemaMessage } from '../../../domain/schema-messages.js';
import { mayChangeSettings } from '../../../policies/settings.js';
import { formWithError, formWithIssues } from '../../../presenters/admin/admin-chrome.js';
import { presentContentKeys } from '../../../presenters/admin/content-keys-presenter.js';
import { ContentKeysPage } from '../../../views/admin/pages/content-keys-page.js';
import { sendPage } from '../../html.js';
import type { RouteDeps } from '../../route-deps.js';
import { adminT, chromeFor, formErrorStatus, formValues, idParam, redirectAfterPost, adminLocale } from './admin-request.js';

const newKeySchema = z.object({ name: z.string().trim().min(1, schemaMessage(m`Enter what the key is for.`)).max(100, schemaMessage(m`The name is too long (100 characters at most).`)) });

/** Content API keys (administrators): list, add, revoke. */
export function registerContentKeyRoutes(app: FastifyInstance, { contentApi }: RouteDeps<'contentApi'>): void {
  const show = async (request: Parameters<typeof chromeFor>[0], form?: ReturnType<typeof formWithIssues>) =>
    <ContentKeysPage view={presentContentKeys(chromeFor(request, adminT(request)('admin.titles.contentKeys')), await contentApi.keys.list(), form)} />;

  app.get('/admin/settings/keys', { config: { policy: mayChangeSettings, signInFirst: true } }, async (request, reply) => sendPage(reply, await show(request)));

  app.post('/admin/settings/keys', { config: { policy: mayChangeSettings } }, async (request, reply) => {
    const values = formValues(request);
    const parsed = newKeySchema.safeParse(values);
    if (!parsed.success) return sendPage(reply, await show(request, formWithIssues(values, parsed.error.issues, adminLocale(request))), 400);
    try {
      await contentApi.keys.add(parsed.data.name);
    } catch (error) {
      return sendPage(reply, await show(request, formWithError(values, error, adminLocale(request))), formErrorStatus(error));
    }
    return redirectAfterPost(reply, '/admin/settings/keys', 'added');
  });

  app.post<{ Params: { id: string } }>('/admin/settings/keys/:id/revoke', { config: { policy: mayChangeSettings } }, async (request, reply) => {
    await contentApi.keys.revoke(idParam(request.params.id));
    return redirectAfterPost(reply, '/admin/settings/keys', 'saved');
  });
}
