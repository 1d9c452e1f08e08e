#!/usr/bin/env node
// After tsc: bundle the CLI and the packages it uses into a few files (dist/bundle/), so that
// starting `dossier` reads a handful of modules instead of about 700 (start-up was mostly
// module loading). Modules loaded on first use (importers, exporters, feed writers…) stay
// separate chunks. Native addons, and packages that find files of their own through
// __dirname (pino's and ioredis's workers and stack helpers), stay in node_modules.
//
// Code that finds files beside itself (`new URL('./csl/', import.meta.url)`: stylesheets,
// CSL styles, worker entries) keeps working: each source file's `import.meta.url` is
// rewritten to the URL of its compiled twin in dist/, where tsc and copy-assets put them.
import { build } from 'esbuild';
import { readFile } from 'node:fs/promises';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const src = resolve(root, 'src');
const outdir = resolve(root, 'dist/bundle');

/** Rewrites `import.meta.url` in a file under src/ to the URL of its compiled file in dist/. */
const compiledLocation = {
  name: 'compiled-location',
  setup(b) {
    b.onLoad({ filter: /\/src\/.*\.tsx?$/ }, async (args) => {
      let contents = await readFile(args.path, 'utf8');
      if (contents.includes('import.meta.url')) {
        const compiled = resolve(root, 'dist', relative(src, args.path)).replace(/\.tsx?$/, '.js');
        const fromBundle = relative(outdir, compiled).split('\\').join('/');
        contents = contents.replaceAll('import.meta.url', `new URL(${JSON.stringify(fromBundle)}, import.meta.url).href`);
      }
      return { contents, loader: args.path.endsWith('x') ? 'tsx' : 'ts' };
    });
  },
};

await build({
  // The static export's worker threads load their own entry from the bundle too.
  entryPoints: { main: resolve(src, 'cli/main.ts'), 'static-export-worker': resolve(src, 'cli/static-export-worker.ts') },
  outdir,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  external: ['better-sqlite3', 'sharp', 'pg-native', 'esbuild', 'tsx', 'pino', 'thread-stream', 'ioredis'],
  // CommonJS packages inside an ES module bundle still call require() for Node's built-ins.
  banner: { js: "import { createRequire as __bundleRequire } from 'node:module'; const require = __bundleRequire(import.meta.url);" },
  jsx: 'automatic',
  jsxImportSource: 'preact',
  sourcemap: true,
  logLevel: 'warning',
  plugins: [compiledLocation],
});
