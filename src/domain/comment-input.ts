import { m } from './errors.js';
import { COMMENT_LIMITS, type CommentFieldErrors, normalizeLine, normalizeText } from './comment.js';

/** What the form sent, as text. */
export interface CommentFormFields {
  name: string;
  email: string;
  website: string;
  body: string;
}

/** Fields that passed validation, normalised for storage. */
export interface ValidCommentFields {
  name: string;
  /** Lower-cased, so "has an approved comment" matches however it was typed. */
  email: string;
  website: string | null;
  body: string;
}

const EMAIL = /^[^\s@<>()",;:\\[\]]+@[^\s@<>()",;:\\[\]]+\.[^\s@<>()",;:\\[\]]+$/;

/** A website as typed: a bare domain gets https://; anything but http(s) is refused. */
export function parseWebsite(value: string): string | null {
  // "//host" and "\\host" would be read as https://host: a typed address starts with a letter or digit.
  if (!/^[\p{L}\p{N}]/u.test(value)) return null;
  const text = value.includes('://') || /^[a-z][a-z0-9+.-]*:/i.test(value) ? value : `https://${value}`;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  if (!url.hostname.includes('.') && url.hostname !== 'localhost') return null;
  return url.href;
}

/**
 * A stored website as a link target: the URL when it is http(s), else null. Websites are
 * checked when typed, but imports carry whatever the old site held (`javascript:…`), so
 * imports keep only these and every place that links a website asks again.
 */
export function linkableWebsite(url: string | null): string | null {
  if (!url) return null;
  try {
    const { protocol } = new URL(url);
    return protocol === 'http:' || protocol === 'https:' ? url : null;
  } catch {
    return null;
  }
}

/**
 * Checks and normalises what a commenter typed. Returns the fields, or a message per
 * wrong field (every one at once, so the form can show them all).
 */
export function validateCommentFields(input: CommentFormFields): { fields: ValidCommentFields; errors: CommentFieldErrors } {
  const errors: CommentFieldErrors = {};
  const name = normalizeLine(input.name);
  const email = normalizeLine(input.email).toLowerCase();
  const websiteText = normalizeLine(input.website);
  const body = normalizeText(input.body).trim();

  if (name === '') errors.name = m`Please enter your name.`;
  else if (name.length > COMMENT_LIMITS.name) errors.name = m`The name is too long: at most ${COMMENT_LIMITS.name} characters.`;

  if (email === '') errors.email = m`Please enter your email address (it is never shown).`;
  else if (email.length > COMMENT_LIMITS.email || !EMAIL.test(email)) errors.email = m`That does not look like an email address, such as name@example.org.`;

  let website: string | null = null;
  if (websiteText !== '') {
    website = websiteText.length > COMMENT_LIMITS.website ? null : parseWebsite(websiteText);
    if (website === null || website.length > COMMENT_LIMITS.website) {
      errors.website = m`The website must be an http:// or https:// address, such as https://example.org.`;
      website = null;
    }
  }

  if (body === '') errors.body = m`Please write a comment.`;
  else if (body.length > COMMENT_LIMITS.body) {
    const tooLong = m`Your comment is ${body.length} characters long; the limit is ${COMMENT_LIMITS.body}. Please shorten it: your text is kept below.`;
    // The English with grouped digits (10,001); a translation formats the numbers in its own way.
    errors.body = { ...tooLong, text: tooLong.text.replace(/\d{4,}/g, (digits) => Number(digits).toLocaleString('en')) };
  }
  return { fields: { name, email, website, body }, errors };
}
