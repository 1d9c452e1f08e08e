import { test } from 'node:test';
import assert from 'node:assert/strict';
import { countLinks, moderateComment, type ModeratedFields, type ModerationFacts, type ModerationVerdict } from './comment-moderation.js';
import { DEFAULT_SETTINGS, type SiteSettings } from './settings.js';

const fields: ModeratedFields = { name: 'Rosa', email: 'rosa@example.org', website: null, body: 'Thanks for the sources.' };
const facts: ModerationFacts = { honeypotFilled: false, fillSeconds: 40, hasApprovedComment: true };

interface Case {
  rule: string;
  fields?: Partial<ModeratedFields>;
  facts?: Partial<ModerationFacts>;
  settings?: Partial<SiteSettings>;
  expected: ModerationVerdict;
}

/** Each rule with its held, approved and spam outcomes. */
const cases: Case[] = [
  // First-time commenters are held; a known one goes through.
  { rule: 'first-time, unknown email', facts: { hasApprovedComment: false }, expected: { status: 'pending', reason: 'first-time' } },
  { rule: 'first-time, known email', expected: { status: 'approved', reason: 'trusted-commenter' } },
  { rule: 'moderate all, known email', settings: { commentModeration: 'all' }, expected: { status: 'pending', reason: 'moderate-all' } },
  { rule: 'no moderation, unknown email', settings: { commentModeration: 'none' }, facts: { hasApprovedComment: false }, expected: { status: 'approved', reason: 'no-moderation' } },
  // More than commentMaxLinks (2) links: held, even for a known commenter or with moderation off.
  { rule: 'two links', fields: { body: 'See https://a.example and http://b.example.' }, expected: { status: 'approved', reason: 'trusted-commenter' } },
  { rule: 'three links', fields: { body: 'https://a.example http://b.example //c.example' }, expected: { status: 'pending', reason: 'too-many-links' } },
  { rule: 'three links, no moderation', settings: { commentModeration: 'none' }, fields: { body: 'https://a.example https://b.example https://c.example' }, expected: { status: 'pending', reason: 'too-many-links' } },
  { rule: 'links limit 0', settings: { commentMaxLinks: 0 }, fields: { body: 'One https://a.example' }, expected: { status: 'pending', reason: 'too-many-links' } },
  // Disallowed words: spam, whichever field holds them, case-insensitively.
  { rule: 'disallowed word in body', settings: { commentDisallowedWords: ['casino'] }, fields: { body: 'Best CASINO bonus' }, expected: { status: 'spam', reason: 'disallowed-word' } },
  { rule: 'disallowed word in name', settings: { commentDisallowedWords: ['pills'] }, fields: { name: 'Cheap Pills' }, expected: { status: 'spam', reason: 'disallowed-word' } },
  { rule: 'disallowed word in website', settings: { commentDisallowedWords: ['spam.example'] }, fields: { website: 'https://spam.example/x' }, expected: { status: 'spam', reason: 'disallowed-word' } },
  { rule: 'disallowed word in email', settings: { commentDisallowedWords: ['@junk.'] }, fields: { email: 'a@junk.example' }, expected: { status: 'spam', reason: 'disallowed-word' } },
  { rule: 'blank disallowed entries match nothing', settings: { commentDisallowedWords: ['', '  '] }, expected: { status: 'approved', reason: 'trusted-commenter' } },
  { rule: 'disallowed beats too many links', settings: { commentDisallowedWords: ['casino'] }, fields: { body: 'casino https://a https://b https://c' }, expected: { status: 'spam', reason: 'disallowed-word' } },
  // Bot traps.
  { rule: 'honeypot filled', facts: { honeypotFilled: true }, expected: { status: 'spam', reason: 'honeypot' } },
  { rule: 'honeypot filled, moderation off', settings: { commentModeration: 'none' }, facts: { honeypotFilled: true }, expected: { status: 'spam', reason: 'honeypot' } },
  { rule: 'sent 1 s after the form was shown', facts: { fillSeconds: 1 }, expected: { status: 'spam', reason: 'too-fast' } },
  { rule: 'sent exactly at the minimum', facts: { fillSeconds: 3 }, expected: { status: 'approved', reason: 'trusted-commenter' } },
  { rule: 'minimum fill time 0', settings: { commentMinFillSeconds: 0 }, facts: { fillSeconds: 0 }, expected: { status: 'approved', reason: 'trusted-commenter' } },
  { rule: 'missing or forged form token', facts: { fillSeconds: null }, expected: { status: 'spam', reason: 'no-form-token' } },
];

for (const c of cases) {
  test(`moderation: ${c.rule} → ${c.expected.status}`, () => {
    const settings = { ...DEFAULT_SETTINGS, ...c.settings };
    assert.deepEqual(moderateComment({ ...fields, ...c.fields }, settings, { ...facts, ...c.facts }), c.expected);
  });
}

test('links are counted with or without a scheme', () => {
  assert.equal(countLinks('no links here'), 0);
  assert.equal(countLinks('HTTPS://A.example and //b.example and http://c'), 3);
});
