import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { openSite } from '../../src/main.js';
import { runCliAsync, type CliResult } from '../support/cli.js';
import { freshDatabase, type FreshDatabase } from '../support/databases.js';
import { buildArticle, seedStructure } from '../support/factories.js';

const dir = mkdtempSync(join(tmpdir(), 'dossier-cli-input-'));
const dbFile = join(dir, 'site.db');
const env = { DATABASE_URL: `sqlite:${dbFile}`, MEDIA_DIR: join(dir, 'media') };
const WXR = 'test/fixtures/wordpress/64-block-test-data.xml';
const PASSWORD = 'a good long password\n';
let commentId = 0;

/** Every row of every table, to show a refused command wrote nothing. */
function snapshot(): string {
  const db = new Database(dbFile, { readonly: true });
  try {
    const tables = db.prepare("select name from sqlite_master where type = 'table' and name not like 'sqlite_%' order by name").pluck().all() as string[];
    return JSON.stringify(tables.map((table) => [table, db.prepare(`select * from "${table}"`).all()]));
  } finally {
    db.close();
  }
}

/** A bad input, what the one line must say, and whether it is a command that writes. */
interface Case {
  args: string[];
  line: RegExp;
  writes?: boolean;
  input?: string;
  env?: Record<string, string>;
}

const cases = (): Case[] => [
  { args: ['serve', '--port', 'abc', '--no-demo'], line: /--port must be a whole number from 0 to 65535 \(got "abc"\)/ },
  { args: ['serve', '--workers', '0', '--port', '0'], line: /--workers must be a whole number from 1 to 256 \(got "0"\)/ },
  { args: ['serve', '--nope'], line: /unknown option '--nope'; see `dossier serve --help`/ },
  { args: ['user', 'add', '--email', 'k@example.org', '--name', 'K', '--role', 'king', '--password-stdin'], input: PASSWORD, writes: true, line: /--role must be one of administrator, editor, author, contributor \(got "king"\)/ },
  { args: ['user', 'add', '--email', 'notanemail', '--name', 'N', '--role', 'editor', '--password-stdin'], input: PASSWORD, writes: true, line: /--email must be an email address such as name@example\.org \(got "notanemail"\)/ },
  { args: ['user', 'add', '--email', 'a@example.org', '--name', 'A', '--role', 'author', '--author', 'Not A Slug', '--password-stdin'], input: PASSWORD, writes: true, line: /--author must be a slug .*\(got "Not A Slug"\)/ },
  { args: ['user', 'password', 'notanemail', '--password-stdin'], input: PASSWORD, writes: true, line: /EMAIL must be an email address .*\(got "notanemail"\)/ },
  { args: ['export', 'static', join(dir, 'static'), '--workers', '-3'], line: /--workers must be a whole number from 0 to 99 \(got "-3"\)/ },
  { args: ['export', 'json', ''], line: /FILE must be a file or folder path \(got ""\)/ },
  { args: ['links', 'check', '--article', ''], writes: true, line: /--article must be a slug .*\(got ""\)/ },
  { args: ['links', 'snapshots', '--article', 'Bad Slug'], line: /--article must be a slug .*\(got "Bad Slug"\)/ },
  { args: ['import', 'wordpress', WXR, '--uploads', join(dir, 'no-such-uploads')], writes: true, line: /--uploads must be an existing folder \(got ".*no-such-uploads"\)/ },
  { args: ['import', 'wordpress', join(dir, 'missing-file.xml')], writes: true, line: /missing-file\.xml: no such file\./ },
  { args: ['comments', 'approve', String(commentId), '999999999999'], writes: true, line: /ID must be a comment id, a whole number from 1 to 2147483647 \(got "999999999999"\)/ },
  { args: ['comments', 'spam', '-1'], writes: true, line: /ID must be a comment id, .*\(got "-1"\)/ },
  { args: ['comments', 'trash', String(commentId), '0'], writes: true, line: /ID must be a comment id, .*\(got "0"\)/ },
  { args: ['comments', 'close', ''], writes: true, line: /ARTICLE-SLUG must be a slug .*\(got ""\)/ },
  { args: ['comments', 'list', '--limit', 'abc'], line: /--limit must be a whole number from 1 to 10000 \(got "abc"\)/ },
  { args: ['comments', 'list', '--limit', '-5'], line: /--limit must be a whole number from 1 to 10000 \(got "-5"\)/ },
  { args: ['comments', 'list', '--status', 'bogus'], line: /--status must be one of pending, approved, spam, trash \(got "bogus"\)/ },
  { args: ['jobs', 'list', '--limit', '0'], line: /--limit must be a whole number from 1 to 10000 \(got "0"\)/ },
  { args: ['jobs', 'list', '--status', 'bogus'], line: /--status must be one of pending, running, done, failed \(got "bogus"\)/ },
  { args: ['jobs', 'list', '--kind', ''], line: /--kind must be a job kind .*\(got ""\)/ },
  { args: ['restore', join(dir, 'missing.tar.gz')], writes: true, line: /FILE must be an existing file \(got ".*missing\.tar\.gz"\)/ },
];

