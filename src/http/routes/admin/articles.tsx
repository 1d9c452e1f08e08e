import { errorText } from '../../../presenters/i18n/message-text.js';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { isDomainError } from '../../../domain/errors.js';
import { mayWriteArticles } from '../../../policies/articles.js';
import { formWithIssues } from '../../../presenters/admin/admin-chrome.js';
import { presentArticleList } from '../../../presenters/admin/article-rows.js';
import { presentDashboard } from '../../../presenters/admin/dashboard-presenter.js';
import { presentEditor, presentRefusedSave, type EditorState } from '../../../presenters/admin/editor-presenter.js';
import { ArticleListPage, DashboardPage } from '../../../views/admin/pages/dashboard-page.js';
import { EditorPage } from '../../../views/admin/pages/editor-page.js';
import { presentArticle } from '../../../presenters/article-presenter.js';
import { ArticlePage } from '../../../views/pages/article-page.js';
import { sendPage } from '../../html.js';
import type { RouteDeps } from '../../route-deps.js';
import { adminLocale, adminT, chromeFor, formErrorStatus, formValues, idParam, redirectAfterPost, userOf } from './admin-request.js';
import { articleFormSchema, articleListQuerySchema, editorRequest, typedValues } from './article-form.schema.js';
import { parseInput } from '../../parse-input.js';

const screen = { policy: mayWriteArticles, signInFirst: true };
const DONE = { save: 'saved', publish: 'published', schedule: 'scheduled', unpublish: 'unpublished' } as const;

/** Dashboard, article lists, and the editor's form posts (create, save, publish…). */
export function registerArticleAdminRoutes(app: FastifyInstance, { articles, siteUrl }: RouteDeps<'articles'>): void {
  app.get('/admin', { config: screen }, async (request, reply) => {
    const data = await articles.dashboard(userOf(request));
    return sendPage(reply, <DashboardPage view={presentDashboard(chromeFor(request, adminT(request)('admin.dashboard.title')), data)} />);
  });

  app.get('/admin/articles', { config: screen }, async (request, reply) => {
    const filter = parseInput(articleListQuerySchema, request.query);
    const data = await articles.list(userOf(request), { status: filter.status, withLintFindings: filter.lint, limit: 200 });
    const view = presentArticleList((title) => chromeFor(request, title), filter, data.items, request.adminSite.timeZone, adminLocale(request));
    return sendPage(reply, <ArticleListPage view={view} />);
  });

  app.get('/admin/articles/new', { config: screen }, async (request, reply) => {
    const data = await articles.open(userOf(request));
    return sendPage(reply, <EditorPage view={presentEditor(chromeFor(request, adminT(request)('admin.editor.newTitle')), data)} />);
  });

  app.get<{ Params: { id: string } }>('/admin/articles/:id', { config: screen }, async (request, reply) => {
    const data = await articles.open(userOf(request), idParam(request.params.id));
    return sendPage(reply, <EditorPage view={presentEditor(chromeFor(request, adminT(request)('admin.editor.editTitle', { title: data.article?.title ?? '' })), data)} />);
  });

  app.get<{ Params: { id: string } }>('/admin/articles/:id/preview', { config: screen }, async (request, reply) => {
    const data = await articles.previewPage(userOf(request), idParam(request.params.id));
    const view = presentArticle(siteUrl, data, undefined, false);
    return sendPage(reply, <ArticlePage view={{ ...view, head: { ...view.head, noindex: true } }} />);
  });

  app.post('/admin/articles', { config: { policy: mayWriteArticles } }, (request, reply) => saveFromForm(request, reply, undefined));
  app.post<{ Params: { id: string } }>('/admin/articles/:id', { config: { policy: mayWriteArticles } }, (request, reply) =>
    saveFromForm(request, reply, idParam(request.params.id)));

  /** Parse → one save → redirect; on a refusal show the form again with what was typed. */
  async function saveFromForm(request: FastifyRequest, reply: FastifyReply, id: number | undefined) {
    const actor = userOf(request);
    const values = formValues(request);
    const parsed = articleFormSchema.safeParse(values);
    const again = async (state: EditorState, status: number) => {
      const body = typeof values['body'] === 'string' ? values['body'] : '';
      const data = await articles.open(actor, id, body);
      const view = presentEditor(chromeFor(request, adminT(request)('admin.editor.editArticle')), data, state);
      if (state.form?.values['version'] !== undefined && view.version !== null) view.version = Number(state.form.values['version']);
      return sendPage(reply, <EditorPage view={view} />, status);
    };
    if (!parsed.success) return again({ form: formWithIssues(typedValues(values), parsed.error.issues, adminLocale(request)) }, 400);
    const { fields, action, version } = editorRequest(parsed.data, values, request.adminSite.timeZone);
    try {
      const saved = await articles.saveFromEditor(actor, { id, version, fields, action });
      return redirectAfterPost(reply, `/admin/articles/${saved.id}`, DONE[action]);
    } catch (error) {
      if (isDomainError(error, 'Conflict') && error.field === 'version') {
        // Keep the stale version: saving again is refused again until the writer reloads.
        return again({ form: { values: typedValues(values), errors: {}, summary: [] }, conflict: errorText(adminLocale(request), error) }, 409);
      }
      return again({ form: presentRefusedSave(typedValues(values), error, adminLocale(request)) }, formErrorStatus(error));
    }
  }
}
