import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import AdmZip from 'adm-zip';
import Database from 'better-sqlite3';
import pg from 'pg';
import { openSite } from '../../src/main.js';
import { freshDatabase, TEST_POSTGRES_URL, type FreshDatabase } from '../support/databases.js';

// An import is one transaction: a process killed (SIGKILL, no chance to clean up) while it
// is writing leaves nothing behind, and running the same import again completes it.

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const POSTS = 1500;
const dir = mkdtempSync(join(tmpdir(), 'dossier-killed-'));
const databases: FreshDatabase[] = [];
after(async () => {
  for (const database of databases) await database.drop();
  rmSync(dir, { recursive: true, force: true });
});

/** A Substack export (its format: test/fixtures/substack/README.md) of many posts, each with a note. */
function bigSubstackZip(): string {
  const zip = new AdmZip();
  const rows = ['post_id,post_date,is_published,email_sent_at,inbox_sent_at,type,audience,title,subtitle,podcast_url'];
  for (let i = 1; i <= POSTS; i++) {
    const id = `${500000 + i}.post-${i}`;
    rows.push(`${id},2024-01-01T00:00:00.000Z,true,,,newsletter,everyone,Post ${i},Subtitle ${i},`);
    const text = `<p>Paragraph ${i} of the letter, with a claim<a class="footnote-anchor" id="footnote-anchor-1" href="#footnote-1">1</a>.</p>`.repeat(3);
    zip.addFile(`posts/${id}.html`, Buffer.from(`${text}<div class="footnote"><a id="footnote-1" href="#footnote-anchor-1" class="footnote-number">1</a><div class="footnote-content"><p>Harbour Office, report ${i}, 2024.</p></div></div>`));
  }
  zip.addFile('posts.csv', Buffer.from(`${rows.join('\n')}\n`));
  const file = join(dir, 'big-substack.zip');
  zip.writeZip(file);
  return file;
}

/** A Dossier export (docs/export-format.md) of many articles. */
function bigJsonExport(): string {
  const article = (i: number) => ({
    kind: 'article', status: 'published', title: `Article ${i}`, slug: `article-${i}`, dek: null, excerpt: '', section: null, tags: [], authors: [],
    body: `Text of article ${i}.[^1]\n\n[^1]: Harbour Office, report ${i}, 2024.`, publishedAt: '2024-01-01T00:00:00.000Z', updatedAt: '2024-01-01T00:00:00.000Z',
    createdAt: '2024-01-01T00:00:00.000Z', language: 'en', sticky: false, commentsOpen: true, references: [],
  });
  const data = { format: 'dossier-export', version: 1, exportedAt: '2026-01-01T00:00:00.000Z', settings: {}, sections: [], tags: [], authors: [], articles: Array.from({ length: POSTS }, (_, i) => article(i + 1)), comments: [], redirects: [], media: [] };
  const file = join(dir, 'big-export.json');
  writeFileSync(file, JSON.stringify(data));
  return file;
}

/** Resolves once `underWay()` says the import's transaction is writing; the process is then killed. */
async function killMidway(args: string[], env: Record<string, string>, underWay: () => Promise<boolean>): Promise<void> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], { cwd: ROOT, env: { ...process.env, LOG_LEVEL: 'warn', ...env } });
  let stdout = '';
  child.stdout.on('data', (chunk) => (stdout += chunk));
  const exited = new Promise<NodeJS.Signals | null>((resolve) => child.once('exit', (_code, signal) => resolve(signal)));
  const started = Date.now();
  while (!(await underWay())) {
    assert.ok(child.exitCode === null, `the import ended before it could be killed: ${stdout}`);
    assert.ok(Date.now() - started < 90_000, 'the import never started writing');
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  // Let it write a while longer: killed in the middle, not at the first statement.
  await new Promise((resolve) => setTimeout(resolve, 100));
  assert.equal(child.exitCode, null, 'the import was still running when killed');
  child.kill('SIGKILL');
  assert.equal(await exited, 'SIGKILL');
  assert.doesNotMatch(stdout, /Imported /);
}

/** Runs `dossier ARGS` to the end (an import of many posts on a busy machine may take minutes). */
function runToEnd(args: string[], env: Record<string, string>): Promise<{ status: number | null; stderr: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], { cwd: ROOT, env: { ...process.env, LOG_LEVEL: 'warn', ...env } });
  let stderr = '';
  child.stderr.on('data', (chunk) => (stderr += chunk));
  return new Promise((resolve) => child.once('close', (status) => resolve({ status, stderr })));
}

/** SQLite: the import holds the write lock (another connection's BEGIN IMMEDIATE is refused at once). */
function sqliteWriting(path: string): () => Promise<boolean> {
  return async () => {
    let db: Database.Database | undefined;
    try {
      db = new Database(path, { timeout: 0 });
      if (!db.prepare("select 1 from sqlite_master where name = 'articles'").get()) return false;
      db.exec('BEGIN IMMEDIATE');
      db.exec('ROLLBACK');
      return false;
    } catch (error) {
      return (error as { code?: string }).code === 'SQLITE_BUSY';
    } finally {
      db?.close();
    }
  };
}

/** PostgreSQL: a connection named `name` has been in a transaction that wrote for a moment. */
function postgresWriting(name: string): () => Promise<boolean> {
  return async () => {
    const client = new pg.Client({ connectionString: TEST_POSTGRES_URL });
    await client.connect();
    try {
      const { rows } = await client.query("select 1 from pg_stat_activity where application_name = $1 and backend_xid is not null", [name]);
      return rows.length > 0;
    } finally {
      await client.end();
    }
  };
}

const files = { substack: bigSubstackZip(), json: bigJsonExport() };

for (const importer of ['substack', 'json'] as const) {
  describe(`dossier import ${importer} killed half-way`, () => {
    test('SQLite: nothing is left behind, and running it again completes it', async () => {
      const path = join(dir, `${importer}.db`);
      const env = { DATABASE_URL: `sqlite:${path}` };
      assert.equal((await runToEnd(['migrate'], env)).status, 0);
      await killMidway(['import', importer, files[importer]], env, sqliteWriting(path));
      await assertArticles({ engine: 'sqlite', path }, 0);
      const again = await runToEnd(['import', importer, files[importer]], env);
      assert.equal(again.status, 0, again.stderr);
      await assertArticles({ engine: 'sqlite', path }, POSTS);
    });

    test('PostgreSQL: nothing is left behind, and running it again completes it', async () => {
      const database = await freshDatabase('postgres');
      databases.push(database);
      const target = database.target as { engine: 'postgres'; url: string; schema: string };
      const name = `killed_${importer}_${process.pid}`;
      const url = new URL(TEST_POSTGRES_URL);
      url.searchParams.set('schema', target.schema);
      url.searchParams.set('application_name', name);
      const env = { DATABASE_URL: url.toString() };
      assert.equal((await runToEnd(['migrate'], env)).status, 0);
      await killMidway(['import', importer, files[importer]], env, postgresWriting(name));
      await assertArticles(target, 0);
      const again = await runToEnd(['import', importer, files[importer]], env);
      assert.equal(again.status, 0, again.stderr);
      await assertArticles(target, POSTS);
    });
  });
}

async function assertArticles(target: Parameters<typeof openSite>[0], expected: number): Promise<void> {
  const site = await openSite(target);
  try {
    const exported = await site.services.transfer.exports.json();
    assert.equal(exported.articles.length, expected);
    if (expected > 0) assert.ok(exported.articles.every((a) => a.references.length === 1 || a.body.includes('[^1]')));
  } finally {
    await site.close();
  }
}
