// Sections, tags and author bios in each language (issue 15): the admin fields, their
// checks, and what /{lang}/ pages, feeds and sitemaps show of them.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { parseHTML } from 'linkedom';
import { ENGINES } from '../support/databases.js';
import { buildArticle, seedStructure } from '../support/factories.js';
import { userWithRole, type AdminSession } from '../support/admin.js';
import { createTestSite, type TestSite } from '../support/site.js';

const clock = () => new Date('2026-06-01T12:00:00.000Z');
const doc = (html: string) => parseHTML(html).document;
const alternatesOf = (document: Document) =>
  Object.fromEntries([...document.querySelectorAll('link[rel="alternate"][hreflang]')].map((l) => [l.getAttribute('hreflang')!, l.getAttribute('href')!]));

for (const engine of ENGINES) {
  describe(`translated sections, tags and author bios (${engine})`, () => {
    let site: TestSite;
    let editor: AdminSession;
    const ids = async () => {
      const lists = await site.services.structure.lists();
      const id = (items: Array<{ id: number; slug: string }>, slug: string) => items.find((i) => i.slug === slug)!.id;
      return { water: id(lists.sections, 'water'), time: id(lists.sections, 'time'), pipes: id(lists.tags, 'pipes'), clocks: id(lists.tags, 'clocks'), ada: id(lists.authors, 'ada') };
    };
    before(async () => {
      site = await createTestSite(engine, clock);
      await seedStructure(site.services);
      editor = await userWithRole(site, 'editor');
      await site.services.articles.save(buildArticle({ slug: 'reservoirs', title: 'Reservoirs', sectionSlug: 'treatment', tagSlugs: ['pipes'], publishedAt: '2026-03-02T08:00:00.000Z' }));
      await site.services.articles.save(buildArticle({ slug: 'pluie', title: 'La pluie', language: 'fr', sectionSlug: 'treatment', tagSlugs: ['pipes'], publishedAt: '2026-03-04T08:00:00.000Z' }));
    });
    after(() => site.close());

    test('translation fields show only once the site has another language', async () => {
      assert.equal(doc((await editor.get('/admin/sections')).body).querySelectorAll('details.translations').length, 0);
      await site.services.settings.update({ language: 'en', languages: ['fr', 'ar'], languagePrefixes: true });
      const page = doc((await editor.get('/admin/sections')).body);
      assert.equal(page.querySelectorAll('details.translations').length, 4, 'one per section');
      assert.ok(page.querySelector('input[name="slug@fr"]') && page.querySelector('textarea[name="description@ar"]'));
      assert.ok(doc((await editor.get('/admin/authors')).body).querySelector('textarea[name="bio@fr"]'));
      assert.ok(doc((await editor.get('/admin/tags')).body).querySelector('input[name="name@ar"]'));
    });

    test('editors save names, slugs, descriptions and bios per language; wrong ones are refused whole, naming the field', async () => {
      const { water, time, pipes, ada } = await ids();
      // The French /fr/section/water page is cached before the translation: saving it must purge it.
      assert.match((await site.page('/fr/section/water')).document.querySelector('h1')!.textContent!, /Water/);
      assert.equal((await editor.post(`/admin/sections/${water}/translations`, {
        translationOf: `section:${water}`, 'name@fr': 'Eau', 'slug@fr': 'eau', 'description@fr': 'D’où vient l’eau de la ville.', 'name@ar': 'الماء', 'slug@ar': '', 'description@ar': '',
      })).statusCode, 303);
      assert.equal((await editor.post(`/admin/tags/${pipes}/translations`, { translationOf: `tag:${pipes}`, 'name@fr': 'Tuyaux', 'slug@fr': 'tuyaux' })).statusCode, 303);
      assert.equal((await editor.post(`/admin/authors/${ada}/translations`, { translationOf: `author:${ada}`, 'bio@fr': 'Ada écrit sur l’eau.' })).statusCode, 303);

      // The slug "eau" is the water section's in French: refused for time, field named, nothing written.
      const taken = await editor.post(`/admin/sections/${time}/translations`, { translationOf: `section:${time}`, 'name@fr': 'Temps', 'slug@fr': 'eau' });
      assert.equal(taken.statusCode, 409);
      const form = doc(taken.body);
      assert.match(form.querySelector('#error-summary')?.textContent ?? '', /"eau" is already taken in fr by section "Water"/);
      assert.equal(form.getElementById('field-slug-fr')?.getAttribute('value'), 'eau', 'what was typed is kept');
      assert.equal(form.querySelectorAll('#error-summary').length, 1);
      assert.equal(form.querySelector('#error-summary a')?.getAttribute('href'), '#field-slug-fr', 'the summary leads to the field');
      // Another item's default slug is refused too; a malformed slug is refused as invalid.
      assert.equal((await editor.post(`/admin/sections/${time}/translations`, { translationOf: `section:${time}`, 'slug@fr': 'water' })).statusCode, 409);
      assert.equal((await editor.post(`/admin/sections/${time}/translations`, { translationOf: `section:${time}`, 'slug@fr': 'Bad Slug' })).statusCode, 400);
      // The same slug in another language is free.
      assert.equal((await editor.post(`/admin/sections/${time}/translations`, { translationOf: `section:${time}`, 'name@ar': 'الوقت', 'slug@ar': 'eau' })).statusCode, 303);
      const stored = await site.site.store.repos.termTranslations.all();
      assert.deepEqual(stored.filter((t) => t.kind === 'section' && t.itemId === time).map((t) => [t.language, t.name, t.slug]), [['ar', 'الوقت', 'eau']]);
      // A default slug that is another section's translated one is refused.
      assert.equal((await editor.post('/admin/sections', { name: 'Eau bis', slug: 'eau', parent: '' })).statusCode, 409);
      assert.match((await editor.get('/admin/sections')).body, /value="Eau"/);
    });

    test('French pages name sections by their translation and answer at the translated address; the default slug redirects', async () => {
      const { response, document } = await site.page('/fr/section/eau');
      assert.equal(response.statusCode, 200);
      assert.equal(document.querySelector('h1')?.textContent, 'Eau');
      assert.match(document.title, /^Eau — /);
      assert.match(document.querySelector('meta[name="description"]')?.getAttribute('content') ?? '', /D’où vient/);
      const moved = await site.inject('/fr/section/water');
      assert.equal(moved.statusCode, 301);
      assert.equal(moved.headers.location, '/fr/section/eau');
      // A subsection without its own translation sits under the translated parent.
      assert.equal((await site.inject('/fr/section/water/treatment')).headers.location, '/fr/section/eau/treatment');
      const child = await site.page('/fr/section/eau/treatment');
      assert.equal(child.response.statusCode, 200);
      const crumbs = [...child.document.querySelectorAll('.breadcrumbs a, nav[aria-label] ol a')].map((a) => [a.getAttribute('href'), a.textContent]);
      assert.ok(crumbs.some(([href, label]) => href === '/fr/section/eau' && label === 'Eau'), JSON.stringify(crumbs));
      // The default language keeps its names and addresses; the translated slug is no address at the root.
      assert.equal((await site.page('/section/water')).document.querySelector('h1')?.textContent, 'Water');
      assert.equal((await site.inject('/section/eau')).statusCode, 404);
      // Arabic has a name but no slug: the default slug, the Arabic name.
      assert.equal((await site.page('/ar/section/water')).document.querySelector('h1')?.textContent, 'الماء');
    });

    test('menus, cards and the article page of a French article use the translated names and addresses', async () => {
      const home = (await site.page('/fr/')).document;
      const nav = [...home.querySelectorAll('header nav a')].map((a) => [a.getAttribute('href'), a.textContent?.trim()]);
      assert.ok(nav.some(([href, label]) => href === '/fr/section/eau' && label === 'Eau'), JSON.stringify(nav));
      const cardSections = [...home.querySelectorAll('.card a[href*="/section/"]')].map((a) => a.getAttribute('href'));
      assert.ok(cardSections.length > 0 && cardSections.every((href) => href === '/fr/section/eau/treatment'), JSON.stringify(cardSections));
      const article = (await site.page('/fr/2026/03/pluie')).document;
      const links = [...article.querySelectorAll('a')].map((a) => [a.getAttribute('href'), a.textContent?.trim()]);
      assert.ok(links.some(([href, label]) => href === '/fr/section/eau' && label === 'Eau'), 'breadcrumb');
      assert.ok(links.some(([href, label]) => href === '/fr/tag/tuyaux' && label === 'Tuyaux'), 'tag');
      // The English article keeps the default names.
      const english = [...(await site.page('/2026/03/reservoirs')).document.querySelectorAll('a')].map((a) => a.getAttribute('href'));
      assert.ok(english.includes('/section/water') && english.includes('/tag/pipes'));
    });

    test('hreflang, the switcher and the sitemap name each language\'s translated address', async () => {
      const page = (await site.page('/fr/section/eau')).document;
      assert.deepEqual(alternatesOf(page), {
        ar: 'http://dossier.test/ar/section/water', en: 'http://dossier.test/section/water', fr: 'http://dossier.test/fr/section/eau', 'x-default': 'http://dossier.test/section/water',
      });
      const switcher = Object.fromEntries([...(await site.page('/section/water')).document.querySelectorAll('.language-switcher a')].map((a) => [a.getAttribute('hreflang'), a.getAttribute('href')]));
      assert.deepEqual(switcher, { fr: '/fr/section/eau', ar: '/ar/section/water' });
      const sitemap = (await site.inject('/sitemaps/sections.xml')).body;
      assert.match(sitemap, /<loc>http:\/\/dossier\.test\/fr\/section\/eau\/treatment<\/loc>/);
      assert.match(sitemap, /hreflang="fr" href="http:\/\/dossier\.test\/fr\/section\/eau"/);
      const tags = (await site.inject('/sitemaps/tags.xml')).body;
      assert.match(tags, /<loc>http:\/\/dossier\.test\/fr\/tag\/tuyaux<\/loc>/);
    });

    test('tags answer at their translated slug in French, the default slug redirects, the feed names the translation', async () => {
      const tag = await site.page('/fr/tag/tuyaux');
      assert.equal(tag.response.statusCode, 200);
      assert.match(tag.document.querySelector('h1')?.textContent ?? '', /Tuyaux/);
      const moved = await site.inject('/fr/tag/pipes');
      assert.equal(moved.statusCode, 301);
      assert.equal(moved.headers.location, '/fr/tag/tuyaux');
      assert.equal((await site.inject('/tag/tuyaux')).statusCode, 404);
      assert.deepEqual(alternatesOf(tag.document)['en'], 'http://dossier.test/tag/pipes');
      const feed = (await site.inject('/fr/feed.xml')).body;
      assert.match(feed, /<category[^>]*>(<!\[CDATA\[)?Tuyaux/);
      // The English article's item keeps the default name.
      assert.match((await site.inject('/feed.xml')).body, /<category[^>]*>(<!\[CDATA\[)?Pipes/);
    });

    test('an author with a French bio has a French page; one without leads to the default page', async () => {
      const fr = await site.page('/fr/author/ada');
      assert.equal(fr.response.statusCode, 200);
      assert.match(fr.document.body.textContent ?? '', /Ada écrit sur l’eau\./);
      assert.equal(fr.document.documentElement.getAttribute('lang'), 'fr');
      const english = await site.page('/author/ada');
      assert.match(english.document.body.textContent ?? '', /Ada writes about water\./);
      assert.deepEqual(alternatesOf(english.document), { en: 'http://dossier.test/author/ada', fr: 'http://dossier.test/fr/author/ada', 'x-default': 'http://dossier.test/author/ada' });
      assert.deepEqual(alternatesOf(fr.document), alternatesOf(english.document));
      const none = await site.inject('/fr/author/ben');
      assert.equal(none.statusCode, 302);
      assert.equal(none.headers.location, '/author/ben');
      assert.deepEqual(alternatesOf((await site.page('/author/ben')).document), {});
    });

    test('the JSON export carries the translations; an import checks them and writes nothing when one is wrong', async () => {
      const exported = await site.services.transfer.exports.json();
      const water = exported.sections.find((x) => x.slug === 'water')!;
      assert.deepEqual(water.translations, { fr: { name: 'Eau', slug: 'eau', description: 'D’où vient l’eau de la ville.' }, ar: { name: 'الماء' } });
      assert.deepEqual(exported.authors.find((a) => a.slug === 'ada')!.translations, { fr: { bio: 'Ada écrit sur l’eau.' } });
      const target = await createTestSite(engine, clock);
      try {
        // Two sections claiming "eau" in French: refused, naming the field; nothing of the file is written.
        const broken = structuredClone(exported);
        broken.sections.find((x) => x.slug === 'time')!.translations = { fr: { slug: 'eau' } };
        await assert.rejects(target.services.transfer.imports.json({ file: 'site.json', json: JSON.stringify(broken) }),
          (error: Error) => /^site\.json: sections\[\d+\]\.translations\.fr\.slug: .*"eau"/.test(error.message));
        assert.equal((await target.services.structure.lists()).sections.length, 0);
        await target.services.transfer.imports.json({ file: 'site.json', json: JSON.stringify(exported) });
        const back = await target.services.transfer.exports.json();
        assert.deepEqual(back.sections.map((x) => [x.slug, x.translations]), exported.sections.map((x) => [x.slug, x.translations]));
        assert.deepEqual(back.tags.map((x) => [x.slug, x.translations]), exported.tags.map((x) => [x.slug, x.translations]));
        assert.equal((await target.page('/fr/section/eau')).response.statusCode, 200);
      } finally {
        await target.close();
      }
    });

    test('changing a translation purges the pages that show it', async () => {
      const { water } = await ids();
      assert.equal((await site.page('/fr/section/eau')).document.querySelector('h1')?.textContent, 'Eau');
      await editor.post(`/admin/sections/${water}/translations`, { translationOf: `section:${water}`, 'name@fr': 'L’eau', 'slug@fr': 'eau' });
      assert.equal((await site.page('/fr/section/eau')).document.querySelector('h1')?.textContent, 'L’eau');
      const fr = (await site.page('/fr/')).document;
      assert.ok([...fr.querySelectorAll('header nav a')].some((a) => a.textContent?.trim() === 'L’eau'));
      // Removing the slug: the French page lives at the default slug again, the old translated one is gone.
      await editor.post(`/admin/sections/${water}/translations`, { translationOf: `section:${water}`, 'name@fr': 'L’eau', 'slug@fr': '' });
      assert.equal((await site.inject('/fr/section/water')).statusCode, 200);
      assert.equal((await site.inject('/fr/section/eau')).statusCode, 404);
    });

    test('article addresses keep the default section slug when the permalink pattern names the section', async () => {
      const treatment = (await site.services.structure.lists()).sections.find((x) => x.slug === 'treatment')!.id;
      await editor.post(`/admin/sections/${treatment}/translations`, { translationOf: `section:${treatment}`, 'name@fr': 'Traitement', 'slug@fr': 'traitement' });
      await site.services.settings.update({ permalinkPattern: '/:section/:slug' });
      const { response, document } = await site.page('/fr/treatment/pluie');
      assert.equal(response.statusCode, 200);
      assert.equal(document.querySelector('link[rel="canonical"]')?.getAttribute('href'), 'http://dossier.test/fr/treatment/pluie');
      assert.ok([...document.querySelectorAll('a')].some((a) => a.getAttribute('href') === '/fr/section/water/traitement' && a.textContent === 'Traitement'));
      const cards = [...(await site.page('/fr/section/water/traitement')).document.querySelectorAll('.card-title a')].map((a) => a.getAttribute('href'));
      assert.deepEqual(cards, ['/fr/treatment/pluie']);
    });
  });
}
