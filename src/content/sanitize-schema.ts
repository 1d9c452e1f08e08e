import { defaultSchema } from 'rehype-sanitize';
import type { Options as SanitizeSchema } from 'rehype-sanitize';

/**
 * The one allow-list for HTML from Markdown: GitHub's defaults plus the data attributes
 * of our note markers (linked after sanitising, by trusted code).
 */
export const sanitizeSchema: SanitizeSchema = {
  ...defaultSchema,
  attributes: {
    ...defaultSchema.attributes,
    sup: [...(defaultSchema.attributes?.['sup'] ?? []), 'dataNote', 'dataOccurrence'],
  },
};

/** The allow-list for reader comments: paragraphs, line breaks and http(s) links, nothing else. */
export const commentSanitizeSchema: SanitizeSchema = {
  tagNames: ['p', 'br', 'a'],
  attributes: { a: ['href', ['rel', 'nofollow', 'ugc', 'noopener']] },
  protocols: { href: ['http', 'https'] },
  strip: ['script', 'style'],
};
