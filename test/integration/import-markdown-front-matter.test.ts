import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { readMarkdownFile } from '../../src/importers/markdown/read-markdown-file.js';
import { ENGINES } from '../support/databases.js';
import { createTestSite, type TestSite } from '../support/site.js';

// Front matter as Hugo (section paths, aliases, lastmod, draft, description) and Jekyll
// (permalink, redirect_from, subtitle, published: false) write it.
const DIR = 'test/fixtures/markdown/hugo-jekyll';

function files(dir: string): string[] {
  return readdirSync(dir).sort().flatMap((name) => (statSync(join(dir, name)).isDirectory() ? files(join(dir, name)) : [join(dir, name)]));
}
const articles = () => files(DIR).map((file) => readMarkdownFile(relative(DIR, file), readFileSync(file, 'utf8')));

for (const engine of ENGINES) {
  describe(`Markdown import: Hugo and Jekyll front matter (${engine})`, () => {
    let site: TestSite;
    let warnings: string[];
    before(async () => {
      site = await createTestSite(engine, () => new Date('2026-06-01T12:00:00.000Z'));
      const summary = await site.services.transfer.imports.markdown({ folder: DIR, articles: articles() });
      warnings = summary.warnings;
      assert.equal(summary.kinds['articles']?.created, 3);
    });
    after(() => site.close());

    test('section: News/Local is the section Local inside News, not one flat "News Local"', async () => {
      const budget = await site.services.reader.article('council-budget');
      assert.deepEqual(budget.ancestry.map((s) => [s.slug, s.name]), [['news', 'News'], ['local', 'Local']]);
      const ferries = await site.services.reader.article('ferries');
      assert.deepEqual(ferries.ancestry.map((s) => s.slug), ['news'], 'the same News section, not a second one');
    });

    test('language, description as dek, an authors list, tags, date and lastmod', async () => {
      const budget = await site.services.reader.article('council-budget');
      assert.equal(budget.article.language, 'fr');
      assert.equal(budget.article.dek, 'Ce que le port dépense, ligne par ligne.');
      assert.deepEqual(budget.authors.map((a) => a.slug), ['ada-morel', 'tobias-rendle']);
      assert.deepEqual(budget.tags.map((t) => t.slug).sort(), ['budget', 'port']);
      assert.equal(budget.article.publishedAt, '2024-05-02T06:00:00.000Z');
      assert.equal(budget.article.updatedAt, '2024-05-09T10:30:00.000Z');
    });

    test('Hugo aliases and Jekyll redirect_from and permalink become redirects', async () => {
      for (const path of ['/old/council-budget/', '/2024/05/budget.html']) {
        const response = await site.inject(path);
        assert.equal(response.statusCode, 301, path);
        assert.equal(response.headers.location, '/2024/05/council-budget');
      }
    });

    test('Jekyll: the permalink gives the slug, subtitle the dek, published: false a draft', async () => {
      const exported = (await site.services.transfer.exports.json()).articles.find((a) => a.slug === 'harbour-fees')!;
      assert.equal(exported.status, 'draft');
      assert.equal(exported.dek, 'Who pays what when a ship ties up');
      assert.deepEqual(exported.authors, ['ines-calloway']);
    });

    test('keys it does not use are reported with the file, not silently dropped', () => {
      assert.ok(warnings.some((w) => /^news\/council-budget\.md: .*"weight" orders a Hugo list/.test(w)), warnings.join('\n'));
      assert.ok(warnings.some((w) => /^news\/council-budget\.md: .*"layout" is a theme setting/.test(w)));
      assert.ok(warnings.some((w) => /^2024-02-01-harbour-fees\.md: .*"categories" is not imported/.test(w)));
    });
  });
}
