import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

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

/**
 * The editor script is TypeScript: `npm run build` compiles it beside the server code. Run
 * from the sources (tests, `npm run dev`) there is no .js yet, so esbuild (a development
 * dependency) strips the types once at startup.
 */
function script(name: string): Buffer {
  const compiled = new URL(`../scripts/${name}.js`, import.meta.url);
  // The source map stays on the server: the browser would only ask for it and get a 404.
  if (existsSync(compiled)) return Buffer.from(readFileSync(compiled, 'utf8').replace(/\n\/\/# sourceMappingURL=.*\s*$/, '\n'));
  const source = readFileSync(fileURLToPath(new URL(`../scripts/${name}.ts`, import.meta.url)), 'utf8');
  const esbuild = createRequire(import.meta.url)('esbuild') as { transformSync(code: string, options: object): { code: string } };
  return Buffer.from(esbuild.transformSync(source, { loader: 'ts', format: 'esm', target: 'es2020' }).code);
}

/** The admin stylesheet. */
export const adminStylesheet = hashed('admin.css', readFileSync(new URL('../styles/admin.css', import.meta.url)), 'text/css; charset=utf-8');
/** The admin script: live preview, lint, footnote helper, autosave, focus on errors. */
export const adminScript = hashed('admin.js', script('admin'), 'text/javascript; charset=utf-8');
/** Every admin asset by its URL. */
export const ADMIN_ASSETS: ReadonlyMap<string, AdminAsset> = new Map([adminStylesheet, adminScript].map((a) => [a.href, a]));
