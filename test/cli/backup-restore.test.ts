import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import sharp from 'sharp';
import { create, extract } from 'tar';
import type { DatabaseTarget } from '../../src/config/database-url.js';
import { demoContent } from '../../src/demo/content.js';
import { filesUnder } from '../../src/backup/media-files.js';
import { multipartBody, userWithRole } from '../support/admin.js';
import { freePort, runCli, runCliAsync, startServe } from '../support/cli.js';
import { formTokenOf, postComment } from '../support/comments.js';
import { databaseUrlOf, ENGINES, freshDatabase, type TestEngine } from '../support/databases.js';
import { buildArticle } from '../support/factories.js';
import { createTestSite, type TestSite } from '../support/site.js';

const dir = mkdtempSync(join(tmpdir(), 'dossier-backup-'));
after(() => rmSync(dir, { recursive: true, force: true }));

/** The environment that points the CLI at a database and a media folder. */
function envOf(target: DatabaseTarget, mediaDir: string): Record<string, string> {
  return { DATABASE_URL: databaseUrlOf(target), MEDIA_DIR: mediaDir };
}

/** Every row of every table the database's own catalogue lists, each table's rows sorted. */
async function everyRow(target: DatabaseTarget): Promise<Record<string, string[]>> {
  const tables: Record<string, string[]> = {};
  if (target.engine === 'sqlite') {
    if (!existsSync(target.path)) return tables;
    const db = new Database(target.path, { readonly: true });
    try {
      // sqlite_sequence and the FTS5 shadow tables too: the restore does not rebuild them.
      const names = db.prepare("select name from sqlite_master where type = 'table' order by name").pluck().all() as string[];
      for (const name of names) tables[name] = (db.prepare(`select * from "${name}"`).raw().all() as unknown[][]).map((row) => JSON.stringify(row, (_k, v: unknown) => (Buffer.isBuffer(v) ? v.toString('hex') : v))).sort();
    } finally {
      db.close();
    }
    return tables;
  }
  const client = new pg.Client({ connectionString: target.url });
  await client.connect();
  try {
    const names = (await client.query<{ name: string }>('select tablename as name from pg_tables where schemaname = $1 order by tablename', [target.schema])).rows;
    for (const { name } of names) tables[name] = (await client.query<{ row: string }>(`select to_jsonb(t)::text as row from ${target.schema}."${name}" t`)).rows.map((r) => r.row).sort();
    const sequences = (await client.query<{ name: string }>("select relname as name from pg_class c join pg_namespace n on n.oid = c.relnamespace where relkind = 'S' and nspname = $1", [target.schema])).rows;
    for (const { name } of sequences) tables[`sequence ${name}`] = (await client.query<{ row: string }>(`select last_value::text || ' ' || is_called::text as row from ${target.schema}."${name}"`)).rows.map((r) => r.row);
  } finally {
    await client.end();
  }
  return tables;
}

/** Every file under a folder with its bytes. */
function everyFile(folder: string): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  const walk = (sub: string) => {
    if (!existsSync(join(folder, sub))) return;
    for (const entry of readdirSync(join(folder, sub), { withFileTypes: true })) {
      const path = sub ? `${sub}/${entry.name}` : entry.name;
      if (entry.isDirectory()) walk(path);
      else files.set(path, readFileSync(join(folder, path)));
    }
  };
  walk('');
  return files;
}

function assertSameFiles(actual: Map<string, Buffer>, expected: Map<string, Buffer>): void {
  assert.deepEqual([...actual.keys()].sort(), [...expected.keys()].sort());
  for (const [path, bytes] of expected) assert.ok(actual.get(path)!.equals(bytes), `media file ${path} is restored byte for byte`);
}

