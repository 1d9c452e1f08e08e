import { DomainError, forbidden, m, notFound } from '../../domain/errors.js';
import { canArticle } from '../../policies/articles.js';
import type { UserActor } from '../../policies/policy.js';
import type { Clock, Store } from '../ports.js';
import { fromEditor, revisionFields, type EditorFields } from './editor-form.js';
import { articleResource, saveArticle, STALE, withVersionCheck, type AfterSave, type SaveArticleResult } from './save-article.js';

/**
 * Autosave. A draft is saved as usual (a new version). A published or scheduled article is
 * never changed behind the writer's back: the text is kept as an autosave revision
 * instead. Either way a stale version is refused, so two tabs never overwrite each other.
 */
export async function autosave(
  store: Store,
  clock: Clock,
  actor: UserActor,
  request: { id: number; version: number; fields: EditorFields },
  afterSave?: AfterSave,
): Promise<SaveArticleResult & { kept: 'article' | 'revision' }> {
  const current = await store.repos.editorial.findArticle(request.id);
  if (!current) throw notFound(m`There is no such article.`);
  if (current.status === 'draft') {
    return { ...(await saveArticle(store, clock, fromEditor(actor, { ...request, action: 'save' }, clock()), afterSave)), kept: 'article' };
  }
  const now = clock().toISOString();
  return withVersionCheck(store, current.id, async (repos) => {
    if (!canArticle(actor, 'edit', await articleResource(repos, current))) throw forbidden(m`You may not edit this article.`);
    if (!(await repos.editorial.holdVersion(current.id, request.version))) throw new DomainError('Conflict', STALE, 'version');
    const f = request.fields;
    await repos.revisions.insert({
      articleId: current.id, version: request.version, autosave: true, title: f.title, bodyMarkdown: f.body,
      fields: revisionFields(f, f.slug || current.slug, current.status, current.publishedAt), userId: actor.id, createdAt: now,
    });
    return { id: current.id, version: request.version, status: current.status, diagnostics: [], warnings: [], kept: 'revision' as const };
  });
}
