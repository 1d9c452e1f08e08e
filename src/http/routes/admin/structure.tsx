import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { z } from 'zod';
import { mayManageStructure } from '../../../policies/structure.js';
import { formWithError, formWithIssues } from '../../../presenters/admin/admin-chrome.js';
import type { FormView, StructureView } from '../../../presenters/admin/admin-view-models.js';
import { presentStructure } from '../../../presenters/admin/screens-presenter.js';
import { StructurePage } from '../../../views/admin/pages/structure-page.js';
import { sendPage } from '../../html.js';
import type { RouteDeps } from '../../route-deps.js';
import { adminT, chromeFor, formErrorStatus, formValues, idParam, redirectAfterPost, adminLocale } from './admin-request.js';
import { authorSchema, deleteRedirectSchema, deleteSchema, moveSchema, newAuthorSchema, redirectSchema, sectionSchema, tagSchema, translationEntries, translationsSchema } from './structure.schema.js';

const screen = { policy: mayManageStructure, signInFirst: true };
const change = { policy: mayManageStructure };

/** Sections (tree moved with buttons), tags, authors and redirects. */
export function registerStructureRoutes(app: FastifyInstance, { structure }: RouteDeps<'structure'>): void {
  async function show(request: FastifyRequest, reply: FastifyReply, which: StructureView['screen'], form?: FormView, status = 200) {
    const lists = await structure.lists();
    return sendPage(reply, <StructurePage view={presentStructure(chromeFor(request, adminT(request)(`admin.structure.tabs.${which}`)), which, lists, form)} />, status);
  }

  /** Parse with `schema`, run `work`, redirect to the screen; show the form again on a refusal. */
  function handle<S extends z.ZodType>(which: StructureView['screen'], schema: S, work: (data: z.infer<S>, request: FastifyRequest) => Promise<unknown>, done: string) {
    return async (request: FastifyRequest, reply: FastifyReply) => {
      const values = formValues(request);
      const parsed = schema.safeParse(values);
      if (!parsed.success) return show(request, reply, which, formWithIssues(values, parsed.error.issues, adminLocale(request)), 400);
      try {
        await work(parsed.data, request);
      } catch (error) {
        return show(request, reply, which, formWithError(values, error, adminLocale(request)), formErrorStatus(error));
      }
      return redirectAfterPost(reply, `/admin/${which}`, done);
    };
  }

  app.get('/admin/structure', { config: screen }, async (_request, reply) => reply.redirect('/admin/sections', 303));
  for (const which of ['sections', 'tags', 'authors', 'redirects'] as const) {
    app.get(`/admin/${which}`, { config: screen }, (request, reply) => show(request, reply, which));
  }
  const id = (request: FastifyRequest) => idParam((request.params as { id: string }).id);

  app.post('/admin/sections', { config: change }, handle('sections', sectionSchema, async (d) => {
    const lists = await structure.lists();
    const parent = lists.sections.find((s) => s.id === d.parent);
    await structure.createSection({ name: d.name, slug: d.slug, description: d.description, parentSlug: parent?.slug ?? null });
  }, 'added'));
  app.post('/admin/sections/:id', { config: change }, handle('sections', sectionSchema, async (d, request) => {
    await structure.updateSection(id(request), { name: d.name, slug: d.slug, description: d.description });
    await structure.setSectionParent(id(request), d.parent);
  }, 'saved'));
  app.post('/admin/sections/:id/move', { config: change }, handle('sections', moveSchema, (d, request) => structure.moveSection(id(request), d.move), 'moved'));
  app.post('/admin/tags', { config: change }, handle('tags', tagSchema, (d) => structure.createTag(d), 'added'));
  app.post('/admin/tags/:id', { config: change }, handle('tags', tagSchema, (d, request) => structure.updateTag(id(request), d), 'saved'));
  app.post('/admin/authors', { config: change }, handle('authors', newAuthorSchema, (d) => structure.createAuthor(d), 'added'));
  app.post('/admin/authors/:id', { config: change }, handle('authors', authorSchema, (d, request) =>
    structure.updateAuthor(id(request), { name: d.name, bio: d.bio, avatarMediaId: d.avatar, fediverse: d.fediverse }), 'saved'));
  for (const [which, kind] of [['sections', 'section'], ['tags', 'tag'], ['authors', 'author']] as const) {
    app.post(`/admin/${which}/:id/translations`, { config: change }, handle(which, translationsSchema, (d, request) =>
      structure.saveTranslations(kind, id(request), translationEntries(d)), 'saved'));
  }
  app.post('/admin/redirects', { config: change }, handle('redirects', redirectSchema, (d) =>
    structure.addRedirect({ fromPath: d.fromPath, toPath: d.toPath, statusCode: Number(d.statusCode) as 301 }), 'added'));
  app.post('/admin/sections/:id/delete', { config: change }, handle('sections', deleteSchema, (_d, request) => structure.deleteSection(id(request)), 'deleted'));
  app.post('/admin/tags/:id/delete', { config: change }, handle('tags', deleteSchema, (_d, request) => structure.deleteTag(id(request)), 'deleted'));
  app.post('/admin/authors/:id/delete', { config: change }, handle('authors', deleteSchema, (d, request) => structure.deleteAuthor(id(request), d.reassign), 'deleted'));
  app.post('/admin/redirects/delete', { config: change }, handle('redirects', deleteRedirectSchema, (d) => structure.deleteRedirect(d.fromPath), 'removed'));
}
