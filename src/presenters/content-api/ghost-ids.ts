import { createHash } from 'node:crypto';

/**
 * A stable UUID (version 5 form, SHA-1 of the site and the thing) for a post: Ghost clients
 * key caches by `uuid`, and Dossier rows have none; the same post always gets the same one.
 */
export function stableUuid(siteUrl: string, thing: string): string {
  const hash = createHash('sha1').update(`${siteUrl}\u0000${thing}`).digest();
  hash[6] = (hash[6]! & 0x0f) | 0x50;
  hash[8] = (hash[8]! & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}

/** Reading time in whole minutes (at least 1) at Ghost's 275 words a minute. */
export function readingMinutes(text: string): number {
  const words = text.split(/\s+/).filter((w) => w !== '').length;
  return Math.max(1, Math.round(words / 275));
}

/** Keeps only the named fields of an API object (Ghost's `fields=`); all of it when none are named. */
export function pickFields<T extends Record<string, unknown>>(value: T, fields: readonly string[] | null): Partial<T> {
  if (!fields || fields.length === 0) return value;
  return Object.fromEntries(fields.filter((f) => f in value).map((f) => [f, value[f]])) as Partial<T>;
}
