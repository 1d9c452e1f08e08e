import { test } from 'node:test';
import assert from 'node:assert/strict';
import { z } from 'zod';
import { m } from './errors.js';
import { issueMessage, schemaMessage } from './schema-messages.js';

const FORM = z.object({
  name: z.string().trim().min(1),
  code: z.string().min(3),
  bio: z.string().max(20),
  site: z.url(),
  email: z.email(),
  slug: z.string().regex(/^[a-z]+$/),
  kind: z.enum(['news', 'essay']),
  count: z.coerce.number().int().min(1).max(9),
  tags: z.array(z.string()).min(1).max(2),
  zone: z.string().refine(() => false),
  title: z.string().min(1, schemaMessage(m`Enter the headline of ${'the piece'}.`)),
});

/** The message for each field of one bad submission (the first issue per field). */
function messages(input: Record<string, unknown>): Record<string, { text: string; template: string; values: readonly (string | number)[] }> {
  const parsed = FORM.safeParse(input);
  assert.equal(parsed.success, false);
  const out: Record<string, { text: string; template: string; values: readonly (string | number)[] }> = {};
  for (const issue of parsed.error!.issues) {
    const { text, template, values } = issueMessage(issue);
    out[String(issue.path[0])] ??= { text, template, values };
  }
  return out;
}

test('each kind of zod issue becomes a message of its own, with its limit as a value', () => {
  const found = messages({ name: ' ', code: 'ab', bio: 'x'.repeat(21), site: 'not a url', email: 'nobody', slug: 'Not-A-Slug', kind: 'poem', count: '12', tags: ['a', 'b', 'c'], zone: 'x', title: '' });
  assert.deepEqual(
    Object.fromEntries(Object.entries(found).map(([field, message]) => [field, message.text])),
    {
      name: 'Fill in this field.',
      code: 'Too short: use at least 3 characters.',
      bio: 'Too long: 20 characters at most.',
      site: 'Enter an http(s) address such as https://example.org/.',
      email: 'Enter an email address such as name@example.org.',
      slug: 'This value is not in the expected form.',
      kind: 'Choose one of: news, essay.',
      count: 'Enter a number of at most 9.',
      tags: 'Too many: 2 at most.',
      zone: 'This value is not valid.',
      title: 'Enter the headline of the piece.',
    },
  );
  assert.equal(found['bio']!.template, 'Too long: {{0}} characters at most.');
  assert.deepEqual(found['bio']!.values, [20]);
  assert.equal(found['title']!.template, 'Enter the headline of {{0}}.', 'a check\'s own message keeps its template');
});

test('a missing field and an empty list or too small a number say so', () => {
  const found = messages({ code: 'abc', bio: '', site: 'https://example.org/', email: 'a@example.org', slug: 'ok', kind: 'news', count: '0', tags: [], zone: 'x', title: 't' });
  assert.equal(found['name']!.text, 'Fill in this field.');
  assert.equal(found['count']!.text, 'Enter a number of at least 1.');
  assert.equal(found['tags']!.text, 'Choose at least 1.');
});

test('a schema\'s own words not written with schemaMessage stay as they are', () => {
  const parsed = z.object({ email: z.string().min(1, 'Enter your email address.') }).safeParse({ email: '' });
  assert.equal(parsed.success, false);
  assert.deepEqual(issueMessage(parsed.error!.issues[0]!), { text: 'Enter your email address.', template: 'Enter your email address.', values: [] });
});

test('a union with no value is a missing field; with a wrong one, an invalid value', () => {
  const schema = z.object({ events: z.union([z.string(), z.array(z.string())]) });
  const missing = schema.safeParse({});
  const wrong = schema.safeParse({ events: 5 });
  assert.equal(issueMessage(missing.error!.issues[0]!).text, 'Fill in this field.');
  assert.equal(issueMessage(wrong.error!.issues[0]!).text, 'This value is not valid.');
});
