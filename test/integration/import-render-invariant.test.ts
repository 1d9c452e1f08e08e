import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { renderMarkdown } from '../../src/content/markdown.js';
import { ENGINES } from '../support/databases.js';
import { createTestSite, type TestSite } from '../support/site.js';

// Real exports: the repository's own fixtures and, where they are checked out, the shared ones.
const WORDPRESS = ['test/fixtures/wordpress/themeunittestdata.wordpress.xml', 'test/fixtures/wordpress/64-block-test-data.xml', '../shared/fixtures/wordpress/64-block-test-data.xml'];
const GHOST = ['test/fixtures/ghost/v4_export.json', 'test/fixtures/ghost/v2_export.json', '../shared/fixtures/ghost/products_export.json'];

async function* text(value: string): AsyncIterable<string> {
  yield value;
}

/**
 * What an imported post stores must be what the editor's save path makes of its Markdown:
 * opening an imported post and saving it unchanged must not change its page. Each import
 * renders on its own path (worker threads, batches), so this holds only if that path
 * renders exactly as `renderMarkdown` does.
 */
for (const engine of ENGINES) {
  describe(`imported posts store the HTML their Markdown renders to (${engine})`, () => {
    let site: TestSite;
    before(async () => {
      site = await createTestSite(engine, () => new Date('2026-06-01T12:00:00.000Z'));
    });
    after(() => site.close());

    test('WordPress and Ghost fixtures: body HTML and notes as render(markdown) gives them', async () => {
      const imports = site.services.transfer.imports;
      for (const file of WORDPRESS.filter((f) => existsSync(f))) {
        await imports.wordpress({ file, chunks: text(readFileSync(file, 'utf8')) });
      }
      for (const file of GHOST.filter((f) => existsSync(f))) {
        // A Ghost export may hold several sites' slugs: a second one is imported under a new slug.
        await imports.ghost({ file, json: readFileSync(file, 'utf8') });
      }
      const repos = site.site.store.repos;
      const articles = await repos.articles.listAll();
      assert.ok(articles.length >= 50, `a real sample (${articles.length} posts)`);
      let withNotes = 0;
      for (const article of articles) {
        const rendered = renderMarkdown(article.bodyMarkdown, { idPrefix: `${article.slug}-` });
        assert.equal(article.bodyHtml, rendered.html, `${article.slug}: stored HTML differs from its Markdown rendered`);
        const notes = (await repos.articles.notesOf(article.id)).sort((a, b) => a.number - b.number);
        assert.deepEqual(notes.map((n) => [n.number, n.rawText]), rendered.notes.map((n) => [n.number, n.rawText]), `${article.slug}: notes`);
        if (notes.length > 0) withNotes += 1;
      }
      assert.ok(withNotes > 0, 'some imported posts have notes');
    });

    test('a Dossier JSON import keeps each article\'s comments open or closed', async () => {
      const article = (slug: string, commentsOpen: boolean) => ({
        kind: 'article', status: 'published', title: slug, slug, dek: null, excerpt: '', section: null, tags: [], authors: [],
        body: 'Text.', publishedAt: '2025-01-01T00:00:00.000Z', updatedAt: '2025-01-01T00:00:00.000Z', createdAt: '2025-01-01T00:00:00.000Z',
        language: 'en', sticky: false, commentsOpen, references: [],
      });
      const json = JSON.stringify({
        format: 'dossier-export', version: 1, exportedAt: '2025-01-02T00:00:00.000Z', settings: {}, sections: [], tags: [], authors: [],
        articles: [article('open-one', true), article('closed-one', false)], comments: [], redirects: [], media: [],
      });
      await site.services.transfer.imports.json({ file: 'site.json', json });
      const repos = site.site.store.repos;
      const open = await repos.articles.findBySlug('open-one');
      const closed = await repos.articles.findBySlug('closed-one');
      assert.equal(await repos.comments.isOpen(open!.id), true);
      assert.equal(await repos.comments.isOpen(closed!.id), false);
    });
  });
}
