import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openSite } from '../../src/main.js';
import { runCli } from '../support/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'dossier-md-'));
const env = { DATABASE_URL: `sqlite:${join(dir, 'md.db')}` };
after(() => rmSync(dir, { recursive: true, force: true }));

test('dossier import markdown DIR: one article per file, front matter for its fields, notes either way', async () => {
  const result = runCli(['import', 'markdown', 'test/fixtures/markdown/site'], env);
  assert.equal(result.status, 0, result.stderr);
  assert.match(result.stdout, /Imported 4 files from test\/fixtures\/markdown\/site\./);
  assert.match(result.stdout, /posts\s+3\s+0\s+0/);
  assert.match(result.stdout, /pages\s+1\s+0\s+0/);
  const site = await openSite({ engine: 'sqlite', path: join(dir, 'md.db') });
  try {
    const tides = await site.services.reader.article('tide-tables');
    assert.equal(tides.article.dek, 'Two numbers a day, and why sailors still check them.');
    assert.equal(tides.article.publishedAt, '2025-03-04T09:00:00.000Z');
    assert.deepEqual(tides.ancestry.map((s) => s.slug), ['harbours']);
    assert.deepEqual(tides.tags.map((t) => t.slug).sort(), ['navigation', 'tides']);
    assert.deepEqual(tides.authors.map((a) => a.slug), ['ines-calloway']);
    assert.equal(tides.notes.length, 2);
    const pilots = await site.services.reader.article('plain-notes');
    assert.deepEqual(pilots.notes.map((n) => [n.number, n.ibidOf]), [[1, null], [2, 1]], 'plain-text [n] notes became footnotes');
    assert.deepEqual(pilots.authors.map((a) => a.name), ['Tobias Rendle']);
    await assert.rejects(site.services.reader.article('draft'), /no published article/);
    assert.equal((await site.services.reader.page('about-the-harbour')).page.title, 'About the Harbour Desk');
  } finally {
    await site.close();
  }
  const again = runCli(['import', 'markdown', 'test/fixtures/markdown/site'], env);
  assert.match(again.stdout, /posts\s+0\s+0\s+3/, 'importing the folder again adds nothing');
});

test('bad front matter stops the import with the file and line, and writes nothing', () => {
  const empty = { DATABASE_URL: `sqlite:${join(dir, 'empty.db')}` };
  const yaml = runCli(['import', 'markdown', 'test/fixtures/markdown/bad-yaml'], empty);
  assert.equal(yaml.status, 2);
  assert.match(yaml.stderr, /^dossier: broken\.md:\d+:\d+: the front matter is not valid YAML/);
  const title = runCli(['import', 'markdown', 'test/fixtures/markdown/no-title'], empty);
  assert.equal(title.status, 2);
  assert.match(title.stderr, /^dossier: untitled\.md: front matter field "title" /);
  assert.equal(runCli(['import', 'markdown', 'no/such/dir'], empty).stderr.trim(), 'dossier: no/such/dir: no such folder.');
});
