import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { compiledScript } from '../scripts/compiled-script.js';

/** A static file served under /admin/assets/ with its content hash in the name. */
export interface AdminAsset {
  href: string;
  type: string;
  body: Buffer;
}

function hashed(name: string, body: Buffer, type: string): AdminAsset {
  const hash = createHash('sha256').update(body).digest('hex').slice(0, 12);
  const dot = name.lastIndexOf('.');
  return { body, type, href: `/admin/assets/${name.slice(0, dot)}.${hash}${name.slice(dot)}` };
}

/** The admin stylesheet. */
export const adminStylesheet = hashed('admin.css', readFileSync(new URL('../styles/admin.css', import.meta.url)), 'text/css; charset=utf-8');
/** The admin script: live preview, lint, footnote helper, autosave, focus on errors. */
export const adminScript = hashed('admin.js', compiledScript('admin'), 'text/javascript; charset=utf-8');
/** Every admin asset by its URL. */
export const ADMIN_ASSETS: ReadonlyMap<string, AdminAsset> = new Map([adminStylesheet, adminScript].map((a) => [a.href, a]));
