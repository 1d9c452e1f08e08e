import type { z } from 'zod';
import { invalid, notFound } from '../domain/errors.js';
import { issueMessage } from '../domain/schema-messages.js';

/** The field a schema issue is about, as a dotted path (`tags.0`), or undefined for the whole input. */
export function issueField(issue: z.core.$ZodIssue): string | undefined {
  return issue.path.length > 0 ? issue.path.map(String).join('.') : undefined;
}

/**
 * Parses request input with its route's schema. A wrong value is a 400 that names the
 * field; with `missing: 'not-found'` it is a 404 instead (a list page that does not exist).
 */
export function parseInput<S extends z.ZodType>(schema: S, value: unknown, options: { missing?: 'not-found' } = {}): z.infer<S> {
  const parsed = schema.safeParse(value ?? {});
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0]!;
  const field = issueField(issue);
  if (options.missing === 'not-found') throw notFound(`There is no such page${field ? ` (${field})` : ''}.`);
  // The English names the field; a translation (the form shows it beside the field) need not.
  const { template, values } = issueMessage(issue);
  throw invalid({ text: field ? `${field}: ${issue.message}` : issue.message, template, values }, field);
}
