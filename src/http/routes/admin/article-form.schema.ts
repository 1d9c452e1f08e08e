import { z } from 'zod';
import { m } from '../../../domain/errors.js';
import { fromZonedLocal } from '../../../domain/time-zone.js';
import { ARTICLE_TYPES } from '../../../domain/article-type.js';
import { SHARE_CARD_FIELDS } from '../../../domain/editorial.js';
import type { EditorAction, EditorFields } from '../../../services/articles/editor-form.js';
import { optionalRowId, storedCount } from '../../route-values.js';

// `tooLong` is the whole message (m-tagged where it is written, so the admin shows it translated).
const text = (max: number, tooLong: string) => z.string().max(max, tooLong).optional().default('');
const optionalText = (max: number, tooLong: string) => z.string().max(max, tooLong).optional();
const MAX_AUTHORS = 8;

/** The editor form, as submitted (also by autosave). */
export const articleFormSchema = z.object({
  title: z.string().trim().min(1, m`Enter a title.`.text).max(300, m`The title is too long (300 characters at most).`.text),
  slug: text(200, m`The slug is too long (200 characters at most).`.text),
  dek: text(1000, m`The dek is too long (1,000 characters at most).`.text),
  body: z.string().max(500_000, m`The text is too long (500,000 characters at most).`.text).optional().default(''),
  section: text(200, m`The section is too long (200 characters at most).`.text),
  tags: z.union([z.string(), z.array(z.string())]).optional(),
  featuredMediaId: optionalRowId(m`Choose an image from the list.`.text),
  featuredAlt: text(500, m`The alt text is too long (500 characters at most).`.text),
  seoTitle: text(300, m`The SEO title is too long (300 characters at most).`.text),
  seoDescription: text(1000, m`The SEO description is too long (1,000 characters at most).`.text),
  // Absent (an older form, a script): the article keeps what it has.
  featuredCaption: optionalText(1000, m`The caption is too long (1,000 characters at most).`.text),
  ogTitle: optionalText(300, m`The Open Graph title is too long (300 characters at most).`.text),
  ogDescription: optionalText(1000, m`The Open Graph description is too long (1,000 characters at most).`.text),
  ogImage: optionalText(2000, m`The Open Graph image address is too long (2,000 characters at most).`.text),
  twitterTitle: optionalText(300, m`The Twitter title is too long (300 characters at most).`.text),
  twitterDescription: optionalText(1000, m`The Twitter description is too long (1,000 characters at most).`.text),
  twitterImage: optionalText(2000, m`The Twitter image address is too long (2,000 characters at most).`.text),
  articleType: z.enum(['', ...ARTICLE_TYPES], { message: m`Choose an article type from the list.`.text }).optional(),
  language: text(35, m`The language is too long (35 characters at most).`.text),
  publishedAt: z.string().regex(/^(?:\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2})?)?$/, m`Enter a date and time such as 2026-05-03T09:00.`.text).optional().default(''),
  version: z.string().regex(/^\d+$/, m`The form lost its version; reload the article.`.text).pipe(storedCount).optional(),
  action: z.enum(['save', 'publish', 'schedule', 'unpublish']).optional().default('save'),
}).loose();

/** Authors come as author1, author2… selects, in byline order. */
export function authorsFrom(values: Record<string, unknown>): string[] {
  const slugs: string[] = [];
  for (let i = 1; i <= MAX_AUTHORS; i++) {
    const slug = values[`author${i}`];
    if (typeof slug === 'string' && slug !== '' && !slugs.includes(slug)) slugs.push(slug);
  }
  return slugs;
}

/** Editor fields, action and version from a parsed form. */
export function editorRequest(data: z.infer<typeof articleFormSchema>, values: Record<string, unknown>, timeZone = 'UTC'): { fields: EditorFields; action: EditorAction; version?: number } {
  const tags = data.tags === undefined ? [] : Array.isArray(data.tags) ? data.tags : [data.tags];
  const at = data.publishedAt;
  const given = SHARE_CARD_FIELDS.filter((f) => data[f] !== undefined);
  const shareCard = given.length > 0 ? Object.fromEntries(given.map((f) => [f, data[f]!])) : null;
  return {
    fields: {
      title: data.title,
      slug: data.slug.trim(),
      dek: data.dek,
      body: data.body.replace(/\r\n/g, '\n'),
      sectionSlug: data.section,
      tagSlugs: tags.filter((t) => t !== ''),
      authorSlugs: authorsFrom(values),
      // The form shows the site's time zone; the label names it.
      publishedAt: at ? (fromZonedLocal(at, timeZone) ?? at) : '',
      featuredMediaId: data.featuredMediaId,
      featuredAlt: data.featuredAlt,
      seoTitle: data.seoTitle,
      seoDescription: data.seoDescription,
      ...(data.articleType !== undefined ? { articleType: data.articleType } : {}),
      language: data.language,
      ...(data.featuredCaption !== undefined ? { featuredCaption: data.featuredCaption } : {}),
      ...(shareCard ? { shareCard } : {}),
    },
    action: data.action,
    ...(data.version ? { version: data.version } : {}),
  };
}

/** What the user typed, shaped for the form again (authors as a list). */
export function typedValues(values: Record<string, string | string[]>): Record<string, string | string[]> {
  return { ...values, authors: authorsFrom(values) };
}

/** The JSON the live preview and the footnote helper send. */
export const bodyOnlySchema = z.object({ body: z.string().max(500_000, 'The text is too long.') });

/** `/admin/articles?status=…&lint=1`: an unknown status or flag lists everything. */
export const articleListQuerySchema = z.object({
  status: z.enum(['draft', 'scheduled', 'published']).optional().catch(undefined),
  lint: z.unknown().optional().transform((value) => value === '1'),
});
