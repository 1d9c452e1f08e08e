import type { Revision, RevisionFields } from '../../domain/editorial.js';
import { forbidden, m, notFound } from '../../domain/errors.js';
import { canArticle } from '../../policies/articles.js';
import type { UserActor } from '../../policies/policy.js';
import type { Clock, Repositories, Store } from '../ports.js';
import { fieldsFromRevision, fromEditor } from './editor-form.js';
import { articleResource, saveArticle, type AfterSave, type SaveArticleResult } from './save-article.js';

/** One run of lines in a body diff. */
export interface DiffPart {
  kind: 'same' | 'added' | 'removed';
  text: string;
}

/** What changed between two revisions. */
export interface RevisionDiff {
  from: Revision;
  to: Revision;
  titleChanged: boolean;
  fields: Array<{ field: keyof RevisionFields; before: string; after: string }>;
  body: DiffPart[];
}

const show = (value: unknown): string => (Array.isArray(value) ? value.join(', ') : value === null || value === undefined ? '' : String(value));

/** Line diff of two bodies, plus the fields that differ. */
export async function diffRevisions(from: Revision, to: Revision): Promise<RevisionDiff> {
  const { diffLines } = await import('diff');
  const keys = Object.keys({ ...from.fields, ...to.fields }) as Array<keyof RevisionFields>;
  return {
    from,
    to,
    titleChanged: from.title !== to.title,
    fields: keys.filter((k) => show(from.fields[k]) !== show(to.fields[k])).map((k) => ({ field: k, before: show(from.fields[k]), after: show(to.fields[k]) })),
    body: diffLines(from.bodyMarkdown, to.bodyMarkdown).map((part) => ({ kind: part.added ? 'added' : part.removed ? 'removed' : 'same', text: part.value })),
  };
}

async function editable(repos: Repositories, actor: UserActor, articleId: number) {
  const article = await repos.editorial.findArticle(articleId);
  if (!article) throw notFound(m`There is no such article.`);
  if (!canArticle(actor, 'edit', await articleResource(repos, article))) throw forbidden(m`You may not see this article’s revisions.`);
  return article;
}

/** Every revision of an article, newest first. */
export async function listRevisions(store: Store, actor: UserActor, articleId: number) {
  const article = await editable(store.repos, actor, articleId);
  const [revisions, editorial] = await Promise.all([store.repos.revisions.list(articleId), store.repos.editorial.find(articleId)]);
  return { article, version: editorial?.version ?? 1, revisions };
}

async function revisionOf(repos: Repositories, articleId: number, id: number): Promise<Revision> {
  const revision = await repos.revisions.find(id);
  if (!revision || revision.articleId !== articleId) throw notFound(m`There is no such revision.`);
  return revision;
}

/** The diff between two revisions of one article. */
export async function compareRevisions(store: Store, actor: UserActor, articleId: number, fromId: number, toId: number): Promise<RevisionDiff> {
  await editable(store.repos, actor, articleId);
  return diffRevisions(await revisionOf(store.repos, articleId, fromId), await revisionOf(store.repos, articleId, toId));
}

/** Restores a revision: a new save of its text and fields, keeping the article's status. */
export async function restoreRevision(
  store: Store,
  clock: Clock,
  actor: UserActor,
  request: { articleId: number; revisionId: number; version: number },
  afterSave?: AfterSave,
): Promise<SaveArticleResult> {
  const revision = await revisionOf(store.repos, request.articleId, request.revisionId);
  const save = fromEditor(actor, { id: request.articleId, version: request.version, fields: fieldsFromRevision(revision), action: 'save' }, clock());
  return saveArticle(store, clock, save, afterSave);
}
