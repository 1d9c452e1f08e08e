import type { FastifyInstance } from 'fastify';
import { DomainError, isDomainError, m } from '../../../domain/errors.js';
import { errorText, messageText } from '../../../presenters/i18n/message-text.js';
import { mayWriteArticles } from '../../../policies/articles.js';
import { presentDiagnostics, presentPreview } from '../../../presenters/admin/editor-presenter.js';
import { PreviewFragment } from '../../../views/admin/components/preview.js';
import { renderFragment } from '../../../views/render-fragment.js';
import { parseInput } from '../../parse-input.js';
import type { RouteDeps } from '../../route-deps.js';
import { adminLocale, formValues, idParam, userOf } from './admin-request.js';
import { articleFormSchema, bodyOnlySchema, editorRequest } from './article-form.schema.js';
import { LocaleContext } from '../../../views/locale-context.js';

// JSON routes: their errors answer the one JSON error shape.
const config = { policy: mayWriteArticles, json: true };

/**
 * Says in the message, in the admin's language, that nothing was autosaved (the editor shows
 * it as is); a stale version says so itself.
 */
function notAutosaved(error: unknown, locale: string): unknown {
  if (!isDomainError(error)) return error;
  const text = errorText(locale, error);
  if (error.kind === 'Conflict' && error.field === 'version') return new DomainError(error.kind, text, error.field, error.details);
  const said = messageText(locale, m`Not autosaved: ${text}`);
  return new DomainError(error.kind, said, error.field, error.details);
}

/** What the editor script calls: live preview with lint, footnote renumbering, autosave. */
export function registerEditorApiRoutes(app: FastifyInstance, { articles }: RouteDeps<'articles'>): void {
  app.post('/admin/preview', { config }, async (request) => {
    const { body } = parseInput(bodyOnlySchema, request.body);
    const preview = await articles.preview(body);
    return { html: renderFragment(<LocaleContext.Provider value={adminLocale(request)}><PreviewFragment preview={presentPreview(preview)} /></LocaleContext.Provider>), diagnostics: presentDiagnostics(preview.diagnostics, adminLocale(request)) };
  });

  app.post('/admin/footnotes/renumber', { config }, async (request) => {
    const { body } = parseInput(bodyOnlySchema, request.body);
    return { body: articles.renumber(body) };
  });

  app.post<{ Params: { id: string } }>('/admin/articles/:id/autosave', { config }, async (request) => {
    try {
      const values = formValues(request);
      const { fields, version } = editorRequest(parseInput(articleFormSchema, values), values, request.adminSite.timeZone);
      const saved = await articles.autosave(userOf(request), { id: idParam(request.params.id), version: version ?? -1, fields });
      return { version: saved.version, kept: saved.kept, diagnostics: presentDiagnostics(saved.diagnostics, adminLocale(request)) };
    } catch (error) {
      throw notAutosaved(error, adminLocale(request));
    }
  });
}
