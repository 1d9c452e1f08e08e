import { z } from 'zod';
import { MAX_ROW_ID, parseRowId } from '../domain/row-id.js';

// The two kinds of request value that reach SQL: row ids (compared with 32-bit integer
// columns, so a larger number is an error on PostgreSQL) and text (PostgreSQL text cannot
// hold NUL). Every path parameter, query value and form field that becomes one goes through these.

/** Text compared or stored in SQL: any string without a NUL character. */
export const sqlText = z.string().refine((value) => !value.includes('\u0000'), 'must not contain a NUL character (%00).');

/** A row id as sent (`"42"`): a positive whole number up to 2147483647, as a number. */
export const rowId = z.string().transform((value, context) => {
  const id = parseRowId(value);
  if (id === null) {
    context.addIssue({ code: 'custom', message: `Expected a positive whole number up to ${MAX_ROW_ID}.` });
    return z.NEVER;
  }
  return id;
});

/** A count kept in an integer column (an article's version): a whole number from 0 to 2147483647. */
export const storedCount = z.string().transform((value, context) => {
  const count = value === '0' ? 0 : parseRowId(value);
  if (count === null) {
    context.addIssue({ code: 'custom', message: `Expected a whole number up to ${MAX_ROW_ID}.` });
    return z.NEVER;
  }
  return count;
});

/** An optional id field of a form (a select): '' or absent is none (null), else a row id; `message` when it is neither. */
export function optionalRowId(message = 'Choose from the list.') {
  return z
    .string()
    .optional()
    .transform((value, context) => {
      if (value === undefined || value === '') return null;
      const id = parseRowId(value);
      if (id === null) {
        context.addIssue({ code: 'custom', message });
        return z.NEVER;
      }
      return id;
    });
}

/** Path parameters that are all text (slugs, section paths): none may hold NUL. */
export const textParams = z.record(z.string(), sqlText);

/** Path parameters `{ id }`. */
export const idParams = z.object({ id: rowId });
