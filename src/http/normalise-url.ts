/**
 * One normalisation of request addresses, applied before routing (Fastify's rewriteUrl),
 * so that the router, the session and CSRF checks and every redirect see the same path:
 * `//admin/login`, `/%61dmin/login` and `/x/../admin/login` are all `/admin/login`.
 */

const UNRESERVED = /%(2[dDeE]|3[0-9]|4[1-9a-fA-F]|5[0-9aA]|5[fF]|6[1-9a-fA-F]|7[0-9aA]|7[eE])/g;

/** Decodes percent-encoded unreserved characters (RFC 3986 §6.2.2.2): they mean the same unencoded. */
function decodeUnreserved(path: string): string {
  return path.replace(UNRESERVED, (_match, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)));
}

/** Resolves `.` and `..` segments (RFC 3986 §5.2.4); never climbs above the root. */
function removeDotSegments(path: string): string {
  const out: string[] = [];
  const segments = path.split('/');
  for (let i = 1; i < segments.length; i++) {
    const segment = segments[i]!;
    const last = i === segments.length - 1;
    if (segment === '.' || segment === '..') {
      if (segment === '..') out.pop();
      if (last) out.push('');
      continue;
    }
    out.push(segment);
  }
  return `/${out.join('/')}`;
}

/**
 * The path of an address in its one normal form: backslashes read as slashes (as browsers
 * do), unreserved characters decoded, runs of slashes collapsed, dot segments resolved.
 */
export function normalisePath(path: string): string {
  let out = decodeUnreserved(path.replace(/\\/g, '/'));
  if (!out.startsWith('/')) out = `/${out}`;
  out = out.replace(/\/{2,}/g, '/');
  return removeDotSegments(out);
}

/** A request target (path and query) with its path normalised; the query is kept as sent. */
export function normaliseRequestUrl(url: string): string {
  const cut = url.search(/[?#]/);
  const path = cut < 0 ? url : url.slice(0, cut);
  const rest = cut < 0 ? '' : url[cut] === '#' ? '' : url.slice(cut).replace(/#.*$/, '');
  return normalisePath(path) + rest;
}

/** The path of a (normalised) request target, without its query. */
export function pathOf(url: string): string {
  const cut = url.indexOf('?');
  return cut < 0 ? url : url.slice(0, cut);
}

function hasControlCharacter(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x20 || code === 0x7f) return true;
  }
  return false;
}

/**
 * A redirect target that can only stay on this site: a path is normalised (so `//host`,
 * `/\host` and `/admin/..//host` cannot become another site), anything that is not a
 * path gives `fallback`.
 */
export function sameOriginPath(target: string | undefined, fallback = '/'): string {
  if (!target || !target.startsWith('/') || hasControlCharacter(target)) return fallback;
  return normaliseRequestUrl(target);
}
