import { test } from 'node:test';
import assert from 'node:assert/strict';
import { z } from 'zod';
import { formWithIssues } from './admin-chrome.js';

const schema = z.object({ name: z.string().trim().min(1), bio: z.string().max(1000), kind: z.enum(['news', 'essay']) });

test('schema errors of a form are shown beside their fields in the admin language', () => {
  const parsed = schema.safeParse({ name: '', bio: 'x'.repeat(1001), kind: 'poem' });
  assert.equal(parsed.success, false);
  const values = { name: '', bio: 'x', kind: 'poem' };
  const french = formWithIssues(values, parsed.error!.issues, 'fr');
  assert.equal(french.errors['name'], 'Remplissez ce champ.');
  assert.match(french.errors['bio'] ?? '', /^Trop long : 1\s000 caractères au plus\.$/);
  assert.equal(french.errors['kind'], 'Choisissez parmi : news, essay.');
  const persian = formWithIssues(values, parsed.error!.issues, 'fa');
  assert.equal(persian.errors['name'], 'این فیلد را پر کنید.');
  assert.match(persian.errors['bio'] ?? '', /^خیلی بلند است: حداکثر ۱٬?۰۰۰ نویسه\.$/);
  assert.equal(formWithIssues(values, parsed.error!.issues, 'en').errors['name'], 'Fill in this field.');
});
