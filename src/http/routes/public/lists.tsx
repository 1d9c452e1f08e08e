import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { authorPath, pagedPath, tagPath } from '../../../domain/permalinks.js';
import { anyoneMayRead } from '../../../policies/public-content.js';
import { presentAuthor, presentHome, presentSection, presentTag } from '../../../presenters/list-presenter.js';
import { ListPage } from '../../../views/pages/list-page.js';
import { sendPage } from '../../html.js';
import { parseInput } from '../../parse-input.js';
import { cardTag, countTag, listTag } from '../../page-cache/page-tags.js';
import { cachePage } from '../../page-cache/page-cache.js';
import type { RouteDeps } from '../../route-deps.js';
import type { ListingKey } from '../../../services/discovery/ports.js';
import type { ListPage as ListData } from '../../../services/reader/list-pages.js';
import { listQuerySchema, sectionParamsSchema, slugParamsSchema } from './lists.schema.js';

const config = { policy: anyoneMayRead };
/** A page number from the path (`/page/N`): a malformed one is a page that does not exist. */
const pageOf = (raw: string | undefined): number => parseInput(listQuerySchema, { page: raw }, { missing: 'not-found' }).page;
/** The tag or author slug of the path: one that cannot name anything (a NUL byte) is a 404. */
const slugOf = (request: FastifyRequest): string => parseInput(slugParamsSchema, request.params, { missing: 'not-found' }).slug;

/** A list page shows its list, and the cards of its articles with their comment counts. */
const listPageTags = (key: ListingKey, data: ListData) => [listTag(key), ...data.list.items.flatMap((item) => [cardTag(item.id), countTag(item.id)])];

/**
 * Pages of a list live at `BASE/page/N` (a path, so static hosts serve them too). The older
 * `BASE?page=N` answers 301 to that path; `BASE/page/1` answers 301 to BASE. Returns true when it redirected.
 */
function toPathPagination(request: FastifyRequest, reply: FastifyReply, base: string, fromPath: number | null): boolean {
  const query = request.query as Record<string, unknown>;
  if (fromPath === null && query['page'] !== undefined) {
    const page = parseInput(listQuerySchema, { page: query['page'] }, { missing: 'not-found' }).page;
    void reply.redirect(encodeURI(pagedPath(base, page)), 301);
    return true;
  }
  if (fromPath === 1) {
    void reply.redirect(encodeURI(base), 301);
    return true;
  }
  return false;
}

/** The `/{lang}/` prefix of a list page's address (checked by the reader), or null at the root. */
const langOf = (request: FastifyRequest): string | null => (request.params as { lang?: string }).lang ?? null;
/** `path` under the request's language prefix. */
const under = (request: FastifyRequest, path: string): string => {
  const lang = langOf(request);
  return lang === null ? path : path === '/' ? `/${lang}/` : `/${lang}${path}`;
};

/** Home, section, tag and author pages, each with its later pages at `/page/N`; home, sections and tags also under `/{lang}/`. */
export function registerListRoutes(app: FastifyInstance, { reader, siteUrl }: RouteDeps<'reader'>): void {
  async function home(request: FastifyRequest, reply: FastifyReply, raw?: string) {
    // WordPress addresses such as "/?p=123" or "/?page_id=7" live on in the redirects table.
    if (/[?&](p|page_id|cat|tag|author)=/.test(request.url)) {
      const redirect = await reader.redirectFor(request.url);
      if (redirect) return reply.redirect(redirect.toPath, redirect.statusCode);
    }
    const page = raw === undefined ? null : pageOf(raw);
    if (toPathPagination(request, reply, under(request, '/'), page)) return reply;
    const data = await reader.home(page ?? 1, langOf(request));
    cachePage(reply, listPageTags(data.key, data), null, 'editors');
    return sendPage(reply, <ListPage view={presentHome(siteUrl, data)} />);
  }
  for (const prefix of ['', '/:lang']) {
    app.get(`${prefix}/`, { config }, (request, reply) => home(request, reply));
    app.get<{ Params: { n: string } }>(`${prefix}/page/:n`, { config }, (request, reply) => home(request, reply, request.params.n));
    app.get(`${prefix}/section/*`, { config }, (request, reply) => section(request, reply));
    app.get(`${prefix}/tag/:slug`, { config }, (request, reply) => tag(request, reply));
    app.get<{ Params: { n: string } }>(`${prefix}/tag/:slug/page/:n`, { config }, (request, reply) => tag(request, reply, request.params.n));
  }

  async function section(request: FastifyRequest, reply: FastifyReply) {
    const rest = parseInput(sectionParamsSchema, request.params, { missing: 'not-found' })['*'];
    // `/section/PATH/page/N`: a section is never named by a number, so the last two segments tell.
    const match = /^(.+)\/page\/([^/]+)$/.exec(rest);
    const path = match ? match[1]! : rest;
    const page = match ? pageOf(match[2]) : null;
    if (toPathPagination(request, reply, under(request, `/section/${path}`), page)) return reply;
    const data = await reader.section(path, page ?? 1, langOf(request));
    const view = presentSection(siteUrl, data);
    // A section moved, or named by its default slug under `/{lang}/` where it has a translated one: 301 to its address.
    const canonicalPath = new URL(view.head.canonical).pathname;
    if (decodeURI(canonicalPath) !== pagedPath(under(request, `/section/${path}`), data.list.page)) return reply.redirect(canonicalPath, 301);
    cachePage(reply, listPageTags(data.key, data), null, 'editors');
    return sendPage(reply, <ListPage view={view} />);
  }

  async function tag(request: FastifyRequest, reply: FastifyReply, raw?: string) {
    const slug = slugOf(request);
    const page = raw === undefined ? null : pageOf(raw);
    if (toPathPagination(request, reply, under(request, tagPath(slug)), page)) return reply;
    const data = await reader.tag(slug, page ?? 1, langOf(request));
    // The default slug under `/{lang}/` of a tag with a translated one: 301 to the translated address.
    if (data.tag.slug !== slug) return reply.redirect(encodeURI(pagedPath(under(request, tagPath(data.tag.slug)), data.list.page)), 301);
    cachePage(reply, listPageTags(data.key, data), null, 'editors');
    return sendPage(reply, <ListPage view={presentTag(siteUrl, data)} />);
  }

  async function author(request: FastifyRequest, reply: FastifyReply, raw?: string) {
    const slug = slugOf(request);
    const page = raw === undefined ? null : pageOf(raw);
    if (toPathPagination(request, reply, under(request, authorPath(slug)), page)) return reply;
    const data = await reader.author(slug, page ?? 1, langOf(request));
    const view = presentAuthor(siteUrl, data);
    // `/fr/author/SLUG` of an author without a French bio: the default page (for now: a bio may come).
    const canonicalPath = new URL(view.head.canonical).pathname;
    if (decodeURI(canonicalPath) !== pagedPath(under(request, authorPath(slug)), data.list.page)) return reply.redirect(canonicalPath, 302);
    cachePage(reply, listPageTags({ scope: 'author', scopeId: data.author.id }, data), null, 'editors');
    return sendPage(reply, <ListPage view={view} />);
  }
  for (const prefix of ['', '/:lang']) {
    app.get(`${prefix}/author/:slug`, { config }, (request, reply) => author(request, reply));
    app.get<{ Params: { n: string } }>(`${prefix}/author/:slug/page/:n`, { config }, (request, reply) => author(request, reply, request.params.n));
  }
}
