import { z } from 'zod';
import { parsePageNumber } from '../domain/pagination.js';
import { parseRowId } from '../domain/row-id.js';

/** The first value of a field sent once or repeated, as text; anything else is ''. */
export function firstText(max = Infinity) {
  return z.preprocess((value) => {
    const first = Array.isArray(value) ? value[0] : value;
    return typeof first === 'string' ? first.slice(0, max) : '';
  }, z.string());
}

/** A `?page=`-style number: absent is 1; anything but a positive whole number fails (a page that does not exist). */
export const pageNumber = z.unknown().optional().transform((raw, context) => {
  const page = parsePageNumber(raw);
  if (page === null) {
    context.addIssue({ code: 'custom', message: `There is no page "${String(raw)}".` });
    return z.NEVER;
  }
  return page;
});

/** An id sent in a form or query (`?replyto=`), or null when it is not a row id. */
export const optionalId = firstText(13).transform((raw) => parseRowId(raw));
