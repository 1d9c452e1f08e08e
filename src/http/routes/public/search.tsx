import type { FastifyInstance } from 'fastify';
import { parsePageNumber } from '../../../domain/pagination.js';
import { anyoneMayRead } from '../../../policies/public-content.js';
import { presentSearch } from '../../../presenters/search-presenter.js';
import { SearchPage } from '../../../views/pages/search-page.js';
import { sendPage } from '../../html.js';
import type { RouteDeps } from '../../route-deps.js';

const config = { policy: anyoneMayRead };

/** The first value of a query parameter as text (repeated or missing ones included), bounded. */
function text(query: unknown, name: string, max = 512): string {
  const value = (query as Record<string, unknown> | undefined)?.[name];
  const first = Array.isArray(value) ? value[0] : value;
  return typeof first === 'string' ? first.slice(0, max) : '';
}

/** `/search?q=…&section=…&author=…&tag=…&from=…&to=…&page=…`: never an error, whatever is asked. */
export function registerSearchRoutes(app: FastifyInstance, { reader, siteUrl }: RouteDeps<'reader'>): void {
  app.get('/search', { config }, async (request, reply) => {
    const { query } = request;
    const data = await reader.search({
      q: text(query, 'q'),
      section: text(query, 'section', 200),
      author: text(query, 'author', 100),
      tag: text(query, 'tag', 100),
      from: text(query, 'from', 10),
      to: text(query, 'to', 10),
      page: parsePageNumber(text(query, 'page', 8)) ?? 1,
    });
    reply.header('x-robots-tag', 'noindex');
    return sendPage(reply, <SearchPage view={presentSearch(siteUrl, data)} />);
  });
}
