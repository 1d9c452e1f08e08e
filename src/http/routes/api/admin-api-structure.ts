import type { FastifyInstance } from 'fastify';
import { invalid, notFound } from '../../../domain/errors.js';
import { sectionAncestry, type Section } from '../../../domain/section.js';
import { slugify } from '../../../domain/slug.js';
import { anyIntegration, integrationWith } from '../../../policies/integrations.js';
import { presentGhostAuthor, presentGhostTag, presentSectionPath } from '../../../presenters/content-api/ghost-tags.js';
import { presentPagination } from '../../../presenters/content-api/ghost-posts.js';
import { parseInput } from '../../parse-input.js';
import { route, type AdminApiDeps } from './admin-api.js';
import { authorDeleteQuerySchema, authorWriteSchema, browseQuerySchema, prefixedIdParams, rowIdParamsSchema, sectionWriteSchema, slugParamsSchema, tagWriteSchema } from './admin-api.schema.js';

const pageQuery = browseQuerySchema.pick({ limit: true, page: true });
const read = { config: { policy: anyIntegration } };
const write = { config: { policy: integrationWith('structure:write') } };

/** A name given, or the current one; a new resource needs one. */
const required = (value: string | undefined, field: string): string => {
  if (value === undefined || value.trim() === '') throw invalid(`${field} is required.`, field);
  return value;
};

