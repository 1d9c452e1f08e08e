import type { ArticleStatus } from '../../domain/article.js';
import type { UserActor } from '../../policies/policy.js';
import { renumberFootnotes } from '../../citations/notes/renumber-footnotes.js';
import type { Clock, Store } from '../ports.js';
import type { CitationFormatter } from '../sources/ports.js';
import { listArticles } from './article-lists.js';
import { deleteArticle, unpublishArticle } from './article-status.js';
import { autosave } from './autosave.js';
import { addCorrection } from './corrections.js';
import { loadDashboard } from './dashboard.js';
import { fromEditor, type EditorFields, type EditorSave } from './editor-form.js';
import { openEditor } from './open-editor.js';
import { previewArticle } from './preview.js';
import { previewArticlePage } from './preview-page.js';
import { publishDueArticles } from './publish-scheduled.js';
import { compareRevisions, listRevisions, restoreRevision } from './revisions.js';
import { saveArticle, type AfterSave, type SaveArticleRequest } from './save-article.js';
import type { ArticleInput } from './write-article.js';
import { linkTranslation, unlinkTranslation, type TranslationWriter } from './translations.js';

/** What the article use cases need besides the store and clock. */
export interface ArticleServiceDeps {
  /** Styles notes in the live preview (plain notes without one). */
  formatter?: CitationFormatter | null;
  /** Runs after every save has landed (queue copies of cited pages). */
  afterSave?: AfterSave;
}

/** Options of a save by the system (CLI, demo, tests); an account's save goes through `saveFromEditor`. */
export type SystemSaveOptions = Omit<SaveArticleRequest, 'input' | 'writer'>;

/** Writing, editing, publishing and correcting articles, bound to one store and clock. */
export function createArticleServices(store: Store, clock: Clock, deps: ArticleServiceDeps = {}) {
  const { afterSave } = deps;
  return {
    /** Saves an article or page as the system (no account, no policy). */
    save: (input: ArticleInput, options: SystemSaveOptions = {}) => saveArticle(store, clock, { ...options, writer: { kind: 'system' }, input }, afterSave),
    /** Saves the editor form for an account, held to the article policy and to the version it opened. */
    saveFromEditor: (actor: UserActor, request: EditorSave) => saveArticle(store, clock, fromEditor(actor, request, clock()), afterSave),
    autosave: (actor: UserActor, request: { id: number; version: number; fields: EditorFields }) => autosave(store, clock, actor, request, afterSave),
    restore: (actor: UserActor, request: { articleId: number; revisionId: number; version: number }) => restoreRevision(store, clock, actor, request, afterSave),
    unpublish: (id: number) => unpublishArticle(store, clock, id),
    delete: (id: number) => deleteArticle(store, clock, id),
    publishDue: () => publishDueArticles(store, clock),
    open: (actor: UserActor, id?: number, draftBody?: string) => openEditor(store, clock, actor, id, draftBody),
    preview: (body: string) => previewArticle(store, clock, deps.formatter ?? null, body),
    renumber: (body: string) => renumberFootnotes(body),
    previewPage: (actor: UserActor, id: number) => previewArticlePage(store, clock, actor, id),
    list: (actor: UserActor, filter: { status?: ArticleStatus; withLintFindings?: boolean; limit?: number; offset?: number } = {}) => listArticles(store, actor, filter),
    dashboard: (actor: UserActor) => loadDashboard(store, clock, actor),
    revisions: (actor: UserActor, articleId: number) => listRevisions(store, actor, articleId),
    compare: (actor: UserActor, articleId: number, fromId: number, toId: number) => compareRevisions(store, actor, articleId, fromId, toId),
    correct: (actor: UserActor, input: { articleId: number; kind: string; text: string; date?: string }) => addCorrection(store, clock, actor, input),
    /** Links the article `otherSlug` as a translation of `articleId`; returns the group's ids. */
    linkTranslation: (writer: TranslationWriter, input: { articleId: number; otherSlug: string }) => linkTranslation(store, writer, input),
    /** Takes the article out of its translation group. */
    unlinkTranslation: (writer: TranslationWriter, articleId: number) => unlinkTranslation(store, writer, articleId),
    /** The article's translation group (itself included; empty without one), for the editor. */
    translations: (articleId: number) => store.repos.articles.members(articleId),
  };
}

/** The article services. */
export type ArticleServices = ReturnType<typeof createArticleServices>;
