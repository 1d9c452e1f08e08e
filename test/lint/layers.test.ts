import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ESLint } from 'eslint';

const eslint = new ESLint({ cwd: process.cwd() });

async function importErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

const cases: Array<[string, string, boolean]> = [
  ['src/domain/x.ts', "import { openDatabase } from '../store/open-database.js';", false],
  ['src/domain/x.ts', "import type { FastifyInstance } from 'fastify';", false],
  ['src/domain/x.ts', "import { readFileSync } from 'node:fs';", false],
  ['src/domain/x.ts', "import { slugify } from './slug.js';", true],
  ['src/services/x.ts', "import { sql } from 'kysely';", false],
  ['src/services/x.ts', "import { sendPage } from '../http/html.js';", false],
  ['src/services/x.ts', "import { renderMarkdown } from '../content/markdown.js';", true],
  ['src/http/routes/public/x.ts', "import { createStore } from '../../../store/create-store.js';", false],
  ['src/views/pages/x.tsx', "import { createServices } from '../../services/services.js';", false],
  ['src/presenters/x.ts', "import { sql } from 'kysely';", false],
  ['src/store/repos/x.ts', "import { sql } from 'kysely';", true],
  ['src/store/repos/x.ts', "import pg from 'pg';", false],
  ['src/store/postgres/x.ts', "import pg from 'pg';", true],
  ['src/store/postgres/x.ts', "import Database from 'better-sqlite3';", false],
  ['src/store/repos/x.ts', "import type { Store } from '../../services/ports.js';", true],
  ['src/store/repos/x.ts', "import { saveArticle } from '../../services/save-article.js';", false],
  ['src/main.ts', "import { Kysely } from 'kysely';", false],
  ['src/citations/links/x.ts', "import type { Store } from '../../services/ports.js';", false],
  ['src/citations/links/x.ts', "import { linksRepo } from '../../store/repos/links-repo.js';", false],
  ['src/citations/links/x.ts', "import { classifyLink } from '../../domain/link-health.js';", true],
  ['src/citations/links/x.ts', "import robotsParser from 'robots-parser';", true],
  ['src/mail/x.ts', "import type { Mailer } from '../services/ports.js';", true],
  ['src/mail/x.ts', "import { postComment } from '../services/comments/post-comment.js';", false],
  ['src/mail/x.ts', "import { sendPage } from '../http/html.js';", false],
  ['src/services/x.ts', "import nodemailer from 'nodemailer';", false],
  ['src/services/x.ts', "import { createSmtpMailer } from '../mail/smtp-mailer.js';", false],
  ['src/feeds/x.ts', "import type { FeedView } from '../presenters/feed-models.js';", true],
  ['src/feeds/x.ts', "import { feedData } from '../services/reader/feed-data.js';", false],
  ['src/seo/x.ts', "import type { FastifyReply } from 'fastify';", false],
];

test('lint enforces the layer rules of DESIGN.md', async () => {
  for (const [file, code, allowed] of cases) {
    const errors = await importErrors(file, `${code}\nexport {};\n`);
    assert.equal(errors.length === 0, allowed, `${file}: ${code} → ${errors.join('; ') || 'allowed'}`);
  }
});
