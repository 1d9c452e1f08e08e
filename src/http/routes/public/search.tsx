import type { FastifyInstance } from 'fastify';
import { anyoneMayRead } from '../../../policies/public-content.js';
import { presentSearch } from '../../../presenters/search-presenter.js';
import { SearchPage } from '../../../views/pages/search-page.js';
import { sendPage } from '../../html.js';
import { parseInput } from '../../parse-input.js';
import { cachePage } from '../../page-cache/page-cache.js';
import type { RouteDeps } from '../../route-deps.js';
import { searchQuerySchema } from './search.schema.js';

const config = { policy: anyoneMayRead };

/** `/search?q=…&section=…&author=…&tag=…&from=…&to=…&page=…`: never an error, whatever is asked. */
export function registerSearchRoutes(app: FastifyInstance, { reader, siteUrl }: RouteDeps<'reader'>): void {
  app.get('/search', { config }, async (request, reply) => {
    const data = await reader.search(parseInput(searchQuerySchema, request.query));
    reply.header('x-robots-tag', 'noindex');
    // Any change to a list may change what a search finds.
    cachePage(reply, ['search'], null, 'editors');
    return sendPage(reply, <SearchPage view={presentSearch(siteUrl, data)} />);
  });
}
