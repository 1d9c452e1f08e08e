// Lint, including the layer rules of DESIGN.md: a forbidden import fails `npm run check`.
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const DRIVERS = ['kysely', 'pg', 'better-sqlite3'];
const layer = (...names) => names.map((name) => `**/${name}/**`);

/** One `no-restricted-imports` rule per layer: which folders and packages it may not import. */
function restrict(files, folders, packages, message) {
  return {
    files,
    rules: {
      'no-restricted-imports': ['error', {
        paths: packages.map((name) => ({ name, message })),
        patterns: [
          ...(folders.length ? [{ group: folders, message }] : []),
          ...packages.map((name) => ({ group: [`${name}/*`], message })),
        ],
      }],
    },
  };
}

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
    },
  },
  { files: ['**/*.js', '**/*.mjs'], rules: { '@typescript-eslint/consistent-type-imports': 'off' } },
  // Only store/ talks to the database drivers and Kysely.
  restrict(['src/**/*.{ts,tsx}'], [], DRIVERS, 'Only src/store/ may use Kysely or a database driver.'),
  restrict(['src/domain/**'],
    layer('http', 'store', 'views', 'services', 'presenters', 'content', 'cli', 'config', 'policies'),
    [...DRIVERS, 'fastify', 'preact', 'node:fs', 'node:http', 'node:net', 'node:child_process', 'fs', 'http'],
    'domain/ is pure: types and rules, no I/O and no outer layer.'),
  restrict(['src/content/**'], layer('http', 'store', 'views', 'services', 'presenters', 'cli'), [...DRIVERS, 'fastify'],
    'content/ turns text into HTML; it knows nothing of storage, HTTP or views.'),
  restrict(['src/citations/**'], layer('http', 'store', 'views', 'services', 'presenters', 'cli'), [...DRIVERS, 'fastify', 'preact'],
    'citations/ parses, lints and styles references and talks to the web (link checks, archives); it knows nothing of storage, routes, views or use cases.'),
  restrict(['src/importers/**'], layer('http', 'store', 'views', 'services', 'presenters', 'cli'), [...DRIVERS, 'fastify', 'preact'],
    'importers/ parse and map; services/ write what they produce.'),
  restrict(['src/services/**'], layer('http', 'store', 'views', 'presenters', 'cli', 'mail'), [...DRIVERS, 'fastify', 'preact', 'nodemailer'],
    'services/ are use cases: they get storage through ports and never see HTTP or views.'),
  restrict(['src/policies/**'], layer('http', 'store', 'views', 'presenters', 'cli', 'services'), [...DRIVERS, 'fastify'],
    'policies/ are pure decisions.'),
  restrict(['src/presenters/**'], layer('http', 'store', 'views', 'cli'), [...DRIVERS, 'fastify', 'preact'],
    'presenters/ map domain values to view models; no storage, HTTP or markup.'),
  restrict(['src/feeds/**', 'src/seo/**'], layer('http', 'store', 'services', 'views', 'domain', 'content', 'cli', 'config', 'policies'), [...DRIVERS, 'fastify', 'preact'],
    'feeds/ and seo/ are pure renderers of presenter output.'),
  restrict(['src/views/**'], layer('http', 'store', 'services', 'domain', 'content', 'cli', 'config', 'policies'), [...DRIVERS, 'fastify'],
    'views/ render presenter output only.'),
  restrict(['src/http/**'], layer('store', 'cli'), [...DRIVERS],
    'http/ routes call services; they never touch storage.'),
  restrict(['src/cli/**'], layer('store', 'http', 'views', 'presenters'), [...DRIVERS, 'fastify'],
    'cli/ commands call main.ts and services.'),
  restrict(['src/mail/**'], [...layer('http', 'store', 'views', 'presenters', 'cli', 'content', 'policies', 'domain'), '**/services/*.js', '**/services/*/*.js', '!**/services/ports.js', '!**/services/*/ports.js'],
    [...DRIVERS, 'fastify', 'preact'], 'mail/ implements the Mailer port of services/ports.ts and nothing above it.'),
  // Dialect-specific code lives only in store/sqlite and store/postgres.
  {
    files: ['src/store/**'],
    ignores: ['src/store/sqlite/**', 'src/store/postgres/**'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: [
          { name: 'pg', message: 'PostgreSQL-specific code belongs in src/store/postgres/.' },
          { name: 'better-sqlite3', message: 'SQLite-specific code belongs in src/store/sqlite/.' },
        ],
        patterns: [{ group: [...layer('http', 'views', 'presenters', 'cli', 'content', 'policies'), '**/services/*.js', '**/services/*/*.js', '!**/services/ports.js', '!**/services/*/ports.js'], message: 'store/ implements the ports of services/ports.ts and nothing above it.' }],
      }],
    },
  },
  { files: ['src/store/sqlite/**'], rules: { 'no-restricted-imports': ['error', { paths: [{ name: 'pg', message: 'PostgreSQL code belongs in src/store/postgres/.' }] }] } },
  { files: ['src/store/postgres/**'], rules: { 'no-restricted-imports': ['error', { paths: [{ name: 'better-sqlite3', message: 'SQLite code belongs in src/store/sqlite/.' }] }] } },
);
