import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { mayWriteArticles } from '../../../policies/articles.js';
import { parseInput } from '../../parse-input.js';
import type { RouteDeps } from '../../route-deps.js';

// JSON routes of the editor's "Add source" (CSRF-checked like every admin POST); errors answer the one JSON error shape.
const config = { policy: mayWriteArticles, json: true };

const resolveSchema = z.object({ identifier: z.string().max(2000, 'The identifier is longer than 2000 characters.') });
/** The review panel's editable fields (ReviewFields). */
const REVIEW_FIELD_NAMES = ['title', 'authors', 'container', 'year', 'volume', 'issue', 'pages', 'url', 'doi'] as const;
const field = z.string().max(2000, 'A field is longer than 2000 characters.').optional();
const formatSchema = z.object({
  item: z.record(z.string(), z.unknown()),
  fields: z.object(Object.fromEntries(REVIEW_FIELD_NAMES.map((name) => [name, field])) as Record<(typeof REVIEW_FIELD_NAMES)[number], typeof field>).default({}),
});

/** `POST /admin/sources/resolve` {identifier} and `POST /admin/sources/format` {item, fields}: a source to review, in the site's style. */
export function registerAddSourceRoutes(app: FastifyInstance, { addSource }: RouteDeps<'addSource'>): void {
  app.post('/admin/sources/resolve', { config, bodyLimit: 16 * 1024 }, async (request) => {
    const { identifier } = parseInput(resolveSchema, request.body);
    return addSource.resolve(identifier);
  });
  app.post('/admin/sources/format', { config, bodyLimit: 64 * 1024 }, async (request) => {
    const { item, fields } = parseInput(formatSchema, request.body);
    return addSource.format(item, fields);
  });
}
