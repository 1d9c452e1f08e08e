/**
 * Longest URL (in UTF-8 bytes) we check or store. PostgreSQL cannot index a text key much over 2.7 kB, and
 * a "URL" longer than this in a note is a paste accident, not a source.
 */
export const MAX_LINK_URL_LENGTH = 2000;

/** A note's URL in the form links are keyed by, and the fragment it carried. */
export interface NormalisedLink {
  /** Lowercase scheme and host, IDN host in punycode, no default port, no fragment. */
  url: string;
  /** The `#fragment` without the hash, or null. */
  fragment: string | null;
}

/**
 * The key a URL is checked and stored under, or null when it is not a checkable http(s)
 * URL. The WHATWG parser lowercases the host, converts an IDN host to punycode
 * (as `url.domainToASCII` does), drops a default port and percent-encodes a unicode path.
 */
export function normaliseLinkUrl(raw: string): NormalisedLink | null {
  const text = raw.trim();
  // Bytes, not characters: the written form is a key too, and unicode takes up to 4 bytes.
  if (text === '' || new TextEncoder().encode(raw).length > MAX_LINK_URL_LENGTH) return null;
  let parsed: URL;
  try {
    parsed = new URL(text);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
  if (parsed.hostname === '' || parsed.username !== '' || parsed.password !== '') return null;
  const fragment = parsed.hash.length > 1 ? parsed.hash.slice(1) : null;
  parsed.hash = '';
  const url = parsed.href;
  return url.length > MAX_LINK_URL_LENGTH ? null : { url, fragment };
}

/** The host of a URL (punycode, lowercase), or '' when it does not parse. */
export function hostOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return '';
  }
}

/** True when `host` is `domain` or one of its subdomains (www.nytimes.com ∈ nytimes.com). */
export function hostMatches(host: string, domain: string): boolean {
  const d = domain.trim().toLowerCase().replace(/^\.+|\.+$/g, '');
  const h = host.toLowerCase().replace(/\.+$/, '');
  return d !== '' && (h === d || h.endsWith(`.${d}`));
}
