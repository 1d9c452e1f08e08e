import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { demoContent } from '../../src/demo/content.js';
import { openSite } from '../../src/main.js';
import { runCliAsync } from '../support/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'dossier-bundle-'));
after(() => rmSync(dir, { recursive: true, force: true }));

test('dossier export json --media FILE.tar.gz, then dossier import json FILE.tar.gz: records and media files arrive together', async () => {
  const sourceMedia = join(dir, 'media-a');
  mkdirSync(join(sourceMedia, '2026'), { recursive: true });
  const bytes = Buffer.from('RIFF not really a webp, but bytes to carry');
  writeFileSync(join(sourceMedia, '2026', 'a1b2c3-quay.webp'), bytes);
  // The demo's featured pictures are media too: they go to the source folder, and travel in the bundle.
  const site = await openSite({ engine: 'sqlite', path: join(dir, 'a.db') }, undefined, { mediaDir: sourceMedia });
  let sourceList: Array<[string, string]>;
  try {
    await site.services.transfer.seedDemo(demoContent);
    await site.services.accounts.add({ email: 'maren@example.org', name: 'Maren Oduya', role: 'editor', password: 'a long test password' });
    await site.store.repos.siteRecords.insert('media', [{ filename: 'quay.jpg', stored_name: '2026/a1b2c3-quay.webp', mime: 'image/webp', width: 12, height: 8, bytes: bytes.length, alt: 'The north quay', sizes: '[]', sha256: 'f'.repeat(64), user_id: null, created_at: '2026-11-20T08:00:00.000Z' }]);
    sourceList = (await site.services.media.list()).map((m) => [m.storedName, m.alt]);
  } finally {
    await site.close();
  }
  const bundle = join(dir, 'site.tar.gz');
  const exported = await runCliAsync(['export', 'json', '--media', bundle], { DATABASE_URL: `sqlite:${join(dir, 'a.db')}`, MEDIA_DIR: sourceMedia });
  assert.equal(exported.status, 0, exported.stderr);
  assert.ok(sourceList.length > 1, 'the demo pictures and the quay');
  // Every file of the folder travels: each picture's sizes as well as its original.
  const files = readdirSync(sourceMedia, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile()).length;
  assert.match(exported.stdout, new RegExp(`1 account and ${files} media files to .*site\\.tar\\.gz\\.`));

  const targetMedia = join(dir, 'media-b');
  const imported = await runCliAsync(['import', 'json', bundle], { DATABASE_URL: `sqlite:${join(dir, 'b.db')}`, MEDIA_DIR: targetMedia });
  assert.equal(imported.status, 0, imported.stderr);
  assert.match(imported.stdout, new RegExp(`\\(${files} media files\\)`));
  assert.match(imported.stdout, /1 account came without a password .*dossier user password/);
  assert.deepEqual(readFileSync(join(targetMedia, '2026', 'a1b2c3-quay.webp')), bytes);
  const target = await openSite({ engine: 'sqlite', path: join(dir, 'b.db') });
  try {
    const targetList = (await target.services.media.list()).map((m) => [m.storedName, m.alt]);
    assert.deepEqual(targetList, sourceList);
    assert.ok(targetList.some(([name, alt]) => name === '2026/a1b2c3-quay.webp' && alt === 'The north quay'));
    for (const [name] of targetList) assert.deepEqual(readFileSync(join(targetMedia, name!)), readFileSync(join(sourceMedia, name!)), name);
    assert.deepEqual((await target.services.accounts.list()).map((u) => u.email), ['maren@example.org']);
  } finally {
    await target.close();
  }

  const broken = join(dir, 'broken.tar.gz');
  writeFileSync(broken, readFileSync(bundle).subarray(0, 200));
  const refused = await runCliAsync(['import', 'json', broken], { DATABASE_URL: `sqlite:${join(dir, 'c.db')}`, MEDIA_DIR: join(dir, 'media-c') });
  assert.notEqual(refused.status, 0);
  assert.match(refused.stderr, /broken\.tar\.gz/);
});
