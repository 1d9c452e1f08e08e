import type { FastifyInstance, FastifyReply } from 'fastify';
import { anyoneMayRead } from '../../../policies/public-content.js';
import { presentSearch } from '../../../presenters/search-presenter.js';
import { SearchPage } from '../../../views/pages/search-page.js';
import { staticSearchScript } from '../../../views/styles/assets.js';
import { sendPage } from '../../html.js';
import { parseInput } from '../../parse-input.js';
import { cachePage } from '../../page-cache/page-cache.js';
import type { RouteDeps } from '../../route-deps.js';
import { searchQuerySchema } from './search.schema.js';

const config = { policy: anyoneMayRead };
/** Where a static copy keeps its search index (`dossier export static`). */
export const STATIC_SEARCH_INDEX = '/search/index.json';
/** Where a static copy keeps the index of one language's articles, read by `/fr/search` (null: every language's). */
export const staticSearchIndex = (language: string | null): string => (language === null ? STATIC_SEARCH_INDEX : `/${language}${STATIC_SEARCH_INDEX}`);

/** `/search?q=…&section=…&author=…&tag=…&from=…&to=…&page=…`: never an error, whatever is asked. */
export function registerSearchRoutes(app: FastifyInstance, { reader, siteUrl, staticCopy }: RouteDeps<'reader'>): void {
  // `/fr/search` searches the French articles (as `/search?lang=fr` does).
  app.get('/:lang/search', { config }, async (request, reply) => {
    const { lang } = request.params as { lang: string };
    if (!(await reader.languages()).includes(lang)) return reply.callNotFound();
    const query = parseInput(searchQuerySchema, staticCopy ? {} : request.query);
    return answer(reply, await reader.search({ ...query, lang }), lang);
  });
  app.get('/search', { config }, async (request, reply) => {
    // A static copy's search page is the empty form; its script searches the exported index.
    return answer(reply, await reader.search(parseInput(searchQuerySchema, staticCopy ? {} : request.query)));
  });
  async function answer(reply: FastifyReply, data: Awaited<ReturnType<typeof reader.search>>, lang: string | null = null) {
    reply.header('x-robots-tag', 'noindex');
    // Any change to a list may change what a search finds.
    cachePage(reply, ['search'], null, 'editors');
    const clientSearch = staticCopy ? { script: staticSearchScript.href, index: staticSearchIndex(lang) } : null;
    return sendPage(reply, <SearchPage view={{ ...presentSearch(siteUrl, data), clientSearch }} />);
  }
}
