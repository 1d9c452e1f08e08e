import type { FastifyInstance } from 'fastify';
import { isDomainError } from '../../../domain/errors.js';
import { mayWriteArticles } from '../../../policies/articles.js';
import { presentDiagnostics, presentPreview } from '../../../presenters/admin/editor-presenter.js';
import { PreviewFragment } from '../../../views/admin/components/preview.js';
import { renderFragment } from '../../../views/render-fragment.js';
import type { RouteDeps } from '../../route-deps.js';
import { formValues, idParam, userOf } from './admin-request.js';
import { articleFormSchema, bodyOnlySchema, editorRequest } from './article-form.schema.js';

const config = { policy: mayWriteArticles };
const STATUS = { Invalid: 400, Conflict: 409, Forbidden: 403, NotFound: 404, RateLimited: 429 } as const;

/** What the editor script calls: live preview with lint, footnote renumbering, autosave. */
export function registerEditorApiRoutes(app: FastifyInstance, { articles }: RouteDeps<'articles'>): void {
  app.post('/admin/preview', { config }, async (request, reply) => {
    const parsed = bodyOnlySchema.safeParse(request.body);
    if (!parsed.success) return reply.code(400).send({ message: parsed.error.issues[0]?.message ?? 'Send {"body": "…"}.' });
    const preview = await articles.preview(parsed.data.body);
    return { html: renderFragment(<PreviewFragment preview={presentPreview(preview)} />), diagnostics: presentDiagnostics(preview.diagnostics) };
  });

  app.post('/admin/footnotes/renumber', { config }, async (request, reply) => {
    const parsed = bodyOnlySchema.safeParse(request.body);
    if (!parsed.success) return reply.code(400).send({ message: parsed.error.issues[0]?.message ?? 'Send {"body": "…"}.' });
    return { body: articles.renumber(parsed.data.body) };
  });

  app.post<{ Params: { id: string } }>('/admin/articles/:id/autosave', { config }, async (request, reply) => {
    const values = formValues(request);
    const parsed = articleFormSchema.safeParse(values);
    if (!parsed.success) return reply.code(400).send({ message: `Not autosaved: ${parsed.error.issues[0]?.message ?? 'the form is incomplete.'}` });
    const { fields, version } = editorRequest(parsed.data, values, request.adminSite.timeZone);
    try {
      const saved = await articles.autosave(userOf(request), { id: idParam(request.params.id), version: version ?? -1, fields });
      return { version: saved.version, kept: saved.kept, diagnostics: presentDiagnostics(saved.diagnostics) };
    } catch (error) {
      if (!isDomainError(error)) throw error;
      return reply.code(STATUS[error.kind]).send({ message: isDomainError(error, 'Conflict') && error.field === 'version' ? error.message : `Not autosaved: ${error.message}` });
    }
  });
}
