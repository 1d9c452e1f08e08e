import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { parseHTML } from 'linkedom';
import { ENGINES } from '../support/databases.js';
import { buildArticle, seedStructure } from '../support/factories.js';
import { userWithRole, type AdminSession } from '../support/admin.js';
import { createTestSite, type TestSite } from '../support/site.js';

const clock = () => new Date('2026-06-01T12:00:00.000Z');
const doc = (html: string) => parseHTML(html).document;

// The small "Delete…" forms of the Sections, Tags and Authors screens: a ticked box to
// confirm, an heir for an author's own articles, and what was refused shown on the screen.
for (const engine of ENGINES) {
  describe(`admin: deleting sections, tags and authors (${engine})`, () => {
    let site: TestSite;
    let editor: AdminSession;
    const lists = () => site.services.structure.lists();
    before(async () => {
      site = await createTestSite(engine, clock, { pageCache: false });
      await seedStructure(site.services);
      editor = await userWithRole(site, 'editor');
      await site.services.articles.save(buildArticle({ slug: 'ada-alone', title: 'Ada alone', sectionSlug: 'treatment', tagSlugs: ['pipes'], authorSlugs: ['ada'] }));
    });
    after(() => site.close());

    test('each row has a Delete… form that needs the box ticked', async () => {
      const pipes = (await lists()).tags.find((t) => t.slug === 'pipes')!;
      const page = doc((await editor.get('/admin/tags')).body);
      const form = page.querySelector(`form[action="/admin/tags/${pipes.id}/delete"]`);
      assert.ok(form, 'a delete form per tag');
      assert.ok(form.querySelector('input[type="checkbox"][name="confirm"][required]'));
      const unconfirmed = await editor.post(`/admin/tags/${pipes.id}/delete`, {});
      assert.equal(unconfirmed.statusCode, 400);
      assert.match(unconfirmed.body, /Tick the box to confirm the deletion/);
      assert.ok((await lists()).tags.some((t) => t.id === pipes.id), 'nothing deleted');
      const done = await editor.post(`/admin/tags/${pipes.id}/delete`, { confirm: 'yes' });
      assert.equal(done.statusCode, 303);
      assert.match(done.headers.location ?? '', /done=deleted/);
      assert.ok(!(await lists()).tags.some((t) => t.id === pipes.id));
      assert.equal((await site.inject('/2026/05/ada-alone')).statusCode < 400, true, 'the article stays');
      assert.match((await editor.get('/admin/redirects')).body, /\/tag\/pipes/);
    });

    test('an author with articles of their own needs an heir; the refusal is shown on the screen', async () => {
      const { authors } = await lists();
      const ada = authors.find((a) => a.slug === 'ada')!;
      const page = doc((await editor.get('/admin/authors')).body);
      const options = [...page.querySelectorAll(`#author-reassign-${ada.id} option`)].map((o) => o.getAttribute('value'));
      assert.deepEqual(options, ['', 'ben'], 'anyone but themself, or nobody');
      const refused = await editor.post(`/admin/authors/${ada.id}/delete`, { confirm: 'yes', reassign: '' });
      assert.equal(refused.statusCode, 409);
      assert.match(refused.body, /Ada Brook is the only author of 1 article/);
      assert.equal((await editor.post(`/admin/authors/${ada.id}/delete`, { confirm: 'yes', reassign: 'ben' })).statusCode, 303);
      const article = await site.site.store.repos.articles.findBySlug('ada-alone');
      assert.deepEqual(((await site.site.store.repos.articles.authorsOf([article!.id])).get(article!.id) ?? []).map((a) => a.slug), ['ben']);
    });

    test('a section: its article moves up; the contributor role may not delete', async () => {
      const treatment = (await lists()).sections.find((s) => s.slug === 'treatment')!;
      const contributor = await userWithRole(site, 'contributor');
      assert.equal((await contributor.post(`/admin/sections/${treatment.id}/delete`, { confirm: 'yes' })).statusCode, 403);
      assert.equal((await editor.post(`/admin/sections/${treatment.id}/delete`, { confirm: 'yes' })).statusCode, 303);
      const article = await site.site.store.repos.articles.findBySlug('ada-alone');
      assert.equal(article!.sectionId, (await lists()).sections.find((s) => s.slug === 'water')!.id);
      assert.equal((await editor.post('/admin/sections/99999/delete', { confirm: 'yes' })).statusCode, 404);
    });
  });
}
