import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { demoContent } from '../../src/demo/content.js';
import { htmlValidator } from '../support/html-validator.js';
import { createTestSite, type TestSite } from '../support/site.js';

// Rendering does not depend on the engine, so these view checks run on SQLite only.
const validator = htmlValidator();

describe('every public page is valid HTML', () => {
  let site: TestSite;
  const pages = new Map<string, string>();
  before(async () => {
    site = await createTestSite('sqlite', () => new Date('2026-11-27T12:00:00.000Z'));
    await site.services.transfer.seedDemo(demoContent);
    const paths = [
      '/', '/page/2', '/about', '/contact', '/no-such-page',
      '/search', '/search?q=water+reserv*&section=water', '/search?q=%22no+such+words%22', '/search?q=water&page=2',
      ...demoContent.sections.map((s) => `/section/${s.parent ? `${s.parent}/` : ''}${s.slug}`),
      ...demoContent.tags.map((t) => `/tag/${t.slug}`),
      ...demoContent.authors.map((a) => `/author/${a.slug}`),
      ...demoContent.articles
        .filter((a) => (a.status ?? 'published') === 'published')
        .map((a) => `/${a.publishedAt.slice(0, 4)}/${a.publishedAt.slice(5, 7)}/${a.slug}`),
    ];
    for (const path of paths) {
      const response = await site.inject(path);
      assert.ok([200, 404].includes(response.statusCode), `${path} answered ${response.statusCode}`);
      pages.set(path, response.body);
    }
  });
  after(() => site.close());

  test('html-validate finds no error on any page', async () => {
    assert.ok(pages.size > 30, `${pages.size} pages checked`);
    for (const [path, html] of pages) {
      const report = await validator.validateString(html);
      const messages = report.results.flatMap((r) => r.messages.map((m) => `${m.line}:${m.column} ${m.ruleId} ${m.message}`));
      assert.deepEqual(messages, [], path);
    }
  });

  test('the Nu Html Checker (vnu) finds no error on the main page types', () => {
    const java = spawnSync('java', ['-version']);
    assert.equal(java.status, 0, 'Java is needed for the Nu Html Checker (vnu-jar)');
    const jar = createRequire(import.meta.url).resolve('vnu-jar/build/dist/vnu.jar');
    const dir = mkdtempSync(join(tmpdir(), 'dossier-vnu-'));
    try {
      const sample = [...pages.entries()].filter(([path], i) => i < 7 || /^\/\d{4}\//.test(path)).slice(0, 11);
      const files = sample.map(([path, html], i) => {
        const file = join(dir, `page-${i}.html`);
        writeFileSync(file, html);
        return { path, file };
      });
      const result = spawnSync('java', ['-jar', jar, '--errors-only', '--format', 'gnu', ...files.map((f) => f.file)], { encoding: 'utf8' });
      const errors = (result.stderr + result.stdout).trim();
      assert.equal(errors, '', `vnu reported:\n${errors}\nfor ${files.map((f) => `${f.file} = ${f.path}`).join('\n')}`);
      assert.equal(result.status, 0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
