import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ESLint } from 'eslint';
import { LAYERS } from '../../scripts/eslint-layers.js';

const eslint = new ESLint({ cwd: process.cwd() });
const IMPORT_RULES = new Set(['no-restricted-imports', 'layers/imports']);

async function importErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(`${code}\nexport {};\n`, { filePath });
  return (result?.messages ?? []).filter((m) => m.ruleId !== null && IMPORT_RULES.has(m.ruleId)).map((m) => m.message);
}

// [file, import, allowed]: the layers of DESIGN.md, one row per rule and its exceptions.
const cases: Array<[string, string, boolean]> = [
  // domain/ is pure.
  ['src/domain/x.ts', "import { slugify } from './slug.js';", true],
  ['src/domain/x.ts', "import { openDatabase } from '../store/open-database.js';", false],
  ['src/domain/x.ts', "import type { Store } from '../services/ports.js';", false],
  ['src/domain/x.ts', "import { loadConfig } from '../config/config.js';", false],
  ['src/domain/x.ts', "import type { FastifyInstance } from 'fastify';", false],
  ['src/domain/x.ts', "import { readFileSync } from 'node:fs';", false],
  // policies/ decide over domain values only.
  ['src/policies/x.ts', "import type { Role } from '../domain/user.js';", true],
  ['src/policies/x.ts', "import type { Store } from '../services/ports.js';", false],
  // config/ parses the environment.
  ['src/config/x.ts', "import { invalid } from '../domain/errors.js';", true],
  ['src/config/x.ts', "import { openDatabase } from '../store/open-database.js';", false],
  ['src/config/x.ts', "import { buildApp } from '../http/app.js';", false],
  // content/ turns text into HTML.
  ['src/content/x.ts', "import { slugify } from '../domain/slug.js';", true],
  ['src/content/x.ts', "import { lintCitations } from '../citations/lint/lint-citations.js';", false],
  ['src/content/x.ts', "import type { Store } from '../services/ports.js';", false],
  // citations/ may use content/, never storage or use cases.
  ['src/citations/links/x.ts', "import { classifyLink } from '../../domain/link-health.js';", true],
  ['src/citations/links/x.ts', "import { sanitizeFragment } from '../../content/sanitize-fragment.js';", true],
  ['src/citations/links/x.ts', "import robotsParser from 'robots-parser';", true],
  ['src/citations/links/x.ts', "import type { Store } from '../../services/ports.js';", false],
  ['src/citations/links/x.ts', "import { linksRepo } from '../../store/repos/links-repo.js';", false],
  // demo/ is content.
  ['src/demo/x.ts', "import type { ArticleKind } from '../domain/article.js';", true],
  ['src/demo/x.ts', "import { seedDemo } from '../services/transfer/seed-demo.js';", false],
  // export/ holds formats and writers.
  ['src/export/x.ts', "import type { Article } from '../domain/article.js';", true],
  ['src/export/x.ts', "import { exportSite } from '../services/transfer/export-site.js';", false],
  ['src/export/x.ts', "import { sendPage } from '../http/html.js';", false],
  // importers/ parse and map; services/ write.
  ['src/importers/wordpress/x.ts', "import { convertPlainTextFootnotes } from '../../citations/notes/plain-text-to-markdown.js';", true],
  ['src/importers/json/x.ts', "import { dossierExport } from '../../export/json-format.js';", true],
  ['src/importers/wordpress/x.ts', "import { writeArticle } from '../../services/articles/write-article.js';", false],
  ['src/importers/wordpress/x.ts', "import { sql } from 'kysely';", false],
  // services/ get storage, mail and images through ports.
  ['src/services/articles/x.ts', "import { renderMarkdown } from '../../content/markdown.js';", true],
  ['src/services/transfer/x.ts', "import { mapWxrItem } from '../../importers/wordpress/map-item.js';", true],
  ['src/services/transfer/x.ts', "import type { MediaTools } from '../media/ports.js';", true],
  ['src/services/transfer/x.ts', "import type { DemoContent } from '../../demo/types.js';", true],
  ['src/services/transfer/x.ts', "import { demoContent } from '../../demo/content.js';", false],
  ['src/services/x.ts', "import { sharpImages } from '../media/sharp-images.js';", false],
  ['src/services/x.ts', "import { sql } from 'kysely';", false],
  ['src/services/x.ts', "import { sendPage } from '../http/html.js';", false],
  ['src/services/x.ts', "import type { ListView } from '../presenters/view-models.js';", false],
  ['src/services/x.ts', "import { loadConfig } from '../config/config.js';", false],
  ['src/services/x.ts', "import nodemailer from 'nodemailer';", false],
  ['src/services/x.ts', "import sharp from 'sharp';", false],
  ['src/services/x.ts', "import { createSmtpMailer } from '../mail/smtp-mailer.js';", false],
  // presenters/ take service results as types only.
  ['src/presenters/x.ts', "import type { ArticlePage } from '../services/reader/article-page.js';", true],
  ['src/presenters/x.ts', "import { articlePage } from '../services/reader/article-page.js';", false],
  ['src/presenters/x.ts', "import { CITATION_STYLES } from '../citations/styles/style-registry.js';", true],
  ['src/presenters/x.ts', "import { ArticlePage } from '../views/pages/article-page.js';", false],
  ['src/presenters/x.ts', "import { sql } from 'kysely';", false],
  // views/ render presenter output only.
  ['src/views/pages/x.tsx', "import type { ListView } from '../../presenters/view-models.js';", true],
  ['src/views/pages/x.tsx', "import { createServices } from '../../services/services.js';", false],
  ['src/views/pages/x.tsx', "import type { Article } from '../../domain/article.js';", false],
  ['src/views/pages/x.tsx', "import { renderMarkdown } from '../../content/markdown.js';", false],
  // feeds/ and seo/ render presenter output.
  ['src/feeds/x.ts', "import type { FeedView } from '../presenters/feed-models.js';", true],
  ['src/feeds/x.ts', "import { presentFeed } from '../presenters/feed-presenter.js';", false],
  ['src/feeds/x.ts', "import { feedData } from '../services/reader/feed-data.js';", false],
  ['src/seo/x.ts', "import type { FastifyReply } from 'fastify';", false],
  ['src/seo/x.ts', "import { slugify } from '../domain/slug.js';", false],
  // store/ implements the services' ports, types only, and nothing above them.
  ['src/store/repos/x.ts', "import { sql } from 'kysely';", true],
  ['src/store/repos/x.ts', "import type { Store } from '../../services/ports.js';", true],
  ['src/store/repos/x.ts', "import type { ArticleRepository } from '../../services/articles/ports.js';", true],
  ['src/store/repos/x.ts', "import type { SaveArticleRequest } from '../../services/articles/save-article.js';", false],
  ['src/store/repos/x.ts', "import { saveArticle } from '../../services/articles/save-article.js';", false],
  ['src/store/repos/x.ts', "import type { ListView } from '../../presenters/view-models.js';", false],
  ['src/store/repos/x.ts', "import pg from 'pg';", false],
  ['src/store/postgres/x.ts', "import pg from 'pg';", true],
  ['src/store/postgres/x.ts', "import Database from 'better-sqlite3';", false],
  ['src/store/sqlite/x.ts', "import Database from 'better-sqlite3';", true],
  ['src/store/sqlite/x.ts', "import pg from 'pg';", false],
  // media/ and mail/ implement ports.
  ['src/media/x.ts', "import type { MediaFiles } from '../services/media/ports.js';", true],
  ['src/media/x.ts', "import { uploadMedia } from '../services/media/upload-media.js';", false],
  ['src/media/x.ts', "import { sql } from 'kysely';", false],
  ['src/mail/x.ts', "import type { Mailer } from '../services/comments/ports.js';", true],
  ['src/mail/x.ts', "import { postComment } from '../services/comments/post-comment.js';", false],
  ['src/mail/x.ts', "import { sendPage } from '../http/html.js';", false],
  // http/ calls the services it is handed; never storage, parsers or converters.
  ['src/http/routes/public/x.ts', "import type { ReaderServices } from '../../../services/reader/reader-services.js';", true],
  ['src/http/routes/public/x.ts', "import { articlePage } from '../../../services/reader/article-page.js';", false],
  ['src/http/routes/public/x.ts', "import { createStore } from '../../../store/create-store.js';", false],
  ['src/http/routes/public/x.ts', "import { lintCitations } from '../../../citations/lint/lint-citations.js';", false],
  ['src/http/routes/public/x.ts', "import { renderMarkdown } from '../../../content/markdown.js';", false],
  ['src/http/routes/public/x.ts', "import { mapWxrItem } from '../../../importers/wordpress/map-item.js';", false],
  ['src/http/routes/public/x.ts', "import { renderWxr } from '../../../export/wxr.js';", false],
  ['src/http/routes/public/x.ts', "import { presentHome } from '../../../presenters/list-presenter.js';", true],
  ['src/http/routes/public/x.ts', "import { renderRobots } from '../../../seo/robots.js';", true],
  // The Content API's routes are routes like any other: presenters yes, storage and services' insides no.
  ['src/http/routes/api/x.ts', "import { presentGhostPost } from '../../../presenters/content-api/ghost-posts.js';", true],
  ['src/http/routes/api/x.ts', "import { contentApiRepo } from '../../../store/repos/content-api-repo.js';", false],
  ['src/http/routes/api/x.ts', "import { resolveFilter } from '../../../services/content-api/resolve-filter.js';", false],
  // backup/ copies the database through store/ and the media folder; it serves no site.
  ['src/backup/x.ts', "import { dumpDatabase } from '../store/database-backup.js';", true],
  ['src/backup/x.ts', "import { openSite } from '../main.js';", false],
  ['src/backup/x.ts', "import { createServices } from '../services/services.js';", false],
  ['src/backup/x.ts', "import { buildApp } from '../http/app.js';", false],
  // cli/ opens the site through main.ts.
  ['src/cli/commands/x.ts', "import { writeBackup } from '../../backup/write-backup.js';", true],
  ['src/cli/commands/x.ts', "import { openSite } from '../../main.js';", true],
  ['src/cli/commands/x.ts', "import type { ImportSummary } from '../../services/transfer/import-summary.js';", true],
  ['src/cli/commands/x.ts', "import { importJson } from '../../services/transfer/import-json.js';", false],
  ['src/cli/commands/x.ts', "import { openDatabase } from '../../store/open-database.js';", false],
  ['src/cli/commands/x.ts', "import { buildApp } from '../../http/app.js';", false],
  ['src/cli/commands/x.ts', "import { presentHome } from '../../presenters/list-presenter.js';", false],
  // main.ts wires everything; only store/ talks to the drivers.
  ['src/main.ts', "import { createStore } from './store/create-store.js';", true],
  ['src/main.ts', "import { Kysely } from 'kysely';", false],
];

test('lint enforces the layer rules of DESIGN.md', async () => {
  for (const [file, code, allowed] of cases) {
    const errors = await importErrors(file, code);
    assert.equal(errors.length === 0, allowed, `${file}: ${code} → ${errors.join('; ') || 'allowed'}`);
  }
});

test('every folder of src/ has a row in the layer table, and the cases try each one', async () => {
  const { readdirSync } = await import('node:fs');
  const folders = readdirSync('src', { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);
  for (const folder of folders) assert.ok(folder in LAYERS, `src/${folder}/ has no layer rule`);
  for (const layer of Object.keys(LAYERS)) {
    if (layer === 'types') continue;
    const prefix = layer === 'main' ? 'src/main.ts' : `src/${layer}/`;
    assert.ok(cases.some(([file, , allowed]) => file.startsWith(prefix) && !allowed), `no case shows what ${layer} may not import`);
  }
});

test('a source file over 400 lines fails lint', async () => {
  const long = Array.from({ length: 401 }, (_, i) => `export const line${i} = ${i};`).join('\n');
  const [result] = await eslint.lintText(long, { filePath: 'src/domain/long.ts' });
  assert.ok(result?.messages.some((m) => m.ruleId === 'max-lines'), 'max-lines reported');
});
