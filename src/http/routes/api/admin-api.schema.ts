import { z } from 'zod';
import { parseContentFilter, type ContentFilter } from '../../../domain/content-filter.js';
import { sqlText } from '../../route-values.js';

// Bodies and queries of the Admin API. Bodies follow Ghost's `{resource: [object]}` form;
// fields Dossier does not keep (mobiledoc, visibility, og_image…) are accepted and ignored,
// so a client may send back a post it has read.

/** `limit` (1 to 100, `all` is 100) and `page` of a browse. */
export const browseQuerySchema = z.object({
  limit: z.union([z.literal('all'), z.string().regex(/^[1-9][0-9]{0,8}$/, 'Expected a whole number from 1, or "all".')]).optional()
    .transform((raw) => (raw === undefined ? 15 : raw === 'all' ? 100 : Math.min(Number(raw), 100))),
  page: z.string().regex(/^[1-9][0-9]{0,5}$/, 'Expected a page number from 1.').optional().transform((raw) => (raw === undefined ? 1 : Number(raw))),
  /** NQL, parsed per resource by the Content API's parser (`adminFilterSchema`). */
  filter: sqlText.max(1000, 'The filter is longer than 1000 characters.').optional(),
});

/** `filter` of a posts or pages browse: the Content API's NQL plus `status:` (`tag:news+status:draft`, `author:[a,b],featured:true`). */
export const adminFilterOf = (resource: 'posts' | 'pages', raw: string | undefined): ContentFilter | null =>
  (raw ? parseContentFilter(raw, resource === 'posts' ? 'admin_posts' : 'admin_pages') : null);

/** `?source=html`: the post's `html` is its body (converted to Markdown with its footnotes). */
export const writeQuerySchema = z.object({ source: z.enum(['html']).optional() });

/** `/posts/:id/`: a row id. */
export const rowIdParamsSchema = z.object({ id: z.string().regex(/^[1-9][0-9]{0,9}$/, 'Expected a numeric id.').transform(Number).refine((n) => n <= 2147483647, 'The id is too large.') });
/** `/tags/:id/`: `tag-5` (or 5); `/sections/:id/`: `section-3` (or 3). */
export const prefixedIdParams = (prefix: 'tag' | 'section') => z.object({
  id: z.string().regex(new RegExp(`^(?:${prefix}-)?[1-9][0-9]{0,9}$`), `Expected an id like ${prefix}-3.`).transform((raw) => Number(raw.replace(`${prefix}-`, ''))).refine((n) => n <= 2147483647, 'The id is too large.'),
});
/** `/posts/slug/:slug/`. */
export const slugParamsSchema = z.object({ slug: sqlText.max(200) });

const text = (max: number) => sqlText.max(max, `Keep it under ${max} characters.`);
const isoTime = z.string().max(40).refine((raw) => !Number.isNaN(Date.parse(raw)), 'Expected an ISO 8601 date and time.');

/** A tag as a post names it: a name, or an object with id, slug or name. */
const tagRef = z.union([
  text(200).transform((name) => ({ name })),
  z.object({ id: text(40).optional(), slug: text(200).optional(), name: text(200).optional() })
    .refine((t) => t.id !== undefined || t.slug !== undefined || t.name !== undefined, 'Name each tag by id, slug or name.'),
]);

/** An author as a post names one: a slug, or an object with id or slug. */
const authorRef = z.union([
  text(200).transform((slug) => ({ slug })),
  z.object({ id: text(40).optional(), slug: text(200).optional() }).refine((a) => a.id !== undefined || a.slug !== undefined, 'Name each author by id or slug.'),
]);

const postFields = z.object({
  title: text(300).optional(),
  slug: text(200).optional(),
  markdown: text(2_000_000).optional(),
  html: text(4_000_000).optional(),
  status: z.enum(['draft', 'published', 'scheduled']).optional(),
  published_at: isoTime.nullable().optional(),
  custom_excerpt: text(1000).nullable().optional(),
  featured: z.boolean().optional(),
  tags: z.array(tagRef).max(50).optional(),
  authors: z.array(authorRef).max(20).optional(),
  section: text(200).nullable().optional(),
  feature_image: text(2000).nullable().optional(),
  feature_image_alt: text(500).nullable().optional(),
  feature_image_caption: text(1000).nullable().optional(),
  meta_title: text(300).nullable().optional(),
  meta_description: text(1000).nullable().optional(),
  og_title: text(300).nullable().optional(),
  og_description: text(1000).nullable().optional(),
  og_image: text(2000).nullable().optional(),
  twitter_title: text(300).nullable().optional(),
  twitter_description: text(1000).nullable().optional(),
  twitter_image: text(2000).nullable().optional(),
  updated_at: isoTime.optional(),
});

/** One object under the resource's root key, as Ghost's clients send it. */
const rooted = <S extends z.ZodType>(key: string, item: S) =>
  z.object({ [key]: z.array(item).length(1, `Send one object in a "${key}" array.`) })
    .transform((body): z.infer<S> => (body[key] as Array<z.infer<S>>)[0]!);

/** POST /posts/ and /pages/. */
export const postAddSchema = (root: 'posts' | 'pages') => rooted(root, postFields);
/** PUT /posts/:id/: `updated_at` is required (it must match the post's). */
export const postEditSchema = (root: 'posts' | 'pages') => rooted(root, postFields.extend({ updated_at: isoTime }));

/** POST and PUT /tags/. */
export const tagWriteSchema = rooted('tags', z.object({ name: text(200).optional(), slug: text(200).optional() }));
/** POST and PUT /users/ (Dossier's authors; also at /authors/). */
export const authorWriteSchema = (root: 'users' | 'authors') => rooted(root, z.object({
  name: text(200).optional(), slug: text(200).optional(), bio: text(5000).nullable().optional(), email: z.email().max(320).nullable().optional(),
}));
/** POST and PUT /sections/ (Dossier's). */
export const sectionWriteSchema = rooted('sections', z.object({
  name: text(200).optional(), slug: text(200).optional(), description: text(5000).nullable().optional(), parent: text(200).nullable().optional(),
}));
/** DELETE /users/:id/?reassign=SLUG: the author who takes over the articles the deleted one wrote alone (Dossier's). */
export const authorDeleteQuerySchema = z.object({ reassign: text(200).optional() });
/** PUT /comments/:id/: approve, spam, trash, or back to pending (Dossier's). */
export const commentStatusSchema = rooted('comments', z.object({ status: z.enum(['pending', 'approved', 'spam', 'trash']) }));
/** GET /comments/?status=. */
export const commentQuerySchema = z.object({
  status: z.enum(['pending', 'approved', 'spam', 'trash']).optional(),
  limit: z.string().regex(/^[1-9][0-9]{0,2}$/, 'Expected a whole number from 1 to 999.').optional().transform((raw) => (raw === undefined ? 100 : Math.min(Number(raw), 500))),
});
