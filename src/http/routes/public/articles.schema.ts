import { z } from 'zod';
import { firstText, optionalId, pageNumber } from '../../query-values.js';
import { sqlText } from '../../route-values.js';

/** The path of an article or page: its slug is looked up (the other parts of the shape only redirect). */
export const articleParamsSchema = z.object({ slug: sqlText });

/**
 * The query of an article page: its page of comments (malformed: a page that does not
 * exist), the comment a no-JavaScript reply answers, and what became of the reader's
 * last comment (set by the redirect after posting).
 */
export const articleQuerySchema = z.object({
  cpage: pageNumber,
  replyto: optionalId,
  commented: firstText(20).transform((notice) => notice || null),
});
