// On an article published under /{lang}/, the byline links each author to their page in
// that language when they have a bio in it (/{lang}/author/…), else to the default page:
// /{lang}/author/… would only redirect there.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { ENGINES } from '../support/databases.js';
import { buildArticle, seedStructure } from '../support/factories.js';
import { createTestSite, type TestSite } from '../support/site.js';

const clock = () => new Date('2026-06-01T12:00:00.000Z');
const bio = (language: string, text: string) => ({ kind: 'author' as const, itemId: 0, language, name: null, slug: null, description: null, bio: text });

for (const engine of ENGINES) {
  describe(`byline links on translated articles (${engine})`, () => {
    let site: TestSite;
    const bylineOf = async (path: string) => {
      const { response, document } = await site.page(path);
      assert.equal(response.statusCode, 200, path);
      return [...document.querySelectorAll('.byline a[rel="author"]')].map((a) => [a.textContent, a.getAttribute('href')]);
    };
    before(async () => {
      site = await createTestSite(engine, clock);
      await seedStructure(site.services);
      await site.services.settings.update({ language: 'en', languages: ['fr', 'ar'], languagePrefixes: true });
      const lists = await site.services.structure.lists();
      const id = (slug: string) => lists.authors.find((a) => a.slug === slug)!.id;
      const translations = site.site.store.repos.termTranslations;
      await translations.replace('author', id('ada'), [bio('fr', 'Ada écrit sur l’eau.')]);
      // Ben has a bio in Arabic only: no French page.
      await translations.replace('author', id('ben'), [bio('ar', 'بن يكتب عن الساعات.')]);
      await site.services.articles.save(buildArticle({ slug: 'pluie', title: 'La pluie', language: 'fr', sectionSlug: 'water', authorSlugs: ['ada', 'ben'], publishedAt: '2026-03-04T08:00:00.000Z' }));
      await site.services.articles.save(buildArticle({ slug: 'rain', title: 'Rain', sectionSlug: 'water', authorSlugs: ['ada', 'ben'], publishedAt: '2026-03-05T08:00:00.000Z' }));
    });
    after(() => site.close());

    test('a French article links an author with a French bio to /fr/author/…, one without to /author/…', async () => {
      assert.deepEqual(await bylineOf('/fr/2026/03/pluie'), [['Ada Brook', '/fr/author/ada'], ['Ben Okafor', '/author/ben']]);
      // Each link answers without a redirect.
      for (const path of ['/fr/author/ada', '/author/ben']) assert.equal((await site.inject(path)).statusCode, 200, path);
    });

    test('the JSON-LD authors point at the same pages as the byline', async () => {
      const { document } = await site.page('/fr/2026/03/pluie');
      const graphs = [...document.querySelectorAll('script[type="application/ld+json"]')].map((s) => JSON.parse(s.textContent ?? '{}'));
      const article = graphs.find((g) => g['@type'] === 'Article' || g['@type'] === 'NewsArticle' || g['@type'] === 'ScholarlyArticle');
      assert.ok(article, 'the page has Article JSON-LD');
      const urls = [article.author].flat().map((a: { url: string }) => new URL(a.url).pathname);
      assert.deepEqual(urls, ['/fr/author/ada', '/author/ben']);
    });

    test('an article in the default language links to the default author pages', async () => {
      assert.deepEqual(await bylineOf('/2026/03/rain'), [['Ada Brook', '/author/ada'], ['Ben Okafor', '/author/ben']]);
    });
  });
}
