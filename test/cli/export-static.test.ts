import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../support/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'dossier-export-static-'));
const db = `sqlite:${join(dir, 'site.db')}`;

describe('dossier export static', () => {
  after(() => rmSync(dir, { recursive: true, force: true }));

  test('writes the demo site as files and says how many, then again incrementally (with worker threads)', () => {
    assert.equal(runCli(['--database-url', db, 'demo']).status, 0);
    const out = join(dir, 'out');
    const result = runCli(['--database-url', db, '--site-url', 'https://news.example.org', 'export', 'static', out]);
    assert.equal(result.status, 0, result.stderr);
    assert.match(result.stdout, new RegExp(`^Exported \\d+ files \\(\\d+ pages\\) to ${out.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} in \\d+\\.\\d s\\.\\n$`));
    for (const file of ['index.html', 'page/2/index.html', 'about/index.html', 'feed.xml', 'sitemap.xml', 'robots.txt', '_redirects', 'nginx-redirects.conf', 'search/index.html', 'search/index.json', '.dossier-export.json']) {
      assert.ok(existsSync(join(out, file)), file);
    }
    const again = runCli(['--database-url', db, '--site-url', 'https://news.example.org', 'export', 'static', out, '--incremental', '--workers', '2']);
    assert.equal(again.status, 0, again.stderr);
    assert.match(again.stdout, /^Exported (\d+) files \(\d+ pages\) to .+ in \d+\.\d s\.\n0 written, \1 unchanged, 0 removed\.\n$/);
  });

  test('a path that is a file is refused with one line, exit code 2, and nothing is written', () => {
    const file = join(dir, 'not-a-folder');
    writeFileSync(file, 'keep me');
    const result = runCli(['--database-url', db, 'export', 'static', file]);
    assert.equal(result.status, 2, result.stderr);
    assert.match(result.stderr, /^dossier: .*not-a-folder is not a folder/);
    assert.equal(result.stderr.trim().split('\n').length, 1);
    assert.equal(result.stdout, '');
    assert.ok(statSync(file).isFile());
    assert.deepEqual(readdirSync(dir).sort(), ['not-a-folder', 'out', 'site.db', 'site.db-shm', 'site.db-wal'].filter((f) => existsSync(join(dir, f))).sort());
  });
});