/** A site with the demo content, an administrator, a revised article, a comment, an uploaded image and changed settings. */
async function builtSite(engine: TestEngine, mediaDir: string): Promise<TestSite> {
  let now = new Date('2026-06-01T12:00:00.000Z');
  const site = await createTestSite(engine, () => now, { mediaDir });
  assert.equal((await site.services.transfer.seedDemo(demoContent)).seeded, true);
  const admin = await userWithRole(site, 'administrator');
  const settings = await admin.post('/admin/settings', {
    title: 'Backed-up Desk', description: 'Kept safe', language: 'en', timeZone: 'UTC', postsPerPage: '10', permalinkPattern: '/:year/:month/:slug', citationStyle: 'chicago-notes-bibliography',
    commentsEnabled: 'on', commentModeration: 'none', commentsCloseAfterDays: '0', commentThreadDepth: '3', commentOrder: 'oldest', commentsPerPage: '20', commentMaxLinks: '2',
    commentMinFillSeconds: '2', commentRateLimitPerMinute: '4', commentDisallowedWords: 'casino', moderatorEmails: 'mods@example.org',
  });
  assert.equal(settings.statusCode, 303, settings.body.slice(0, 300));
  const form = { title: 'Revised twice', body: 'First text.[^1]\n\n[^1]: A source.', section: 'water', author1: 'maren-oduya' };
  const created = await admin.post('/admin/articles', form);
  const id = Number(/\/admin\/articles\/(\d+)/.exec(String(created.headers.location))![1]);
  assert.equal((await admin.post(`/admin/articles/${id}`, { ...form, body: 'Second text.[^1]\n\n[^1]: A source.', version: '1' })).statusCode, 303);
  await site.services.articles.save(buildArticle({ slug: 'backed-up', title: 'Backed up', authorSlugs: ['maren-oduya'] }));
  const token = await formTokenOf(site, '/2026/01/backed-up');
  now = new Date(now.getTime() + 10_000);
  const comment = await postComment(site, '/2026/01/backed-up', { comment: 'Worth keeping.', t: token });
  assert.equal(comment.statusCode, 303, comment.body.slice(0, 300));
  const image = await sharp({ create: { width: 640, height: 320, channels: 3, background: { r: 30, g: 90, b: 160 } } }).png().toBuffer();
  const body = multipartBody({ _csrf: admin.csrf, alt: 'A reservoir' }, { field: 'file', filename: 'reservoir.png', type: 'image/png', bytes: image });
  const upload = await site.inject({ method: 'POST', url: '/admin/media', headers: { cookie: admin.cookie, 'content-type': body.contentType }, payload: body.payload });
  assert.equal(upload.statusCode, 303, upload.body.slice(0, 300));
  return site;
}

