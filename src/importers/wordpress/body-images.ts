/**
 * Images in a WordPress post body that live in the old site's uploads: found by their
 * address (`…/wp-content/uploads/PATH` or WordPress.com's `files.wordpress.com/PATH`), with
 * the resized copies WordPress links to (`photo-300x200.jpg`) traced to their original.
 */

const IMAGE = /!\[[^\]]*\]\((\S+?)(?:\s+"(?:[^"\\]|\\.)*")?\)/g;

/** The path under the uploads folder of an uploaded file's address, or null for any other address. */
export function uploadsPath(url: string): string | null {
  let path: string;
  try {
    const parsed = new URL(url);
    path = decodeURIComponent(parsed.pathname);
    const at = path.indexOf('/wp-content/uploads/');
    if (at >= 0) path = path.slice(at + '/wp-content/uploads/'.length);
    else if (/\.files\.wordpress\.com$/.test(parsed.hostname)) path = path.replace(/^\/+/, '');
    else return null;
  } catch {
    return null;
  }
  return path.split('/').includes('..') ? null : path;
}

/** A resized copy's path traced to its original: `a/photo-300x200.jpg` → `a/photo.jpg`. */
export function originalPath(path: string): string {
  return path.replace(/-\d+x\d+(\.[a-z0-9]+)$/i, '$1');
}

/**
 * Points the body's uploaded images at their imported media (`mediaFor` gives the new address
 * of an original path, or null); returns the body and the addresses left pointing at the old site.
 */
export function rewriteBodyImages(body: string, mediaFor: (path: string) => string | null): { body: string; missing: string[] } {
  const missing = new Set<string>();
  const replacements = new Map<string, string>();
  for (const m of body.matchAll(IMAGE)) {
    const url = m[1]!;
    const path = uploadsPath(url);
    if (!path) continue;
    const local = mediaFor(originalPath(path)) ?? mediaFor(path);
    if (local) replacements.set(url, local);
    else missing.add(url);
  }
  let out = body;
  // Every use of the address: the image, and a link around it to the full-size file.
  for (const [from, to] of replacements) out = out.split(`(${from}`).join(`(${to}`);
  for (const m of out.matchAll(/\]\((\S+?)\)/g)) {
    const path = uploadsPath(m[1]!);
    const local = path ? (mediaFor(originalPath(path)) ?? mediaFor(path)) : null;
    if (local) out = out.split(`](${m[1]})`).join(`](${local})`);
  }
  return { body: out, missing: [...missing] };
}
