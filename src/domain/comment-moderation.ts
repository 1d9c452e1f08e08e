import type { CommentSettings } from './comment-settings.js';

/** Why a comment got its status; kept for tests and moderators, never shown to the commenter. */
export type ModerationReason =
  | 'honeypot'
  | 'no-form-token'
  | 'too-fast'
  | 'disallowed-word'
  | 'too-many-links'
  | 'moderate-all'
  | 'first-time'
  | 'trusted-commenter'
  | 'no-moderation';

/** The status a new comment gets, and why. */
export interface ModerationVerdict {
  status: 'approved' | 'pending' | 'spam';
  reason: ModerationReason;
}

/** What is known about a comment beyond its fields. */
export interface ModerationFacts {
  /** The hidden "leave empty" field had something in it. */
  honeypotFilled: boolean;
  /** Seconds between showing the form and receiving it; null when its signed token was missing or forged. */
  fillSeconds: number | null;
  /** The email address already has an approved comment on this site. */
  hasApprovedComment: boolean;
}

/** The fields the rules look at. */
export interface ModeratedFields {
  name: string;
  email: string;
  website: string | null;
  body: string;
}

/** Links in a text, counted as WordPress does: every `//` with or without a scheme before it. */
export function countLinks(text: string): number {
  return (text.match(/(?:https?:)?\/\//gi) ?? []).length;
}

/** The first disallowed word found in any field (case-insensitive substring, as WordPress), or null. */
export function findDisallowedWord(fields: ModeratedFields, words: readonly string[]): string | null {
  const haystack = [fields.name, fields.email, fields.website ?? '', fields.body].join('\n').toLowerCase();
  for (const raw of words) {
    const word = raw.trim().toLowerCase();
    if (word !== '' && haystack.includes(word)) return word;
  }
  return null;
}

/**
 * Decides a new comment's status. Bot traps first (spam), then the disallowed words (spam),
 * then the rules that hold a comment for a person to look at, in WordPress's order.
 */
export function moderateComment(fields: ModeratedFields, settings: CommentSettings, facts: ModerationFacts): ModerationVerdict {
  if (facts.honeypotFilled) return { status: 'spam', reason: 'honeypot' };
  if (facts.fillSeconds === null) return { status: 'spam', reason: 'no-form-token' };
  if (facts.fillSeconds < settings.commentMinFillSeconds) return { status: 'spam', reason: 'too-fast' };
  if (findDisallowedWord(fields, settings.commentDisallowedWords) !== null) return { status: 'spam', reason: 'disallowed-word' };
  if (countLinks(fields.body) > settings.commentMaxLinks) return { status: 'pending', reason: 'too-many-links' };
  switch (settings.commentModeration) {
    case 'all':
      return { status: 'pending', reason: 'moderate-all' };
    case 'none':
      return { status: 'approved', reason: 'no-moderation' };
    default:
      return facts.hasApprovedComment ? { status: 'approved', reason: 'trusted-commenter' } : { status: 'pending', reason: 'first-time' };
  }
}