for (const engine of ENGINES) {
  describe(`dossier backup and restore (${engine})`, () => {
    test('a backup restores into an empty site with every row of every table and every media file byte for byte', async () => {
      const media = join(dir, `${engine}-media`);
      const site = await builtSite(engine, media);
      const restoredMedia = join(dir, `${engine}-restored-media`);
      const restored = await freshDatabase(engine);
      const refusedMedia = join(dir, `${engine}-refused-media`);
      const truncatedTarget = await freshDatabase(engine);
      try {
        const rows = await everyRow(site.database.target);
        for (const table of ['articles', 'users', 'revisions', 'comments', 'media', 'settings', 'sessions']) assert.ok(rows[table]!.length > 0, `the site has ${table} to back up`);
        // A drawn share card is kept in MEDIA_DIR/cards; the backup leaves it out (it is drawn again when missing).
        assert.equal((await site.inject('/_card/site.png')).statusCode, 200);
        const cards = [...everyFile(media).keys()].filter((path) => path.startsWith('cards/'));
        assert.equal(cards.length, 1, 'the card is kept in the media folder');
        const files = new Map([...everyFile(media)].filter(([path]) => !path.startsWith('cards/')));
        assert.ok(files.size > 1, 'the upload left files on disk');
        const file = join(dir, `${engine}.tar.gz`);
        const backup = runCli(['backup', file], envOf(site.database.target, media));
        assert.equal(backup.status, 0, backup.stderr);
        assert.match(backup.stdout, new RegExp(`and ${files.size} media files .* to ${file}`));

        const restore = runCli(['restore', file], envOf(restored.target, restoredMedia));
        assert.equal(restore.status, 0, restore.stderr);
        assert.match(restore.stdout, /checked against its manifest/);
        assert.deepEqual(await everyRow(restored.target), rows);
        assertSameFiles(everyFile(restoredMedia), files);

        // Into the site itself (it has content): refused, and nothing changes.
        const again = runCli(['restore', file], envOf(site.database.target, refusedMedia));
        assert.equal(again.status, 1);
        assert.match(again.stderr, /already holds a site \(\d+ articles, \d+ users.*restored only into an empty database; nothing was changed/);
        assert.deepEqual(await everyRow(site.database.target), rows);
        assert.equal(existsSync(refusedMedia), false);

        // Into an empty database whose media folder holds a file: refused too.
        mkdirSync(refusedMedia, { recursive: true });
        writeFileSync(join(refusedMedia, 'stray.txt'), 'x');
        const stray = runCli(['restore', file], envOf(truncatedTarget.target, refusedMedia));
        assert.match(stray.stderr, /MEDIA_DIR .* already holds 1 files/);

        // Cut short: refused with the reason, and neither database nor media folder is written.
        const truncated = join(dir, `${engine}-truncated.tar.gz`);
        writeFileSync(truncated, readFileSync(file).subarray(0, Math.floor(statSync(file).size / 2)));
        const emptyMedia = join(dir, `${engine}-empty-media`);
        const cut = runCli(['restore', truncated], envOf(truncatedTarget.target, emptyMedia));
        assert.equal(cut.status, 1);
        assert.match(cut.stderr, new RegExp(`${truncated} is not a whole Dossier backup: the archive is cut short or damaged .*Nothing was restored`));
        assert.deepEqual(Object.keys(await everyRow(truncatedTarget.target)), []);
        assert.equal(existsSync(emptyMedia), false);
        assert.deepEqual(readdirSync(dir).filter((name) => name.startsWith('.')), [], 'no staging folder is left behind');
      } finally {
        await site.close();
        await restored.drop();
        await truncatedTarget.drop();
      }
    });

    test('a backup whose media file was altered, or whose manifest lies about a table, is refused and writes nothing', async () => {
      const media = join(dir, `${engine}-media-2`);
      const site = await builtSite(engine, media);
      const target = await freshDatabase(engine);
      try {
        const file = join(dir, `${engine}-2.tar.gz`);
        assert.equal(runCli(['backup', file], envOf(site.database.target, media)).status, 0);
        const unpacked = join(dir, `${engine}-unpacked`);
        mkdirSync(unpacked);
        await extract({ file, cwd: unpacked });
        const [first] = await filesUnder(join(unpacked, 'media'));
        const altered = readFileSync(join(unpacked, 'media', first!));
        altered[altered.length - 1] = altered.at(-1)! ^ 0xff;
        writeFileSync(join(unpacked, 'media', first!), altered);
        const tampered = join(dir, `${engine}-tampered.tar.gz`);
        await create({ file: tampered, cwd: unpacked, gzip: true }, readdirSync(unpacked));
        const targetMedia = join(dir, `${engine}-target-media`);
        const refused = runCli(['restore', tampered], envOf(target.target, targetMedia));
        assert.equal(refused.status, 1);
        assert.match(refused.stderr, new RegExp(`media file ${first} does not match its SHA-256 checksum\\. Nothing was restored`));

        // The database's rows are counted before the restore is kept: a manifest that says otherwise stops it.
        writeFileSync(join(unpacked, 'media', first!), altered.map((byte, i) => (i === altered.length - 1 ? byte ^ 0xff : byte)));
        const manifest = JSON.parse(readFileSync(join(unpacked, 'manifest.json'), 'utf8')) as { database: { tables: Record<string, number> } };
        manifest.database.tables['comments'] = 99;
        writeFileSync(join(unpacked, 'manifest.json'), JSON.stringify(manifest));
        const lying = join(dir, `${engine}-lying.tar.gz`);
        await create({ file: lying, cwd: unpacked, gzip: true }, readdirSync(unpacked));
        const counted = runCli(['restore', lying], envOf(target.target, targetMedia));
        assert.equal(counted.status, 1);
        assert.match(counted.stderr, /table comments has \d+ rows after the restore, the backup manifest says 99/);
        const left = await everyRow(target.target);
        assert.equal((left['articles'] ?? []).length, 0, 'no article was kept');
        assert.equal(existsSync(targetMedia), false);
      } finally {
        await site.close();
        await target.drop();
      }
    });
  });
}

describe('dossier backup and restore (postgres without pg_dump)', () => {
  test('without pg_dump the backup is a JSON dump taken in one snapshot, and it restores row for row', async () => {
    const media = join(dir, 'json-media');
    const site = await builtSite('postgres', media);
    const target = await freshDatabase('postgres');
    try {
      const rows = await everyRow(site.database.target);
      const file = join(dir, 'json.tar.gz');
      const backup = runCli(['backup', file], { ...envOf(site.database.target, media), PG_DUMP: 'off' });
      assert.equal(backup.status, 0, backup.stderr);
      assert.match(backup.stdout, /rows, json\)/);
      const restore = runCli(['restore', file], envOf(target.target, join(dir, 'json-restored-media')));
      assert.equal(restore.status, 0, restore.stderr);
      assert.deepEqual(await everyRow(target.target), rows);
      assertSameFiles(everyFile(join(dir, 'json-restored-media')), everyFile(media));
      // A PostgreSQL backup is not restored into SQLite.
      const sqlite = runCli(['restore', file], { DATABASE_URL: `sqlite:${join(dir, 'cross.db')}`, MEDIA_DIR: join(dir, 'cross-media') });
      assert.match(sqlite.stderr, /This is a backup of a PostgreSQL site; it restores only into PostgreSQL \(DATABASE_URL names SQLite\)/);
      assert.equal(existsSync(join(dir, 'cross.db')), false);
    } finally {
      await site.close();
      await target.drop();
    }
  });
});

