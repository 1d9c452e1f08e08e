import type { Redirect } from '../../domain/people.js';

/** The redirects of a site as static hosts read them. */
export interface RedirectFiles {
  /** Netlify and Cloudflare Pages: `/from /to 301`. */
  netlify: string;
  /** An nginx include for the `server` block. */
  nginx: string;
}

const HEADER = '# Redirects of the site, written by `dossier export static`.';

function splitQuery(from: string): { path: string; query: string } {
  const at = from.indexOf('?');
  return at === -1 ? { path: from, query: '' } : { path: from.slice(0, at), query: from.slice(at + 1) };
}

const nginxString = (text: string): string => `"${text.replace(/["\\$]/g, (c) => `\\${c}`)}"`;
const safeLine = (text: string): boolean => !/[\s]/.test(text);

/**
 * `_redirects` (Netlify / Cloudflare Pages) and `nginx-redirects.conf`. A redirect from an
 * address with a query (WordPress's `/?p=123`) becomes Netlify's query match (`/ p=123 /to
 * 301`; Cloudflare Pages skips such lines) and, for nginx, a test of `$request_uri` in an
 * exact `location` of its path.
 */
export function renderRedirectFiles(redirects: readonly Redirect[]): RedirectFiles {
  const usable = redirects.filter((r) => safeLine(r.fromPath) && safeLine(r.toPath) && r.fromPath.startsWith('/'));
  const netlify = usable.map((r) => {
    const { path, query } = splitQuery(r.fromPath);
    return query ? `${path} ${query.split('&').join(' ')} ${r.toPath} ${r.statusCode}` : `${r.fromPath} ${r.toPath} ${r.statusCode}`;
  });
  // One exact location per path: the query redirects first, then the plain one (else the file itself).
  const byPath = new Map<string, { withQuery: Redirect[]; plain: Redirect | null }>();
  for (const r of usable) {
    const { path, query } = splitQuery(r.fromPath);
    const entry = byPath.get(path) ?? { withQuery: [], plain: null };
    if (query) entry.withQuery.push(r);
    else entry.plain = r;
    byPath.set(path, entry);
  }
  const nginx: string[] = [];
  for (const [path, { withQuery, plain }] of byPath) {
    if (withQuery.length === 0 && plain) {
      nginx.push(`location = ${nginxString(path)} { return ${plain.statusCode} ${nginxString(plain.toPath)}; }`);
      continue;
    }
    nginx.push(`location = ${nginxString(path)} {`);
    for (const r of withQuery) nginx.push(`  if ($request_uri = ${nginxString(r.fromPath)}) { return ${r.statusCode} ${nginxString(r.toPath)}; }`);
    nginx.push(plain ? `  return ${plain.statusCode} ${nginxString(plain.toPath)};` : '  try_files $uri $uri/index.html =404;');
    nginx.push('}');
  }
  return {
    netlify: `${HEADER}\n${netlify.join('\n')}${netlify.length ? '\n' : ''}`,
    nginx: `${HEADER}\n# Include it in the server block: include /path/to/nginx-redirects.conf;\n${nginx.join('\n')}${nginx.length ? '\n' : ''}`,
  };
}
