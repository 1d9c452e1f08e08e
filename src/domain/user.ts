import { invalid, m } from './errors.js';

/** WordPress's roles, most powerful first. */
export type Role = 'administrator' | 'editor' | 'author' | 'contributor';
export const ROLES: readonly Role[] = ['administrator', 'editor', 'author', 'contributor'];

/** What each role is for, in words the users screen shows. */
export const ROLE_DESCRIPTIONS: Readonly<Record<Role, string>> = {
  administrator: 'Everything, including site settings and user accounts.',
  editor: 'All articles (anyone’s), corrections, sections, tags, authors, redirects, media, comments.',
  author: 'Writes, publishes and corrects their own articles; uploads media.',
  contributor: 'Writes and edits their own drafts; cannot publish.',
};

/** An account that can sign in to the admin. */
export interface User {
  id: number;
  email: string;
  name: string;
  role: Role;
  /** The author page this user writes as, if any. */
  authorId: number | null;
  /** The language they read the admin in (see admin-language.ts); null follows the site's. */
  adminLanguage: string | null;
  createdAt: string;
}

/** Shorter passwords are refused; length is what makes a password hard to guess. */
export const MIN_PASSWORD_LENGTH = 10;

/** An email address, trimmed and lowercased, or an Invalid error naming the field. */
export function normalizeEmail(email: string): string {
  const value = email.trim().toLowerCase();
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value) || value.length > 254) throw invalid(m`Enter an email address such as name@example.org.`, 'email');
  return value;
}

/** Checks a new password; the message says what to do. */
export function checkPassword(password: string): string {
  if (password.length < MIN_PASSWORD_LENGTH) throw invalid(m`The password is too short: use at least ${MIN_PASSWORD_LENGTH} characters.`, 'password');
  if (password.length > 1024) throw invalid(m`The password is too long: use at most 1024 characters.`, 'password');
  return password;
}

/** Checks a role name. */
export function parseRole(role: string): Role {
  if (!ROLES.includes(role as Role)) throw invalid(m`The role must be one of ${ROLES.join(', ')}.`, 'role');
  return role as Role;
}

/** Checks a display name. */
export function checkName(name: string): string {
  const value = name.trim();
  if (value === '') throw invalid(m`Enter a name.`, 'name');
  if (value.length > 200) throw invalid(m`The name is too long (200 characters at most).`, 'name');
  return value;
}
