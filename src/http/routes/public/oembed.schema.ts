import { z } from 'zod';
import { firstText } from '../../query-values.js';

/** `maxwidth` / `maxheight`: absent is no limit; otherwise a whole number of pixels from 1 to 10000. */
const limit = z.unknown().optional().transform((raw, context) => {
  if (raw === undefined || raw === '') return null;
  const text = Array.isArray(raw) ? raw[0] : raw;
  const value = typeof text === 'string' && /^\d{1,5}$/.test(text) ? Number(text) : NaN;
  if (!(value >= 1 && value <= 10_000)) {
    context.addIssue({ code: 'custom', message: 'Expected a whole number of pixels from 1 to 10000.' });
    return z.NEVER;
  }
  return value;
});

/** The oEmbed query: the article's address (required), the format (json by default), the consumer's limits. */
export const oembedQuerySchema = z.object({
  url: firstText(2048).pipe(z.string().min(1, 'Give the address of an article (?url=).')),
  format: firstText(20).transform((format) => format || 'json'),
  maxwidth: limit,
  maxheight: limit,
});
