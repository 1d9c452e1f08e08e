import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { parseRowId } from '../../../domain/row-id.js';
import { anyoneMayRead } from '../../../policies/public-content.js';
import { CORRECTIONS_FEED_PATH, CORRECTIONS_PATH, presentCorrections, presentCorrectionsFeed } from '../../../presenters/corrections-presenter.js';
import type { CorrectionCursor } from '../../../services/articles/ports.js';
import { CorrectionsPage } from '../../../views/pages/corrections-page.js';
import { sendCacheable } from '../../conditional-get.js';
import { sendPage } from '../../html.js';
import { cachePage } from '../../page-cache/page-cache.js';
import { CORRECTIONS_TAG } from '../../page-cache/page-tags.js';
import { parseInput } from '../../parse-input.js';
import { firstText } from '../../query-values.js';
import type { RouteDeps } from '../../route-deps.js';

const config = { policy: anyoneMayRead };

/** `?before=DATE~ID`: the correction a page starts after (an ISO time and a row id); anything else is a 404. */
const correctionsQuerySchema = z.object({
  before: firstText(64).transform((raw, context): CorrectionCursor | null => {
    if (raw === '') return null;
    const match = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,6})?Z)~(\d+)$/.exec(raw);
    const id = match ? parseRowId(match[2]!) : null;
    if (!match || id === null || Number.isNaN(Date.parse(match[1]!))) {
      context.addIssue({ code: 'custom', message: 'Expected DATE~ID, as in the "Older corrections" link.' });
      return z.NEVER;
    }
    return { date: match[1]!, id };
  }),
});

/** `/corrections` and `/corrections/feed.xml`: every correction and update of published articles, newest first. */
export function registerCorrectionsRoutes(app: FastifyInstance, { reader, siteUrl }: RouteDeps<'reader'>): void {
  app.get(CORRECTIONS_PATH, { config }, async (request, reply) => {
    const { before } = parseInput(correctionsQuerySchema, request.query, { missing: 'not-found' });
    const data = await reader.corrections(before);
    // Purged by a new correction and by any change to an article (see page-tags).
    cachePage(reply, [CORRECTIONS_TAG], null, 'editors');
    return sendPage(reply, <CorrectionsPage view={presentCorrections(siteUrl, data, before)} />);
  });
  app.get(CORRECTIONS_FEED_PATH, { config }, async (request, reply) => {
    const data = await reader.corrections(null);
    cachePage(reply, [CORRECTIONS_TAG], null, 'editors');
    const view = presentCorrectionsFeed(siteUrl, data);
    const { FEED_CONTENT_TYPES, renderFeed } = await import('../../../feeds/render-feed.js');
    return sendCacheable(request, reply, renderFeed(view, 'rss'), FEED_CONTENT_TYPES.rss, view.items.length ? view.updated : null);
  });
}
