import type { FastifyInstance } from 'fastify';
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
import { listQuerySchema } from './lists.schema.js';

const config = { policy: anyoneMayRead };
const pageOf = (query: unknown): number => parseInput(listQuerySchema, query, { missing: 'not-found' }).page;

/** A list page shows its list, and the cards of its articles with their comment counts. */
const listPageTags = (key: ListingKey, data: ListData) => [listTag(key), ...data.list.items.flatMap((item) => [cardTag(item.id), countTag(item.id)])];

/** Home, section, tag and author pages. */
export function registerListRoutes(app: FastifyInstance, { reader, siteUrl }: RouteDeps<'reader'>): void {
  app.get('/', { config }, async (request, reply) => {
    // WordPress addresses such as "/?p=123" or "/?page_id=7" live on in the redirects table.
    if (/[?&](p|page_id|cat|tag|author)=/.test(request.url)) {
      const redirect = await reader.redirectFor(request.url);
      if (redirect) return reply.redirect(redirect.toPath, redirect.statusCode);
    }
    const data = await reader.home(pageOf(request.query));
    cachePage(reply, listPageTags({ scope: 'home', scopeId: 0 }, data), null, 'editors');
    return sendPage(reply, <ListPage view={presentHome(siteUrl, data)} />);
  });

  app.get<{ Params: { '*': string } }>('/section/*', { config }, async (request, reply) => {
    const path = request.params['*'];
    const data = await reader.section(path, pageOf(request.query));
    const view = presentSection(siteUrl, data);
    const canonicalPath = new URL(view.head.canonical).pathname;
    if (canonicalPath !== `/section/${path}` && data.list.page === 1) return reply.redirect(canonicalPath, 301);
    cachePage(reply, listPageTags({ scope: 'section', scopeId: data.section.id }, data), null, 'editors');
    return sendPage(reply, <ListPage view={view} />);
  });

  app.get<{ Params: { slug: string } }>('/tag/:slug', { config }, async (request, reply) => {
    const data = await reader.tag(request.params.slug, pageOf(request.query));
    cachePage(reply, listPageTags({ scope: 'tag', scopeId: data.tag.id }, data), null, 'editors');
    return sendPage(reply, <ListPage view={presentTag(siteUrl, data)} />);
  });

  app.get<{ Params: { slug: string } }>('/author/:slug', { config }, async (request, reply) => {
    const data = await reader.author(request.params.slug, pageOf(request.query));
    cachePage(reply, listPageTags({ scope: 'author', scopeId: data.author.id }, data), null, 'editors');
    return sendPage(reply, <ListPage view={presentAuthor(siteUrl, data)} />);
  });
}
