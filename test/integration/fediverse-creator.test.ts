import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { parseHTML } from 'linkedom';
import { userWithRole, type AdminSession } from '../support/admin.js';
import { ENGINES } from '../support/databases.js';
import { buildArticle, seedStructure } from '../support/factories.js';
import { createTestSite, type TestSite } from '../support/site.js';

const clock = () => new Date('2026-06-01T12:00:00.000Z');
/** The fediverse:creator handles in a page's head. */
const creatorsOn = (html: string) => [...parseHTML(html).document.querySelectorAll('head meta[name="fediverse:creator"]')].map((m) => m.getAttribute('content'));

for (const engine of ENGINES) {
  describe(`fediverse:creator from an author's profile (${engine})`, () => {
    let site: TestSite;
    let admin: AdminSession;
    const authorId = async (slug: string) => (await site.services.structure.lists()).authors.find((a) => a.slug === slug)!.id;
    const editAuthor = async (slug: string, fediverse: string) => admin.post(`/admin/authors/${await authorId(slug)}`, { name: slug === 'ada' ? 'Ada Brook' : 'Ben Okafor', bio: '', avatar: '', fediverse });

    before(async () => {
      site = await createTestSite(engine, clock);
      await seedStructure(site.services);
      admin = await userWithRole(site, 'administrator');
      await site.services.articles.save(buildArticle({ slug: 'by-ada', authorSlugs: ['ada'] }));
      await site.services.articles.save(buildArticle({ slug: 'by-both', authorSlugs: ['ben', 'ada'] }));
      await site.services.articles.save(buildArticle({ slug: 'by-ben', authorSlugs: ['ben'] }));
    });
    after(() => site.close());

    test('without a handle there is no tag; the admin sets one and articles name it, one tag per author who has one', async () => {
      assert.deepEqual(creatorsOn((await site.inject('/2026/01/by-ada')).body), []);
      const saved = await editAuthor('ada', 'ada@Mastodon.Example');
      assert.equal(saved.statusCode, 303);
      assert.ok((await admin.get('/admin/authors')).body.includes('value="@ada@mastodon.example"'), 'the form shows it, as @user@host');
      assert.deepEqual(creatorsOn((await site.inject('/2026/01/by-ada')).body), ['@ada@mastodon.example']);
      assert.deepEqual(creatorsOn((await site.inject('/2026/01/by-both')).body), ['@ada@mastodon.example']);
      assert.deepEqual(creatorsOn((await site.inject('/2026/01/by-ben')).body), []);
      await editAuthor('ben', '@ben@social.example.org');
      assert.deepEqual(creatorsOn((await site.inject('/2026/01/by-both')).body), ['@ben@social.example.org', '@ada@mastodon.example'], 'in byline order');
    });

    test('a handle that is not @user@host is refused in the admin form and nothing changes; blank removes it', async () => {
      const refused = await editAuthor('ada', 'https://mastodon.example/@ada');
      assert.equal(refused.statusCode, 400);
      assert.match(refused.body, /is not a fediverse handle; write it as @user@host/);
      assert.deepEqual(creatorsOn((await site.inject('/2026/01/by-ada')).body), ['@ada@mastodon.example']);
      assert.equal((await editAuthor('ada', '')).statusCode, 303);
      assert.deepEqual(creatorsOn((await site.inject('/2026/01/by-ada')).body), []);
    });

    test('the JSON export carries handles and an import restores them; a bad one in a file is left out with a warning', async () => {
      const exported = await site.services.transfer.exports.json();
      const authors = exported.authors as Array<{ slug: string; fediverse?: string }>;
      assert.deepEqual(authors.map((a) => [a.slug, a.fediverse]), [['ada', undefined], ['ben', '@ben@social.example.org']]);
      const other = await createTestSite(engine, clock);
      try {
        const file = { ...exported, authors: [...authors, { slug: 'cy', name: 'Cy', bio: '', fediverse: 'not a handle' }] };
        const summary = await other.services.transfer.imports.json({ file: 'site.json', json: JSON.stringify(file) });
        assert.ok(summary.warnings.some((w) => /Author cy: "not a handle" is not a fediverse handle/.test(w)), summary.warnings.join('\n'));
        assert.deepEqual(creatorsOn((await other.inject('/2026/01/by-both')).body), ['@ben@social.example.org']);
      } finally {
        await other.close();
      }
    });
  });
}
