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
