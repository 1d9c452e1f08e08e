import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { forbidden } from '../../../domain/errors.js';
import { signedIn } from '../../../policies/session.js';
import { formWithError, formWithIssues } from '../../../presenters/admin/admin-chrome.js';
import { presentAccount } from '../../../presenters/admin/account-presenter.js';
import type { FormView } from '../../../presenters/admin/admin-view-models.js';
import { AccountPage } from '../../../views/admin/pages/account-page.js';
import { sendPage } from '../../html.js';
import type { RouteDeps } from '../../route-deps.js';
import { adminLocale, adminT, chromeFor, formErrorStatus, formValues, redirectAfterPost, userOf } from './admin-request.js';

const accountSchema = z.object({ adminLanguage: z.string().default('') });

/** "Your account": every signed-in user sees who they are and picks the admin's language for themselves. */
export function registerAccountRoutes(app: FastifyInstance, { accounts }: RouteDeps<'accounts'>): void {
  const page = async (request: FastifyRequest, form?: FormView) => {
    const user = await accounts.account(userOf(request).id);
    if (!user) throw forbidden('Sign in first.');
    return <AccountPage view={presentAccount(chromeFor(request, adminT(request)('account.title')), user, request.adminSite.locale, form)} />;
  };

  app.get('/admin/account', { config: { policy: signedIn, signInFirst: true } }, async (request, reply) => sendPage(reply, await page(request)));

  app.post('/admin/account', { config: { policy: signedIn } }, async (request, reply) => {
    const values = formValues(request);
    const parsed = accountSchema.safeParse(values);
    if (!parsed.success) return sendPage(reply, await page(request, formWithIssues(values, parsed.error.issues, adminLocale(request))), 400);
    try {
      await accounts.setAdminLanguage({ account: { id: userOf(request).id }, language: parsed.data.adminLanguage });
    } catch (error) {
      return sendPage(reply, await page(request, formWithError(values, error, adminLocale(request))), formErrorStatus(error));
    }
    return redirectAfterPost(reply, '/admin/account', 'saved');
  });
}
