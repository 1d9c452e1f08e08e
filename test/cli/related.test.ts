import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { runCli } from '../support/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'dossier-related-'));
after(() => rmSync(dir, { recursive: true, force: true }));

test('dossier related rebuild restores every list and related list from the articles', () => {
  const env = { DATABASE_URL: `sqlite:${join(dir, 'site.db')}` };
  assert.equal(runCli(['demo'], env).status, 0);
  const db = new Database(join(dir, 'site.db'));
  const counts = () => ({
    listed: (db.prepare("select total from listing_counts where scope = 'home'").get() as { total: number } | undefined)?.total ?? 0,
    rows: (db.prepare('select count(*) as n from listings').get() as { n: number }).n,
    related: (db.prepare('select count(*) as n from related_articles').get() as { n: number }).n,
  });
  const before = counts();
  assert.ok(before.listed > 0 && before.related > 0, 'the demo is listed and has related lists');
  db.exec('delete from related_articles; delete from listings; delete from listing_counts;');
  assert.deepEqual(counts(), { listed: 0, rows: 0, related: 0 });

  const result = runCli(['related', 'rebuild'], env);
  assert.equal(result.status, 0, result.stderr);
  assert.match(result.stdout, new RegExp(`${before.listed} published articles listed; \\d+ related lists changed`));
  assert.deepEqual(counts(), before, 'the same lists as the saves had kept');
  db.close();
});