/** Exit code 2, exactly one line `dossier: …` matching `line`, no stack trace, nothing on stdout. */
function assertRefused(result: CliResult, c: Case): void {
  const what = `dossier ${c.args.join(' ')}: ${result.stderr}`;
  assert.equal(result.status, 2, what);
  const lines = result.stderr.trimEnd().split('\n');
  assert.equal(lines.length, 1, what);
  assert.match(lines[0]!, /^dossier: /, what);
  assert.match(lines[0]!, c.line, what);
  assert.doesNotMatch(result.stderr, /\n\s+at /, what);
  assert.equal(result.stdout, '', what);
}

describe('dossier: a bad option or argument is one line naming it, exit 2, nothing done', () => {
  let pg: FreshDatabase;

  before(async () => {
    const site = await openSite({ engine: 'sqlite', path: dbFile }, () => new Date('2026-06-01T12:00:00.000Z'), { mediaDir: env.MEDIA_DIR });
    try {
      await seedStructure(site.services);
      await site.services.articles.save(buildArticle({ slug: 'sand' }));
      await site.services.comments.updateSettings({ commentMinFillSeconds: 0 });
      const token = (await site.services.reader.article('sand')).comments.formToken!;
      const base = { articleSlug: 'sand', email: 'rosa@example.org', website: '', honeypot: '', ip: '127.0.0.1', viewerToken: null, parentId: null };
      commentId = (await site.services.comments.post({ ...base, name: 'Rosa', body: 'First', formToken: token })).commentId;
    } finally {
      await site.close();
    }
    pg = await freshDatabase('postgres');
  });
  after(async () => {
    await pg.drop();
    rmSync(dir, { recursive: true, force: true });
  });

  test('every bad value in the table is refused before anything is written', async () => {
    const table = cases();
    const before = snapshot();
    // Several at a time: each run from source takes seconds on a loaded machine.
    for (let start = 0; start < table.length; start += 6) {
      const group = table.slice(start, start + 6);
      const results = await Promise.all(group.map((c) => runCliAsync(c.args, { ...env, ...c.env }, c.input ?? '')));
      group.forEach((c, i) => assertRefused(results[i]!, c));
    }
    assert.equal(snapshot(), before, 'the database is unchanged');
    assert.equal(existsSync(join(dir, 'static')), false, 'export static made no folder');
  });

  test('an id too large for PostgreSQL is refused by the CLI, not by the database', async () => {
    assert.equal(pg.target.engine, 'postgres');
    const url = `${pg.target.engine === 'postgres' ? pg.target.url : ''}?schema=${pg.target.engine === 'postgres' ? pg.target.schema : ''}`;
    const c: Case = { args: ['comments', 'approve', '2147483648'], line: /ID must be a comment id, a whole number from 1 to 2147483647 \(got "2147483648"\)/ };
    assertRefused(await runCliAsync(c.args, { DATABASE_URL: url }, ''), c);
  });
});
