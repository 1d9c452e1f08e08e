import { z } from 'zod';
import { invalid } from '../../../domain/errors.js';
import { parseContentFilter, type ContentFilter, type FilterResource } from '../../../domain/content-filter.js';
import type { NameOrder, NameTerm } from '../../../services/content-api/ports.js';
import { sqlText } from '../../route-values.js';

/** The most items one answer holds; `limit=all` and larger limits get this many a page (see `meta.pagination`). */
export const MAX_LIMIT = 100;
/** Ghost's default page size. */
export const DEFAULT_LIMIT = 15;

/** What each resource may `include=`. */
export const INCLUDES = {
  posts: ['tags', 'authors', 'references'],
  pages: ['tags', 'authors', 'references'],
  tags: ['count.posts'],
  authors: ['count.posts'],
} as const;

/** Which body formats may be asked for. */
export const FORMATS = ['html', 'plaintext'] as const;

/** The Ghost resources with a browse. */
export type Resource = keyof typeof INCLUDES;

/** A comma-separated list of names (`tags,authors`). */
const nameList = (allowed: readonly string[] | null) => z.string().max(500).transform((raw, context) => {
  const names = raw.split(',').map((n) => n.trim()).filter((n) => n !== '');
  for (const name of names) {
    if (allowed ? !allowed.includes(name) : !/^[a-z_]{1,40}$/.test(name)) {
      context.addIssue({ code: 'custom', message: allowed ? `Unknown value "${name}"; use any of: ${allowed.join(', ')}.` : `"${name}" is not a field name.` });
      return z.NEVER;
    }
  }
  return names;
});

/** `limit`: 1 to MAX_LIMIT (larger is MAX_LIMIT), or `all` (MAX_LIMIT a page). */
const limit = z.string().optional().transform((raw, context) => {
  if (raw === undefined || raw === '') return { n: DEFAULT_LIMIT, all: false };
  if (raw === 'all') return { n: MAX_LIMIT, all: true };
  if (!/^[1-9][0-9]{0,8}$/.test(raw)) {
    context.addIssue({ code: 'custom', message: `Expected a whole number from 1, or "all"; got "${raw}".` });
    return z.NEVER;
  }
  return { n: Math.min(Number(raw), MAX_LIMIT), all: false };
});

/** `page`: 1 and up. */
const page = z.string().optional().transform((raw, context) => {
  if (raw === undefined || raw === '') return 1;
  if (!/^[1-9][0-9]{0,5}$/.test(raw)) {
    context.addIssue({ code: 'custom', message: `Expected a page number from 1 to 999999; got "${raw}".` });
    return z.NEVER;
  }
  return Number(raw);
});

/** `order`: Ghost's "published_at desc" (the default) or "published_at asc". */
const order = z.string().optional().transform((raw, context) => {
  if (raw === undefined || raw.trim() === '') return 'desc' as const;
  const match = /^\s*published_at(?:\s+(asc|desc))?\s*$/i.exec(raw);
  if (!match) {
    context.addIssue({ code: 'custom', message: `Posts are ordered by publication date only: "published_at desc" or "published_at asc"; got "${raw}".` });
    return z.NEVER;
  }
  return (match[1]?.toLowerCase() ?? 'desc') as 'asc' | 'desc';
});

/** `filter` in NQL, parsed for one resource. */
const filterOf = (resource: FilterResource) => sqlText.max(1000).optional().transform((raw): ContentFilter | null => (raw ? parseContentFilter(raw, resource) : null));

/** `order` of tags and authors: by `name` or `slug`, `asc` (the default) or `desc`; null for the site's order. */
const nameOrder = z.string().optional().transform((raw, context): NameOrder | null => {
  if (raw === undefined || raw.trim() === '') return null;
  const match = /^\s*(name|slug)(?:\s+(asc|desc))?\s*$/i.exec(raw);
  if (!match) {
    context.addIssue({ code: 'custom', message: `Tags and authors are ordered by "name" or "slug", then "asc" or "desc"; got "${raw}".` });
    return z.NEVER;
  }
  return { field: match[1]!.toLowerCase() as NameOrder['field'], direction: (match[2]?.toLowerCase() ?? 'asc') as NameOrder['direction'] };
});

function querySchema<O extends z.ZodType>(resource: Resource, orderSchema: O) {
  return z.object({
    limit,
    page,
    order: orderSchema,
    include: nameList(INCLUDES[resource]).optional(),
    fields: nameList(null).optional(),
    formats: nameList(FORMATS).optional(),
    filter: filterOf(resource),
  });
}

/** The query of a browse or read of posts or pages; unknown parameters are ignored, as Ghost does. */
export const browseQuerySchema = (resource: 'posts' | 'pages') => querySchema(resource, order);
/** The query of a browse or read of tags or authors. */
export const nameQuerySchema = (resource: 'tags' | 'authors') => querySchema(resource, nameOrder);

/** A tag or author filter as the terms the store applies: slug and id terms joined with `+`. */
export function nameTerms(filter: ContentFilter | null): NameTerm[] {
  if (!filter) return [];
  const terms = filter.kind === 'and' ? filter.of : [filter];
  return terms.map((term) => {
    if (term.kind !== 'field') throw invalid('Tags and authors are filtered by slug and id terms joined with + (e.g. slug:[a,b]+id:-tag-3).', 'filter');
    return { field: term.field, values: term.values, negate: term.negate };
  });
}

/** `/posts/:id/` and the like. */
export const idParamsSchema = z.object({ id: sqlText.max(100) });
/** `/posts/slug/:slug/` and the like. */
export const slugParamsSchema = z.object({ slug: sqlText.max(200) });