/** Tags (sections appear among them, as in the Content API), users (Dossier's authors) and sections. */
export function registerAdminStructureRoutes(scope: FastifyInstance, { adminApi, contentApi, structure, siteUrl }: AdminApiDeps): void {
  // Tags: sections first (as `section-N`), then tags (`tag-N`); writes change tags only.
  route(scope, 'GET', '/tags', read, async (request) => {
    const query = parseInput(pageQuery, request.query);
    const page = await contentApi.tags({ page: query.page, limit: query.limit, terms: [], order: null, counts: true });
    return { tags: page.items.map((t) => presentGhostTag(siteUrl, t)), meta: { pagination: presentPagination(page) } };
  });
  const oneTag = async (by: { id: string } | { slug: string }) => ({ tags: [presentGhostTag(siteUrl, (await contentApi.tag(by, true)).tag)] });
  route(scope, 'GET', '/tags/slug/:slug', read, async (request) => oneTag(parseInput(slugParamsSchema, request.params)));
  route(scope, 'GET', '/tags/:id', read, async (request) => {
    const raw = String((request.params as { id?: unknown }).id ?? '');
    return oneTag({ id: /^[0-9]+$/.test(raw) ? `tag-${raw}` : raw });
  });
  route(scope, 'POST', '/tags', write, async (request, reply) => {
    const body = parseInput(tagWriteSchema, request.body);
    const name = required(body.name, 'name');
    const id = await structure.createTag({ name, slug: body.slug ?? slugify(name) });
    return reply.code(201).send(await oneTag({ id: `tag-${id}` }));
  });
  route(scope, 'PUT', '/tags/:id', write, async (request) => {
    const { id } = parseInput(prefixedIdParams('tag'), request.params);
    const body = parseInput(tagWriteSchema, request.body);
    const { tag } = await contentApi.tag({ id: `tag-${id}` }, false);
    await structure.updateTag(id, { name: body.name ?? tag.name, slug: body.slug ?? tag.slug });
    return oneTag({ id: `tag-${id}` });
  });
  // Deleting takes the tag off its articles (they stay) and redirects its address home.
  route(scope, 'DELETE', '/tags/:id', write, async (request, reply) => {
    await structure.deleteTag(parseInput(prefixedIdParams('tag'), request.params).id);
    return reply.code(204).send();
  });

  // Users: Ghost's name for the people on bylines; Dossier calls them authors, and answers at both.
  for (const resource of ['users', 'authors'] as const) {
    const schema = authorWriteSchema(resource);
    const one = async (by: { id: string } | { slug: string }) => ({ [resource]: [presentGhostAuthor(siteUrl, (await contentApi.author(by, true)).author)] });
    route(scope, 'GET', `/${resource}`, read, async (request) => {
      const query = parseInput(pageQuery, request.query);
      const page = await contentApi.authors({ page: query.page, limit: query.limit, terms: [], order: null, counts: true });
      return { [resource]: page.items.map((a) => presentGhostAuthor(siteUrl, a)), meta: { pagination: presentPagination(page) } };
    });
    route(scope, 'GET', `/${resource}/slug/:slug`, read, async (request) => one(parseInput(slugParamsSchema, request.params)));
    route(scope, 'GET', `/${resource}/:id`, read, async (request) => one({ id: String(parseInput(rowIdParamsSchema, request.params).id) }));
    route(scope, 'POST', `/${resource}`, write, async (request, reply) => {
      const body = parseInput(schema, request.body);
      const name = required(body.name, 'name');
      const id = await structure.createAuthor({ name, slug: body.slug ?? slugify(name), bio: body.bio ?? '', email: body.email ?? null });
      return reply.code(201).send(await one({ id: String(id) }));
    });
    route(scope, 'PUT', `/${resource}/:id`, write, async (request) => {
      const { id } = parseInput(rowIdParamsSchema, request.params);
      const body = parseInput(schema, request.body);
      await adminApi.structure.editAuthor(id, body);
      return one({ id: String(id) });
    });
    // Ghost gives a deleted user's posts to the owner; Dossier has no owner author: co-authored
    // articles lose the byline, and articles they wrote alone need `?reassign=SLUG` (409 without).
    route(scope, 'DELETE', `/${resource}/:id`, write, async (request, reply) => {
      const { id } = parseInput(rowIdParamsSchema, request.params);
      const { reassign } = parseInput(authorDeleteQuerySchema, request.query);
      await structure.deleteAuthor(id, reassign ?? null);
      return reply.code(204).send();
    });
  }

  // Sections: Dossier's nested sections (its extra resource).
  const presentSection = (section: Section, all: Section[]) => ({
    id: `section-${section.id}`,
    name: section.name,
    slug: section.slug,
    description: section.description === '' ? null : section.description,
    parent: all.find((s) => s.id === section.parentId)?.slug ?? null,
    section_path: presentSectionPath(siteUrl, sectionAncestry(all, section)),
    url: presentSectionPath(siteUrl, sectionAncestry(all, section)).at(-1)!.url,
  });
  const oneSection = async (id: number) => {
    const { sections } = await structure.lists();
    const section = sections.find((s) => s.id === id);
    if (!section) throw notFound(`There is no section with id section-${id}.`);
    return { sections: [presentSection(section, sections)] };
  };
  route(scope, 'GET', '/sections', read, async () => {
    const { sections } = await structure.lists();
    return { sections: sections.map((s) => presentSection(s, sections)), meta: { pagination: presentPagination({ page: 1, limit: Math.max(1, sections.length), total: sections.length }) } };
  });
  route(scope, 'GET', '/sections/:id', read, async (request) => oneSection(parseInput(prefixedIdParams('section'), request.params).id));
  route(scope, 'POST', '/sections', write, async (request, reply) => {
    const body = parseInput(sectionWriteSchema, request.body);
    const name = required(body.name, 'name');
    const id = await structure.createSection({ name, slug: body.slug ?? slugify(name), description: body.description ?? '', parentSlug: body.parent ?? null });
    return reply.code(201).send(await oneSection(id));
  });
  route(scope, 'PUT', '/sections/:id', write, async (request) => {
    const { id } = parseInput(prefixedIdParams('section'), request.params);
    const body = parseInput(sectionWriteSchema, request.body);
    const { section, sections } = await adminApi.structure.editSection(id, body);
    return { sections: [presentSection(section, sections)] };
  });
  // Its articles and subsections move up to its parent; its address redirects there (or home).
  route(scope, 'DELETE', '/sections/:id', write, async (request, reply) => {
    await structure.deleteSection(parseInput(prefixedIdParams('section'), request.params).id);
    return reply.code(204).send();
  });
}
