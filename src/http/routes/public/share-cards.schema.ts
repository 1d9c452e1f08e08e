import { z } from 'zod';
import { sqlText } from '../../route-values.js';

/** The file of an article's share card: `<slug>.png`; anything else names no card (404). */
export const shareCardParamsSchema = z.object({
  file: sqlText.pipe(z.string().regex(/^.+\.png$/, 'A card is a .png file.')).transform((file) => file.slice(0, -'.png'.length)),
});

/** `?v=` is the version the page that links the card named; when current, the answer never changes. */
export const shareCardQuerySchema = z.object({ v: z.unknown().optional().transform((v) => (typeof v === 'string' ? v : null)) });
