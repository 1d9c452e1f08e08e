import { EMPTY_SHARE_CARD, shareCardFrom, type ShareCard } from '../../domain/editorial.js';
import type { Article, ArticleStatus } from '../../domain/article.js';
import { DomainError, forbidden, invalid, m, notFound } from '../../domain/errors.js';
import { altTextWarning } from '../../domain/media.js';
import { parseArticleType } from '../../domain/article-type.js';
import type { Diagnostic } from '../../citations/lint/diagnostic.js';
import { canArticle, type ArticleResource } from '../../policies/articles.js';
import type { UserActor } from '../../policies/policy.js';
import type { Clock, Repositories, Store } from '../ports.js';
import { refreshRelatedLists } from '../discovery/related-lists.js';
import { announceArticleChange } from '../webhooks/article-events.js';
import { keepRevision } from './keep-revision.js';
import { writeArticle, type ArticleInput } from './write-article.js';

/** Who saves: a signed-in account (held to the article policy and to versions), or the system (CLI, demo, tests). */
export type Writer = UserActor | { kind: 'system' };

/** The editor's fields beyond the text: featured image and search-engine overrides. */
export interface EditorialInput {
  featuredMediaId: number | null;
  featuredAlt: string;
  seoTitle: string;
  seoDescription: string;
  /** An article type (news, opinion…), '' for none; kept as it is when absent. */
  articleType?: string;
  /** The featured image's caption, '' for none; kept as it is when absent. */
  featuredCaption?: string;
  /** The article's own share card fields ('' clears one); those absent are kept. */
  shareCard?: Partial<Record<keyof ShareCard, string>>;
}

/** One save of an article or page. */
export interface SaveArticleRequest {
  writer: Writer;
  /** The article to replace; a new one when absent. */
  id?: number;
  /** The version the writer opened; an account must send it, and a stale one is refused. */
  version?: number;
  /** The article as it should be, or how to make it from the current one (the editor's "Save" keeps the status). */
  input: ArticleInput | ((current: Article | null) => ArticleInput);
  /** Featured image and SEO fields; kept as they are when absent. */
  editorial?: EditorialInput;
}

