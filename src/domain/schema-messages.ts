import { z } from 'zod';
import { m, type Message } from './errors.js';

/** A problem zod found in an input. */
export type SchemaIssue = z.core.$ZodIssue;

// A schema check's own message, by its English text (the text is what zod hands back in the issue).
const OWN_MESSAGES = new Map<string, Message>();

/**
 * A schema check's own message (write `.min(1, schemaMessage(m\`Enter a name.\`))`): the
 * English text zod reports, remembered so issueMessage can give back the translatable message.
 */
export function schemaMessage(message: Message): string {
  OWN_MESSAGES.set(message.text, message);
  return message.text;
}

function sizeMessage(issue: z.core.$ZodIssueTooSmall | z.core.$ZodIssueTooBig): Message {
  const limit = Number(issue.code === 'too_small' ? issue.minimum : issue.maximum);
  if (issue.code === 'too_small') {
    if (issue.origin === 'string') return limit <= 1 ? m`Fill in this field.` : m`Too short: use at least ${limit} characters.`;
    if (issue.origin === 'array' || issue.origin === 'set') return m`Choose at least ${limit}.`;
    return m`Enter a number of at least ${limit}.`;
  }
  if (issue.origin === 'string') return m`Too long: ${limit} characters at most.`;
  if (issue.origin === 'array' || issue.origin === 'set') return m`Too many: ${limit} at most.`;
  return m`Enter a number of at most ${limit}.`;
}

// zod's own English, to tell its default messages from a schema's own words.
const ZOD_ENGLISH = z.locales.en().localeError;

function isZodDefault(issue: SchemaIssue): boolean {
  // zod leaves the input out of its issues, so only the start of this one can be compared.
  if (issue.code === 'invalid_type') return issue.message.startsWith('Invalid input: expected ');
  const standard = ZOD_ENGLISH(issue as unknown as z.core.$ZodRawIssue);
  return (typeof standard === 'string' ? standard : standard?.message) === issue.message;
}

/**
 * The params of a custom issue whose message is worked out from the value (write
 * `ctx.addIssue({ code: 'custom', message: problem.text, params: ownMessage(problem) })`).
 */
export function ownMessage(message: Message): { message: Message } {
  return { message };
}

function paramsMessage(issue: SchemaIssue): Message | undefined {
  const params = issue.code === 'custom' ? (issue.params as { message?: Message } | undefined) : undefined;
  return params?.message && typeof params.message.template === 'string' ? params.message : undefined;
}

/**
 * What a zod issue tells the user, as a translatable message: the check's own message when
 * it has one (schemaMessage; other own words stay as written), else one written for the kind
 * of issue in place of zod's English, which cannot be translated. The field is the issue's path; forms show the message beside it.
 */
export function issueMessage(issue: z.core.$ZodIssue): Message {
  const own = OWN_MESSAGES.get(issue.message) ?? paramsMessage(issue);
  if (own) return own;
  // A schema's own words not written with schemaMessage: kept as they are (English).
  if (!isZodDefault(issue)) return { text: issue.message, template: issue.message, values: [] };
  switch (issue.code) {
    case 'too_small':
    case 'too_big':
      return sizeMessage(issue);
    case 'invalid_format':
      if (issue.format === 'url') return m`Enter an http(s) address such as https://example.org/.`;
      if (issue.format === 'email') return m`Enter an email address such as name@example.org.`;
      return m`This value is not in the expected form.`;
    case 'invalid_value':
      return m`Choose one of: ${issue.values.map(String).join(', ')}.`;
    case 'invalid_type':
      // zod v4 leaves the input out of its issues; its English says when there was none.
      return /received undefined$/.test(issue.message) ? m`Fill in this field.` : m`This value is not valid.`;
    case 'invalid_union':
      // No option took a value that was not there: a missing field.
      return issue.errors.length > 0 && issue.errors.every((option) => option.some((inner) => inner.code === 'invalid_type' && /received undefined$/.test(inner.message)))
        ? m`Fill in this field.` : m`This value is not valid.`;
    default:
      return m`This value is not valid.`;
  }
}
