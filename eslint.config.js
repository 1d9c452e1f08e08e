// Lint, including the layer rules of DESIGN.md: a forbidden import fails `npm run check`.
// Which folder may import which is one table (scripts/eslint-layers.js); which packages a
// folder may not use is below.
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import { layersPlugin } from './scripts/eslint-layers.js';

const DRIVERS = ['kysely', 'pg', 'better-sqlite3'];
const IO = ['node:fs', 'node:fs/promises', 'fs', 'node:http', 'node:https', 'http', 'https', 'node:net', 'net', 'node:child_process', 'child_process'];
const SOURCE = 'src/**/*.{ts,tsx}';
const TESTS = ['**/*.test.ts', '**/*.test.tsx'];

/** Packages the files may not import, with why. */
function noPackages(files, packages, message, ignores = []) {
  return {
    files,
    ignores,
    rules: {
      'no-restricted-imports': ['error', {
        paths: packages.map((name) => ({ name, message })),
        patterns: packages.map((name) => ({ group: [`${name}/*`], message })),
      }],
    },
  };
}

const NOT_STORE = 'Only src/store/ may use Kysely or a database driver.';

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'data/', 'test-output/', 'coverage/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      // A file of 400 lines holds two things; split it by what it holds.
      'max-lines': ['error', { max: 400 }],
    },
  },
  { files: ['**/*.js', '**/*.mjs'], rules: { '@typescript-eslint/consistent-type-imports': 'off' } },
  // Folders of src/ import each other only as DESIGN.md's layers allow (tests beside the code may reach further).
  { files: [SOURCE], ignores: TESTS, plugins: { layers: layersPlugin }, rules: { 'layers/imports': 'error' } },
  // Packages, per folder. A later entry replaces an earlier one for its files, so each lists the drivers too.
  noPackages([SOURCE], DRIVERS, NOT_STORE),
  noPackages(['src/domain/**', 'src/policies/**'], [...DRIVERS, ...IO, 'fastify', 'preact'],
    'domain/ and policies/ are pure: no I/O, no web framework, no markup.'),
  noPackages(['src/content/**', 'src/citations/**', 'src/importers/**', 'src/export/**', 'src/demo/**', 'src/config/**'], [...DRIVERS, 'fastify', 'preact'],
    'This folder knows nothing of storage, HTTP or views.'),
  noPackages(['src/services/**'], [...DRIVERS, 'fastify', 'preact', 'nodemailer', 'sharp'],
    'services/ are use cases: storage, mail and images come through ports.'),
  noPackages(['src/presenters/**', 'src/feeds/**', 'src/seo/**'], [...DRIVERS, 'fastify', 'preact'],
    'presenters/, feeds/ and seo/ map and render values; no storage, HTTP or markup components.'),
  noPackages(['src/views/**'], [...DRIVERS, 'fastify'], 'views/ render presenter output only.'),
  noPackages(['src/http/**', 'src/cli/**', 'src/mail/**', 'src/media/**'], DRIVERS, NOT_STORE),
  // Dialect-specific code lives only in store/sqlite and store/postgres.
  noPackages(['src/store/**'], ['pg', 'better-sqlite3'], 'Driver-specific code belongs in src/store/sqlite/ or src/store/postgres/.', ['src/store/sqlite/**', 'src/store/postgres/**']),
  noPackages(['src/store/sqlite/**'], ['pg'], 'PostgreSQL code belongs in src/store/postgres/.'),
  noPackages(['src/store/postgres/**'], ['better-sqlite3'], 'SQLite code belongs in src/store/sqlite/.'),
);
