import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
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

  test('a demo site in French and Arabic too exports /fr/ and /ar/ pages, each language\'s search index and the share cards, with worker threads', () => {
    assert.equal(runCli(['--database-url', db, 'settings', 'set', 'languages', '["fr","ar"]']).status, 0);
    assert.equal(runCli(['--database-url', db, 'settings', 'set', 'languagePrefixes', 'true']).status, 0);
    const out = join(dir, 'out-languages');
    const result = runCli(['--database-url', db, '--site-url', 'https://news.example.org', 'export', 'static', out, '--workers', '2']);
    assert.equal(result.status, 0, result.stderr);
    for (const file of ['fr/index.html', 'ar/index.html', 'fr/feed.xml', 'ar/feed.json', 'fr/section/cartes-et-arpentage/index.html', 'ar/section/maps/index.html', 'fr/search/index.html', 'fr/search/index.json', 'ar/search/index.json']) {
      assert.ok(existsSync(join(out, file)), file);
    }
    const frHome = readFileSync(join(out, 'fr/index.html'), 'utf8');
    const article = /<a href="(\/fr\/[^"]+)"/.exec(frHome.slice(frHome.indexOf('class="cards'))) ?? /href="(\/fr\/\d{4}\/[^"]+)"/.exec(frHome);
    assert.ok(article, 'the French home lists a French article');
    assert.ok(existsSync(join(out, article[1]!, 'index.html')), `${article[1]} is in the export`);
    // Every share image an exported page names is there.
    for (const file of readdirSync(out, { recursive: true }).map(String).filter((f) => f.endsWith('.html'))) {
      for (const [, image] of readFileSync(join(out, file), 'utf8').matchAll(/<meta property="og:image" content="https:\/\/news\.example\.org([^"?]+)/g)) {
        assert.ok(existsSync(join(out, decodeURI(image!))), `${file}: ${image}`);
      }
    }
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
    assert.deepEqual(readdirSync(dir).sort(), ['not-a-folder', 'out', 'out-languages', 'site.db', 'site.db-shm', 'site.db-wal'].filter((f) => existsSync(join(dir, f))).sort());
  });
});
