import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { mayChangeSettings } from '../../../policies/settings.js';
import { formWithError, formWithIssues } from '../../../presenters/admin/admin-chrome.js';
import { presentSettings } from '../../../presenters/admin/screens-presenter.js';
import { SettingsPage } from '../../../views/admin/pages/settings-page.js';
import { sendPage } from '../../html.js';
import type { RouteDeps } from '../../route-deps.js';
import { chromeFor, formErrorStatus, formValues, redirectAfterPost } from './admin-request.js';

const settingsSchema = z.object({
  title: z.string().trim().min(1, 'Enter the site title.').max(200, 'The title is too long (200 characters at most).'),
  description: z.string().max(500, 'The description is too long (500 characters at most).'),
  language: z.string().trim().min(1, 'Enter a language tag such as en.'),
  timeZone: z.string().trim().min(1, 'Enter a time zone such as Europe/London.'),
  postsPerPage: z.string().regex(/^\d{1,3}$/, 'Enter a number from 1 to 100.'),
  permalinkPattern: z.string(),
  citationStyle: z.string(),
});

/** Site settings (administrators). A new citation style re-renders notes in the background. */
export function registerSettingsRoutes(app: FastifyInstance, { services }: RouteDeps): void {
  app.get('/admin/settings', { config: { policy: mayChangeSettings, signInFirst: true } }, async (request, reply) => {
    const settings = await services.settings.get();
    return sendPage(reply, <SettingsPage view={presentSettings(chromeFor(request, 'Settings'), settings)} />);
  });

  app.post('/admin/settings', { config: { policy: mayChangeSettings } }, async (request, reply) => {
    const values = formValues(request);
    const parsed = settingsSchema.safeParse(values);
    const again = async (form: ReturnType<typeof formWithIssues>, status: number) =>
      sendPage(reply, <SettingsPage view={presentSettings(chromeFor(request, 'Settings'), await services.settings.get(), form)} />, status);
    if (!parsed.success) return again(formWithIssues(values, parsed.error.issues), 400);
    try {
      await services.settings.update({ ...parsed.data, postsPerPage: Number(parsed.data.postsPerPage) });
    } catch (error) {
      return again(formWithError(values, error), formErrorStatus(error));
    }
    return redirectAfterPost(reply, '/admin/settings', 'saved');
  });
}
