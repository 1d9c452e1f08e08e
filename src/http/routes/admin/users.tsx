import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { m } from '../../../domain/errors.js';
import { schemaMessage } from '../../../domain/schema-messages.js';
import { mayManageUsers } from '../../../policies/users.js';
import { formWithError, formWithIssues } from '../../../presenters/admin/admin-chrome.js';
import { presentUsers } from '../../../presenters/admin/screens-presenter.js';
import { UsersPage } from '../../../views/admin/pages/users-page.js';
import { sendPage } from '../../html.js';
import type { RouteDeps } from '../../route-deps.js';
import { adminT, chromeFor, formErrorStatus, formValues, idParam, redirectAfterPost, adminLocale } from './admin-request.js';

const newUserSchema = z.object({
  name: z.string().trim().min(1, schemaMessage(m`Enter a name.`)),
  email: z.string().trim().min(1, schemaMessage(m`Enter an email address.`)),
  role: z.string().min(1, schemaMessage(m`Choose a role.`)),
  author: z.string().optional().default(''),
  password: z.string().min(1, schemaMessage(m`Choose a password.`)),
  adminLanguage: z.string().optional().default(''),
});
// A form without the language select (an older page) leaves the user's language as it is.
const updateSchema = z.object({ name: z.string().trim().min(1, schemaMessage(m`Enter a name.`)), role: z.string(), author: z.string().optional().default(''), adminLanguage: z.string().optional() });

/** Accounts and roles (administrators). */
export function registerUserRoutes(app: FastifyInstance, { accounts }: RouteDeps<'accounts'>): void {
  app.get('/admin/users', { config: { policy: mayManageUsers, signInFirst: true } }, async (request, reply) => {
    const { users, authors } = await accounts.overview();
    return sendPage(reply, <UsersPage view={presentUsers(chromeFor(request, adminT(request)('admin.users.title')), users, authors, request.adminSite.locale)} />);
  });

  app.post('/admin/users', { config: { policy: mayManageUsers } }, async (request, reply) => {
    const values = formValues(request);
    const shown = { ...values, password: '' };
    const again = async (form: ReturnType<typeof formWithIssues>, status: number) => {
      const { users, authors } = await accounts.overview();
      return sendPage(reply, <UsersPage view={presentUsers(chromeFor(request, adminT(request)('admin.users.title')), users, authors, request.adminSite.locale, form)} />, status);
    };
    const parsed = newUserSchema.safeParse(values);
    if (!parsed.success) return again(formWithIssues(shown, parsed.error.issues, adminLocale(request)), 400);
    try {
      await accounts.add({ ...parsed.data, authorSlug: parsed.data.author || null, adminLanguage: parsed.data.adminLanguage });
    } catch (error) {
      return again(formWithError(shown, error, adminLocale(request)), formErrorStatus(error));
    }
    return redirectAfterPost(reply, '/admin/users', 'added');
  });

  app.post<{ Params: { id: string } }>('/admin/users/:id', { config: { policy: mayManageUsers } }, async (request, reply) => {
    const parsed = updateSchema.safeParse(formValues(request));
    const again = async (form: ReturnType<typeof formWithIssues>, status: number) => {
      const { users, authors } = await accounts.overview();
      return sendPage(reply, <UsersPage view={presentUsers(chromeFor(request, adminT(request)('admin.users.title')), users, authors, request.adminSite.locale, form)} />, status);
    };
    if (!parsed.success) return again(formWithIssues({}, parsed.error.issues, adminLocale(request)), 400);
    try {
      await accounts.update({ id: idParam(request.params.id), name: parsed.data.name, role: parsed.data.role, authorSlug: parsed.data.author || null, adminLanguage: parsed.data.adminLanguage });
    } catch (error) {
      return again(formWithError({}, error, adminLocale(request)), formErrorStatus(error));
    }
    return redirectAfterPost(reply, '/admin/users', 'saved');
  });
}
