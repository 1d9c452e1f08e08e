import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

/**
 * A browser script of views/scripts/ as JavaScript. The scripts are TypeScript: `npm run
 * build` compiles them beside the server code. Run from the sources (tests, `npm run dev`)
 * there is no .js yet, so esbuild (a development dependency) strips the types once at startup.
 */
export function compiledScript(name: string): Buffer {
  const compiled = new URL(`./${name}.js`, import.meta.url);
  // The source map stays on the server: the browser would only ask for it and get a 404.
  if (existsSync(compiled)) return Buffer.from(readFileSync(compiled, 'utf8').replace(/\n\/\/# sourceMappingURL=.*\s*$/, '\n'));
  const source = readFileSync(fileURLToPath(new URL(`./${name}.ts`, import.meta.url)), 'utf8');
  const esbuild = createRequire(import.meta.url)('esbuild') as { transformSync(code: string, options: object): { code: string } };
  return Buffer.from(esbuild.transformSync(source, { loader: 'ts', format: 'esm', target: 'es2020' }).code);
}