/** What a save did. */
export interface SaveArticleResult {
  id: number;
  /** The version the writer now holds (send it with the next save). */
  version: number;
  status: ArticleStatus;
  /** What citation lint found: warnings, or errors in a draft. */
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

/** What runs after a save has landed (queue copies of the pages it cites). */
export type AfterSave = (articleId: number) => Promise<unknown>;

/** The resource a policy decides on, for an existing article. */
export async function articleResource(repos: Repositories, article: Article): Promise<ArticleResource> {
  const [editorial, authors] = await Promise.all([repos.editorial.find(article.id), repos.articles.authorsOf([article.id])]);
  return { ownerUserId: editorial?.ownerUserId ?? null, authorIds: (authors.get(article.id) ?? []).map((a) => a.id), status: article.status };
}

/**
 * Refuses the save unless the policy allows every step it takes: editing (or creating),
 * publishing or scheduling when the result is not a draft, unpublishing when a live one
 * goes back to draft.
 */
export function requireMay(actor: UserActor, from: ArticleResource | null, to: ArticleStatus): void {
  const may = (a: Parameters<typeof canArticle>[1]) => canArticle(actor, a, from ?? { ownerUserId: actor.id, authorIds: [], status: 'draft' });
  if (from ? !may('edit') : !may('create')) throw forbidden(m`You may not edit this article.`);
  if (to !== 'draft' && !may('publish')) throw forbidden(m`You may not publish or schedule articles; save a draft and ask an editor.`);
  if (to === 'draft' && from && from.status !== 'draft' && !may('unpublish')) throw forbidden(m`You may not unpublish this article.`);
}

/** The "changed since you opened it" error, naming who saved last and when. */
export async function staleSave(repos: Repositories, articleId: number): Promise<DomainError> {
  const [article, editorial] = await Promise.all([repos.editorial.findArticle(articleId), repos.editorial.find(articleId)]);
  const by = editorial?.updatedBy ? ((await repos.users.findById(editorial.updatedBy))?.name ?? null) : null;
  const at = article?.updatedAt ?? '';
  const when = `${at.slice(0, 10)} ${at.slice(11, 16)} UTC`;
  const details: StaleSaveDetails = { by, at, version: editorial?.version ?? 0 };
  const message = !at
    ? m`This article was changed since you opened it. Your text is kept below; copy it or reload.`
    : by
      ? m`This article was changed since you opened it (by ${by} at ${when}). Your text is kept below; copy it or reload.`
      : m`This article was changed since you opened it (at ${when}). Your text is kept below; copy it or reload.`;
  return new DomainError('Conflict', message, 'version', [details]);
}

/** Marks a version check that failed inside the transaction; replaced by the full message after it. */
export const STALE = 'stale';

/** Runs `work` in a transaction; a stale version inside it becomes the full "changed since" error. */
export async function withVersionCheck<T>(store: Store, articleId: number | undefined, work: (repos: Repositories) => Promise<T>): Promise<T> {
  try {
    return await store.transaction(work);
  } catch (error) {
    if (error instanceof DomainError && error.kind === 'Conflict' && error.message === STALE && articleId !== undefined) {
      throw await staleSave(store.repos, articleId);
    }
    throw error;
  }
}

/**
 * Saves an article or page — the one way an article is saved, from the editor, the CLI,
 * the demo or a test. In one transaction: checks an account may take the step and holds
 * the version it opened, keeps the state before the first save as a revision, writes the
 * article (lint, Markdown, authors, tags, notes, search entry), its featured image and SEO
 * fields, a revision of the result, and the related lists it changes. `afterSave` runs
 * once it has landed.
 */
export async function saveArticle(store: Store, clock: Clock, request: SaveArticleRequest, afterSave?: AfterSave): Promise<SaveArticleResult> {
  const now = clock();
  const { writer } = request;
  const user = writer.kind === 'user' ? writer : null;
  const result = await withVersionCheck(store, request.id, async (repos) => {
    const current = request.id === undefined ? null : await repos.articles.findById(request.id);
    if (request.id !== undefined && !current) throw notFound(m`There is no such article.`);
    const input = typeof request.input === 'function' ? request.input(current) : request.input;
    if (current && input.kind && input.kind !== current.kind) throw notFound(input.kind === 'page' ? m`There is no such page.` : m`There is no such article.`);
    if (user) requireMay(user, current ? await articleResource(repos, current) : null, input.status);
    const version = request.version ?? (user ? -1 : undefined);
    if (current && version !== undefined && !(await repos.editorial.holdVersion(current.id, version))) throw new DomainError('Conflict', STALE, 'version');
    if (current) await keepRevision(repos, current.id, { autosave: false, onlyIfNone: true });
    const editorial = request.editorial;
    const media = editorial?.featuredMediaId == null ? null : await repos.media.findById(editorial.featuredMediaId);
    if (editorial?.featuredMediaId != null && !media) throw invalid(m`That featured image no longer exists; choose another.`, 'featuredMediaId');
    // Checked before anything is written: a bad image address leaves the article as it was.
    const shareCard = editorial?.shareCard ? shareCardFrom(editorial.shareCard, (current ? (await repos.editorial.find(current.id))?.shareCard : undefined) ?? EMPTY_SHARE_CARD) : null;
    const saved = await writeArticle(repos, clock, input, current ? { id: current.id } : {});
    await refreshRelatedLists(repos, now, saved.id);
    await announceArticleChange(repos, now, current, await repos.articles.findById(saved.id));
    await repos.editorial.set(saved.id, {
      ...(editorial ? {
        featuredMediaId: editorial.featuredMediaId,
        featuredAlt: editorial.featuredAlt.trim() || null,
        seoTitle: editorial.seoTitle.trim() || null,
        seoDescription: editorial.seoDescription.trim() || null,
        ...(editorial.articleType !== undefined ? { articleType: parseArticleType(editorial.articleType) } : {}),
        ...(editorial.featuredCaption !== undefined ? { featuredCaption: editorial.featuredCaption.trim() || null } : {}),
        ...(shareCard ? { shareCard } : {}),
      } : {}),
      updatedBy: user?.id ?? null,
      ...(current || !user ? {} : { ownerUserId: user.id }),
    });
    const kept = await keepRevision(repos, saved.id, { autosave: false, userId: user?.id ?? null, createdAt: now.toISOString() });
    const missingFeaturedAlt = Boolean(media && !(editorial?.featuredAlt.trim() || media.alt));
    const altWarning = input.status === 'draft' ? null : altTextWarning(input.body, missingFeaturedAlt);
    return { id: saved.id, version: kept.version, status: input.status, diagnostics: saved.diagnostics, warnings: altWarning ? [altWarning] : [] };
  });
  await afterSave?.(result.id);
  return result;
}
