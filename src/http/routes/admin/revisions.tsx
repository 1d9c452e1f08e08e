import { errorText } from '../../../presenters/i18n/message-text.js';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { isDomainError, m } from '../../../domain/errors.js';
import { mayWriteArticles } from '../../../policies/articles.js';
import { formWithError, formWithIssues } from '../../../presenters/admin/admin-chrome.js';
import { presentEditor } from '../../../presenters/admin/editor-presenter.js';
import { presentDiff, presentRevisions } from '../../../presenters/admin/revisions-presenter.js';
import { EditorPage } from '../../../views/admin/pages/editor-page.js';
import { DiffPage, RevisionsPage } from '../../../views/admin/pages/revisions-pages.js';
import { sendPage } from '../../html.js';
import type { RouteDeps } from '../../route-deps.js';
import { rowId, storedCount } from '../../route-values.js';
import { adminT, chromeFor, formErrorStatus, formValues, idParam, redirectAfterPost, userOf, adminLocale } from './admin-request.js';

const screen = { policy: mayWriteArticles, signInFirst: true };
const compareSchema = z.object({ from: rowId, to: rowId });
const restoreSchema = z.object({ version: z.string().regex(/^\d+$/, m`The form lost its version; reload the page.`.text).pipe(storedCount) });
const correctionSchema = z.object({
  kind: z.enum(['correction', 'update'], 'Choose Correction or Update.'),
  date: z.string().regex(/^(\d{4}-\d{2}-\d{2})?$/, 'Enter a date such as 2026-05-03.').optional().default(''),
  text: z.string().trim().min(1, 'Write what was corrected or updated.').max(2000, 'Keep it under 2,000 characters.'),
});

/** Revisions (list, compare, restore) and corrections of one article. */
export function registerRevisionRoutes(app: FastifyInstance, { articles }: RouteDeps<'articles'>): void {
  app.get<{ Params: { id: string } }>('/admin/articles/:id/revisions', { config: screen }, async (request, reply) => {
    const data = await articles.revisions(userOf(request), idParam(request.params.id));
    return sendPage(reply, <RevisionsPage view={presentRevisions(chromeFor(request, adminT(request)('admin.titles.revisions')), data)} />);
  });

  app.get<{ Params: { id: string } }>('/admin/articles/:id/revisions/compare', { config: screen }, async (request, reply) => {
    const articleId = idParam(request.params.id);
    const parsed = compareSchema.safeParse(request.query);
    if (!parsed.success) return reply.redirect(`/admin/articles/${articleId}/revisions`, 303);
    const diff = await articles.compare(userOf(request), articleId, parsed.data.from, parsed.data.to);
    return sendPage(reply, <DiffPage view={presentDiff(chromeFor(request, adminT(request)('admin.titles.compare')), articleId, diff)} />);
  });

  app.post<{ Params: { id: string; revision: string } }>('/admin/articles/:id/revisions/:revision/restore', { config: { policy: mayWriteArticles } }, async (request, reply) => {
    const articleId = idParam(request.params.id);
    const parsed = restoreSchema.safeParse(formValues(request));
    const version = parsed.success ? parsed.data.version : -1;
    try {
      await articles.restore(userOf(request), { articleId, revisionId: idParam(request.params.revision), version });
    } catch (error) {
      if (!isDomainError(error, 'Conflict') && !isDomainError(error, 'Invalid')) throw error;
      const data = await articles.open(userOf(request), articleId);
      const view = presentEditor(chromeFor(request, adminT(request)('admin.editor.editArticle')), data, error.field === 'version' ? { conflict: errorText(adminLocale(request), error) } : { form: formWithError(presentEditor(chromeFor(request, ''), data).form.values, error, adminLocale(request)) });
      return sendPage(reply, <EditorPage view={view} />, error.kind === 'Conflict' ? 409 : 400);
    }
    return redirectAfterPost(reply, `/admin/articles/${articleId}`, 'restored');
  });

  app.post<{ Params: { id: string } }>('/admin/articles/:id/corrections', { config: { policy: mayWriteArticles } }, async (request, reply) => {
    const articleId = idParam(request.params.id);
    const actor = userOf(request);
    const values = formValues(request);
    const again = async (form: ReturnType<typeof formWithIssues>, status: number) => {
      const data = await articles.open(actor, articleId);
      return sendPage(reply, <EditorPage view={presentEditor(chromeFor(request, adminT(request)('admin.editor.editArticle')), data, { correctionForm: form })} />, status);
    };
    const parsed = correctionSchema.safeParse(values);
    if (!parsed.success) return again(formWithIssues(values, parsed.error.issues, adminLocale(request)), 400);
    try {
      await articles.correct(actor, { articleId, ...parsed.data, ...(parsed.data.date ? {} : { date: undefined }) });
    } catch (error) {
      return again(formWithError(values, error, adminLocale(request)), formErrorStatus(error));
    }
    return redirectAfterPost(reply, `/admin/articles/${articleId}`, 'corrected');
  });
}
