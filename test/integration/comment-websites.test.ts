import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { parseHTML } from 'linkedom';
import type { DossierExport } from '../../src/export/json-format.js';
import { userWithRole, type AdminSession } from '../support/admin.js';
import { ENGINES } from '../support/databases.js';
import { buildArticle, seedStructure } from '../support/factories.js';
import { rawRows } from '../support/raw-rows.js';
import { createTestSite, type TestSite } from '../support/site.js';

const clock = () => new Date('2026-06-01T12:00:00.000Z');

/** Every link target of a page's comment listing. */
const hrefs = (html: string) => [...parseHTML(html).document.querySelectorAll('a[href]')].map((a) => a.getAttribute('href') ?? '');

for (const engine of ENGINES) {
  describe(`commenters' websites: only http(s) becomes a link (${engine})`, () => {
    let site: TestSite;
    let admin: AdminSession;
    let exported: DossierExport;
    before(async () => {
      // A Dossier export with one article, to carry the hostile comments into a fresh site.
      const source = await createTestSite(engine, clock);
      await seedStructure(source.services);
      await source.services.articles.save(buildArticle({ slug: 'levy', publishedAt: '2026-01-10T08:00:00.000Z' }));
      exported = await source.services.transfer.exports.json();
      await source.close();
      site = await createTestSite(engine, clock);
      admin = await userWithRole(site, 'administrator');
    });
    after(() => site.close());

    test('a JSON import drops a javascript: website (with a warning); the admin and the article link none', async () => {
      const comment = { article: 'levy', parent: null, status: 'approved' as const, authorEmail: 'x@example.org', body: 'Hello.', createdAt: '2026-05-01T10:00:00.000Z' };
      const file: DossierExport = {
        ...exported,
        comments: [
          { ...comment, id: 1, authorName: 'Mallory', authorUrl: 'javascript:alert(1)' },
          { ...comment, id: 2, authorName: 'Mallet', authorUrl: 'JavaScript:alert(document.cookie)//https://x.org' },
          { ...comment, id: 3, authorName: 'Noor', authorUrl: 'https://noor.example.org' },
        ],
      };
      const summary = await site.services.transfer.imports.json({ file: 'site.json', json: JSON.stringify(file) });
      assert.equal(summary.warnings.filter((w) => /not an http\(s\) address; it was left out/.test(w)).length, 2, summary.warnings.join('\n'));
      const stored = (await rawRows(site.database, 'comments')).map((r) => [r['author_name'], r['author_url']]).sort();
      assert.deepEqual(stored, [['Mallet', null], ['Mallory', null], ['Noor', 'https://noor.example.org']]);

      const moderation = await admin.get('/admin/comments?status=approved');
      assert.equal(moderation.statusCode, 200);
      assert.doesNotMatch(moderation.body, /href="javascript:/i);
      assert.ok(hrefs(moderation.body).includes('https://noor.example.org'), 'an http(s) website is still a link');
      const article = await site.inject('/2026/01/levy');
      assert.doesNotMatch(article.body, /href="javascript:/i);
    });

    test('a javascript: website already stored (an older import) is shown as text, never as a link', async () => {
      const [article] = await rawRows(site.database, 'articles');
      await site.site.store.repos.comments.insert({
        articleId: Number(article!['id']), parentId: null, authorName: 'Old Import', authorEmail: 'old@example.org', authorUrl: 'javascript:alert(2)',
        body: 'Old.', bodyHtml: '<p>Old.</p>', status: 'approved', createdAt: '2026-05-02T10:00:00.000Z', ipHash: '', authorTokenHash: null,
      });
      const moderation = await admin.get('/admin/comments?status=approved');
      assert.doesNotMatch(moderation.body, /href="javascript:/i);
      assert.match(moderation.body, /(<bdi>)?javascript:alert\(2\)(<\/bdi>)? \(not a web address; not linked\)/);
      const page = await site.inject('/2026/01/levy');
      assert.match(page.body, /Old Import/);
      assert.doesNotMatch(page.body, /href="javascript:/i);
    });
  });
}
