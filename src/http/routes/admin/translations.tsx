import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { mayWriteArticles } from '../../../policies/articles.js';
import { formWithError } from '../../../presenters/admin/admin-chrome.js';
import { presentEditor } from '../../../presenters/admin/editor-presenter.js';
import { EditorPage } from '../../../views/admin/pages/editor-page.js';
import { sendPage } from '../../html.js';
import type { RouteDeps } from '../../route-deps.js';
import { adminT, chromeFor, formErrorStatus, formValues, idParam, redirectAfterPost, userOf, adminLocale } from './admin-request.js';

const linkSchema = z.object({ translation: z.string().max(200).optional().default('') }).loose();

/** The editor's Translations box: link an article as a translation (by slug), unlink this one. */
export function registerTranslationRoutes(app: FastifyInstance, { articles }: RouteDeps<'articles'>): void {
  app.post<{ Params: { id: string } }>('/admin/articles/:id/translations', { config: { policy: mayWriteArticles } }, async (request, reply) => {
    const actor = userOf(request);
    const id = idParam(request.params.id);
    const values = formValues(request);
    try {
      const { translation } = linkSchema.parse(values);
      await articles.linkTranslation({ kind: 'user', actor }, { articleId: id, otherSlug: translation });
    } catch (error) {
      const data = await articles.open(actor, id);
      // The editor as stored, with the refusal in its error summary.
      const view = presentEditor(chromeFor(request, adminT(request)('admin.editor.editArticle')), data);
      view.form = formWithError(view.form.values, error, adminLocale(request));
      return sendPage(reply, <EditorPage view={view} />, formErrorStatus(error));
    }
    return redirectAfterPost(reply, `/admin/articles/${id}`, 'saved');
  });

  app.post<{ Params: { id: string } }>('/admin/articles/:id/translations/unlink', { config: { policy: mayWriteArticles } }, async (request, reply) => {
    const id = idParam(request.params.id);
    await articles.unlinkTranslation({ kind: 'user', actor: userOf(request) }, id);
    return redirectAfterPost(reply, `/admin/articles/${id}`, 'saved');
  });
}
