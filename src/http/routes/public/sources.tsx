import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { anyoneMayRead } from '../../../policies/public-content.js';
import { presentSources } from '../../../presenters/sources-presenter.js';
import { SourcesPage } from '../../../views/pages/sources-page.js';
import { sendPage } from '../../html.js';
import { cachePage } from '../../page-cache/page-cache.js';
import { SOURCES_TAG } from '../../page-cache/page-tags.js';
import { parseInput } from '../../parse-input.js';
import { firstText } from '../../query-values.js';
import type { RouteDeps } from '../../route-deps.js';
import { sqlText } from '../../route-values.js';

const config = { policy: anyoneMayRead };
/** `?after=URL`: where a page of sources starts (a link URL, at most 2000 characters); a NUL byte is a 404. */
const sourcesQuerySchema = z.object({ after: firstText(2000).pipe(sqlText) });

/** `/sources`: every checked link published articles cite, once, with its health and the articles citing it. */
export function registerSourcesRoutes(app: FastifyInstance, { reader, siteUrl }: RouteDeps<'reader'>): void {
  app.get('/sources', { config }, async (request, reply) => {
    const { after } = parseInput(sourcesQuerySchema, request.query, { missing: 'not-found' });
    const data = await reader.sources(after);
    // Purged by any change to an article, its notes or a link check (see page-tags).
    cachePage(reply, [SOURCES_TAG], null, 'editors');
    return sendPage(reply, <SourcesPage view={presentSources(siteUrl, data, after)} />);
  });
}
