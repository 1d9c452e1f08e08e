import type { Article, ArticleStatus } from '../../domain/article.js';
import { DomainError, forbidden, invalid, notFound } from '../../domain/errors.js';
import { altTextWarning } from '../../domain/media.js';
import type { Diagnostic } from '../../citations/lint/diagnostic.js';
import { canArticle, type ArticleResource } from '../../policies/articles.js';
import type { UserActor } from '../../policies/policy.js';
import type { Clock, Repositories, Store } from '../ports.js';
import { refreshRelatedLists } from '../related-lists.js';
import { writeArticle } from '../save-article.js';
import { revisionFields, targetStatus, toArticleInput, type EditorAction, type EditorFields } from './editor-input.js';

/** What a save from the editor did. */
export interface EditorSaveResult {
  id: number;
  /** The version the editor now holds (send it with the next save). */
  version: number;
  status: ArticleStatus;
  diagnostics: Diagnostic[];
  /** Things worth fixing that did not stop the save (an image without alt text). */
  warnings: string[];
}

/** What the stale-save error carries, for the editor to show. */
export interface StaleSaveDetails {
  by: string | null;
  at: string;
  version: number;
}

/** The resource a policy decides on, for an existing article. */
export async function articleResource(repos: Repositories, article: Article): Promise<ArticleResource> {
  const [editorial, authors] = await Promise.all([repos.editorial.find(article.id), repos.articles.authorsOf([article.id])]);
  return { ownerUserId: editorial?.ownerUserId ?? null, authorIds: (authors.get(article.id) ?? []).map((a) => a.id), status: article.status };
}

/** Refuses the action unless the policy allows every step it takes. */
export function requireMay(actor: UserActor, from: ArticleResource | null, to: ArticleStatus, action: EditorAction): void {
  const may = (a: Parameters<typeof canArticle>[1]) => canArticle(actor, a, from ?? { ownerUserId: actor.id, authorIds: [], status: 'draft' });
  if (from ? !may('edit') : !may('create')) throw forbidden('You may not edit this article.');
  const going = to !== 'draft' && (from?.status !== to || action === 'publish' || action === 'schedule');
  if (going && !may('publish')) throw forbidden('You may not publish or schedule articles; save a draft and ask an editor.');
  if (action === 'unpublish' && from?.status !== 'draft' && !may('unpublish')) throw forbidden('You may not unpublish this article.');
}

/** The "changed since you opened it" error, naming who saved last and when. */
export async function staleSave(repos: Repositories, articleId: number): Promise<DomainError> {
  const [article, editorial] = await Promise.all([repos.editorial.findArticle(articleId), repos.editorial.find(articleId)]);
  const by = editorial?.updatedBy ? ((await repos.users.findById(editorial.updatedBy))?.name ?? null) : null;
  const at = article?.updatedAt ?? '';
  const when = at ? `${at.slice(0, 10)} ${at.slice(11, 16)} UTC` : 'a moment ago';
  const details: StaleSaveDetails = { by, at, version: editorial?.version ?? 0 };
  return new DomainError(
    'Conflict',
    `This article was changed since you opened it (by ${by ?? 'someone'} at ${when}). Your text is kept below; copy it or reload.`,
    'version',
    [details],
  );
}

/** Marks a version check that failed inside the transaction; replaced by the full message after it. */
export const STALE = 'stale';

/**
 * An article written before the admin (the demo, an import) has no revision yet: its
 * state is kept as one before the first save from the editor, so it can be restored.
 */
