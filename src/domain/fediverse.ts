import { invalid, m } from './errors.js';

// A user part as Mastodon, Pleroma, Misskey and others allow it; a host as a DNS name with a dot.
const HANDLE = /^@?([A-Za-z0-9_](?:[A-Za-z0-9_.-]{0,62}[A-Za-z0-9_])?)@((?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z][A-Za-z0-9-]{0,62})$/;

/**
 * An author's fediverse handle as `@user@host` (what `<meta name="fediverse:creator">` takes),
 * from what was typed (`@user@host` or `user@host`; the host lowercased); null when blank.
 * Invalid, naming the field `fediverse`, for anything else.
 */
export function parseFediverseHandle(input: string): string | null {
  const text = input.trim();
  if (text === '') return null;
  const match = HANDLE.exec(text);
  if (!match || text.length > 255) {
    throw invalid(m`"${text.slice(0, 100)}" is not a fediverse handle; write it as @user@host, for example @ada@mastodon.social.`, 'fediverse');
  }
  return `@${match[1]}@${match[2]!.toLowerCase()}`;
}