describe('dossier backup of a running SQLite site', () => {
  test('a site that is serving pages and running jobs is backed up consistently', async () => {
    const db = join(dir, 'serving.db');
    const media = join(dir, 'serving-media');
    const server = await startServe(['--port', String(await freePort()), '--host', '127.0.0.1'], { DATABASE_URL: db, MEDIA_DIR: media });
    let serving = true;
    let answered = 0;
    const readers = Array.from({ length: 4 }, async () => {
      while (serving) {
        const response = await fetch(`${server.url}/`);
        await response.arrayBuffer();
        if (response.status === 200) answered += 1;
      }
    });
    try {
      const file = join(dir, 'serving.tar.gz');
      const backup = await runCliAsync(['backup', file], { DATABASE_URL: db, MEDIA_DIR: media });
      assert.equal(backup.status, 0, backup.stderr);
      assert.ok(answered > 0, 'pages were served while the backup ran');
      const restoredDb = join(dir, 'served-restored.db');
      const restore = runCli(['restore', file], { DATABASE_URL: restoredDb, MEDIA_DIR: join(dir, 'served-restored-media') });
      assert.equal(restore.status, 0, restore.stderr);
      const copy = new Database(restoredDb, { readonly: true });
      const live = new Database(db, { readonly: true });
      try {
        assert.equal(copy.pragma('integrity_check', { simple: true }), 'ok');
        const count = (d: Database.Database) => d.prepare("select count(*) from articles where status = 'published'").pluck().get();
        assert.ok((count(copy) as number) > 0);
        assert.equal(count(copy), count(live));
      } finally {
        copy.close();
        live.close();
      }
    } finally {
      serving = false;
      await Promise.all(readers);
      await server.stop();
    }
  });
});
