import type { SectionMove } from '../../domain/section-moves.js';
import type { ArticleStatus } from '../../domain/article.js';
import type { UserActor } from '../../policies/policy.js';
import { addUser, listUsers, needsSetup, setPassword, setupAdministrator, updateUser, type NewUserInput } from '../accounts/accounts.js';
import { resolveSession, signIn, signOut } from '../accounts/sign-in.js';
import { addCorrection } from '../editorial/corrections.js';
import { listArticles } from '../editorial/article-lists.js';
import { autosave } from '../editorial/autosave.js';
import { loadDashboard, NO_DASHBOARD_SOURCES } from '../editorial/dashboard.js';
import type { EditorAction, EditorFields } from '../editorial/editor-input.js';
import { openEditor } from '../editorial/open-article.js';
import { previewArticle } from '../editorial/preview.js';
import { previewArticlePage } from '../editorial/preview-page.js';
import { compareRevisions, listRevisions, restoreRevision } from '../editorial/revisions.js';
import { saveFromEditor, type EditorSaveResult } from '../editorial/save-from-editor.js';
import { openMediaFile, setMediaAlt, uploadMedia, type UploadInput } from '../media/upload-media.js';
import type { CitationFormatter, Clock, DashboardSources, ImageProcessor, MediaFiles, Store } from '../ports.js';
import { moveSectionBy, setSectionParent, structureLists, updateAuthor, updateSection, updateTag } from '../structure-admin.js';
import { renumberFootnotes } from '../../citations/notes/renumber-footnotes.js';

/** What the admin's use cases need besides the store and clock. */
export interface AdminDeps {
  formatter?: CitationFormatter | null;
  images?: ImageProcessor;
  files?: MediaFiles;
  dashboard?: DashboardSources;
}

function required<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`This site was opened without ${what}.`);
  return value;
}

/** The admin's use cases, bound to one store and clock. */
/** What other parts of the site do after the editor saves an article (queue copies of cited pages). */
export interface AdminHooks {
  afterSave?: (articleId: number) => Promise<unknown>;
}

export function createAdminServices(store: Store, clock: Clock, deps: AdminDeps = {}, hooks: AdminHooks = {}) {
  const saved = async (result: EditorSaveResult): Promise<EditorSaveResult> => {
    await hooks.afterSave?.(result.id);
    return result;
  };
  return {
    accounts: {
      needsSetup: () => needsSetup(store),
      setup: (input: Omit<NewUserInput, 'role'>) => setupAdministrator(store, clock, input),
      add: (input: NewUserInput) => addUser(store, clock, input),
      setPassword: (input: { email: string; password: string }) => setPassword(store, clock, input),
      update: (input: Parameters<typeof updateUser>[2]) => updateUser(store, clock, input),
      list: () => listUsers(store),
      /** Accounts and the author pages they can be linked to, for the users screen. */
      overview: async () => ({ users: await listUsers(store), authors: await store.repos.structureAdmin.allAuthors() }),
      signIn: (input: { email: string; password: string; ip: string }) => signIn(store, clock, input),
      resolve: (token: string) => resolveSession(store, clock, token),
      signOut: (token: string) => signOut(store, token),
    },
    editorial: {
      open: (actor: UserActor, id?: number, draftBody?: string) => openEditor(store, clock, actor, id, draftBody),
      save: async (actor: UserActor, request: { id?: number; version?: number; fields: EditorFields; action: EditorAction }) => saved(await saveFromEditor(store, clock, actor, request)),
      autosave: (actor: UserActor, request: { id: number; version: number; fields: EditorFields }) => autosave(store, clock, actor, request),
      preview: (body: string) => previewArticle(store, clock, deps.formatter ?? null, body),
      renumber: (body: string) => renumberFootnotes(body),
      previewPage: (actor: UserActor, id: number) => previewArticlePage(store, clock, actor, id),
      list: (actor: UserActor, filter: { status?: ArticleStatus; withLintFindings?: boolean; limit?: number; offset?: number } = {}) => listArticles(store, actor, filter),
      dashboard: (actor: UserActor) => loadDashboard(store, actor, deps.dashboard ?? NO_DASHBOARD_SOURCES),
      revisions: (actor: UserActor, articleId: number) => listRevisions(store, actor, articleId),
      compare: (actor: UserActor, articleId: number, fromId: number, toId: number) => compareRevisions(store, actor, articleId, fromId, toId),
      restore: async (actor: UserActor, request: { articleId: number; revisionId: number; version: number }) => saved(await restoreRevision(store, clock, actor, request)),
      correct: (actor: UserActor, input: { articleId: number; kind: string; text: string; date?: string }) => addCorrection(store, clock, actor, input),
    },
    media: {
      upload: (input: UploadInput) => uploadMedia(store, clock, required(deps.images, 'an image processor'), required(deps.files, 'a media folder'), input),
      setAlt: (id: number, alt: string) => setMediaAlt(store, id, alt),
      list: (limit = 60, offset = 0) => store.repos.media.list(limit, offset),
      file: (name: string) => openMediaFile(required(deps.files, 'a media folder'), name),
    },
    structureAdmin: {
      lists: () => structureLists(store),
      moveSection: (id: number, move: SectionMove) => moveSectionBy(store, id, move),
      setSectionParent: (id: number, parentId: number | null) => setSectionParent(store, id, parentId),
      updateSection: (id: number, input: { name: string; slug: string; description: string }) => updateSection(store, id, input),
      updateTag: (id: number, input: { name: string; slug: string }) => updateTag(store, id, input),
      updateAuthor: (id: number, input: { name: string; bio: string; avatarMediaId: number | null }) => updateAuthor(store, id, input),
      deleteRedirect: (fromPath: string) => store.repos.structureAdmin.deleteRedirect(fromPath),
    },
  };
}

/** The admin's services. */
export type AdminServices = ReturnType<typeof createAdminServices>;
