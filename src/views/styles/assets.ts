import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { compiledScript } from '../scripts/compiled-script.js';

// Read once at startup; the hash in the URL lets browsers cache the file forever.
function asset(name: string, type: string, body: Buffer = readFileSync(new URL(`./${name}`, import.meta.url))) {
  const hash = createHash('sha256').update(body).digest('hex').slice(0, 12);
  const dot = name.lastIndexOf('.');
  return { body, type, hash, href: `/assets/${name.slice(0, dot)}.${hash}${name.slice(dot)}` };
}

/** The site stylesheet. */
export const siteStylesheet = asset('site.css', 'text/css; charset=utf-8');
/** The favicon. */
export const favicon = asset('favicon.svg', 'image/svg+xml');
/** The search of a static copy of the site (`dossier export static`): reads the prebuilt index in the browser. */
export const staticSearchScript = asset('static-search.js', 'text/javascript; charset=utf-8', compiledScript('static-search'));
/** The article page's script: note pop-overs on wide screens (progressive enhancement). */
export const articleScript = asset('article.js', 'text/javascript; charset=utf-8', compiledScript('article'));