async function keepFirstRevision(repos: Repositories, article: Article): Promise<void> {
  if ((await repos.revisions.list(article.id)).length > 0) return;
  const [editorial, authors, tags, sections] = await Promise.all([
    repos.editorial.find(article.id), repos.articles.authorsOf([article.id]), repos.articles.tagsOf([article.id]), repos.sections.all(),
  ]);
  await repos.revisions.insert({
    articleId: article.id, version: editorial?.version ?? 1, autosave: false, title: article.title, bodyMarkdown: article.bodyMarkdown,
    fields: {
      slug: article.slug, dek: article.dek, status: article.status, publishedAt: article.publishedAt,
      sectionSlug: sections.find((s) => s.id === article.sectionId)?.slug ?? null,
      authorSlugs: (authors.get(article.id) ?? []).map((a) => a.slug), tagSlugs: (tags.get(article.id) ?? []).map((t) => t.slug),
      featuredMediaId: editorial?.featuredMediaId ?? null, featuredAlt: editorial?.featuredAlt ?? null,
      seoTitle: editorial?.seoTitle ?? null, seoDescription: editorial?.seoDescription ?? null,
    },
    userId: editorial?.updatedBy ?? null, createdAt: article.updatedAt,
  });
}

function schedulingDate(fields: EditorFields, action: EditorAction, now: Date): void {
  if (action !== 'schedule') return;
  const time = Date.parse(fields.publishedAt);
  if (Number.isNaN(time)) throw invalid('Choose the date and time to publish at.', 'publishedAt');
  if (time <= now.getTime()) throw invalid('A scheduled date must be in the future; to publish now, choose Publish.', 'publishedAt');
}

/**
 * Saves the editor's form: checks the actor may take the action, refuses a save whose
 * version is stale (another tab or person saved since), writes the article, and keeps a
 * revision — all in one transaction.
 */
export async function saveFromEditor(
  store: Store,
  clock: Clock,
  actor: UserActor,
  request: { id?: number; version?: number; fields: EditorFields; action: EditorAction; autosave?: boolean },
): Promise<EditorSaveResult> {
  const now = clock();
  schedulingDate(request.fields, request.action, now);
  try {
    return await store.transaction(async (repos) => {
      let current: Article | null = null;
      if (request.id !== undefined) {
        current = await repos.editorial.findArticle(request.id);
        if (!current || current.kind !== 'article') throw notFound('There is no such article.');
      }
      const status = targetStatus(request.action, current?.status ?? null);
      requireMay(actor, current ? await articleResource(repos, current) : null, status, request.action);
      if (current && !(await repos.editorial.holdVersion(current.id, request.version ?? -1))) throw new DomainError('Conflict', STALE, 'version');
      if (current) await keepFirstRevision(repos, current);
      const fields = request.fields;
      const media = fields.featuredMediaId === null ? null : await repos.media.findById(fields.featuredMediaId);
      if (fields.featuredMediaId !== null && !media) throw invalid('That featured image no longer exists; choose another.', 'featuredMediaId');
      const input = toArticleInput(fields, status, current?.language);
      if (request.action === 'unpublish') input.publishedAt = current?.publishedAt ?? null;
      const saved = await writeArticle(repos, clock, input, current ? { id: current.id } : {});
      await refreshRelatedLists(repos, now, saved.id);
      await repos.editorial.set(saved.id, {
        featuredMediaId: fields.featuredMediaId,
        featuredAlt: fields.featuredAlt.trim() || null,
        seoTitle: fields.seoTitle.trim() || null,
        seoDescription: fields.seoDescription.trim() || null,
        updatedBy: actor.id,
        ...(current ? {} : { ownerUserId: actor.id }),
      });
      const [article, editorial] = await Promise.all([repos.editorial.findArticle(saved.id), repos.editorial.find(saved.id)]);
      await repos.revisions.insert({
        articleId: saved.id, version: editorial!.version, autosave: false, title: article!.title, bodyMarkdown: article!.bodyMarkdown,
        fields: revisionFields(fields, article!.slug, status, article!.publishedAt), userId: actor.id, createdAt: now.toISOString(),
      });
      const altWarning = status === 'draft' ? null : altTextWarning(fields.body, Boolean(media && !(fields.featuredAlt.trim() || media.alt)));
      const warnings = altWarning ? [altWarning] : [];
      return { id: saved.id, version: editorial!.version, status, diagnostics: saved.diagnostics, warnings };
    });
  } catch (error) {
    if (error instanceof DomainError && error.kind === 'Conflict' && error.message === STALE && request.id !== undefined) {
      throw await staleSave(store.repos, request.id);
    }
    throw error;
  }
}
