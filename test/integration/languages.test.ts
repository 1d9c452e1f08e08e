import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { ENGINES } from '../support/databases.js';
import { buildArticle, seedStructure } from '../support/factories.js';
import { createTestSite, type TestSite } from '../support/site.js';

const clock = () => new Date('2026-06-01T12:00:00.000Z');
const system = { kind: 'system' } as const;

/** Each `<link rel="alternate" hreflang>` of a page, as hreflang → absolute href. */
function alternatesOf(document: Document): Map<string, string> {
  return new Map([...document.querySelectorAll('link[rel="alternate"][hreflang]')].map((l) => [l.getAttribute('hreflang')!, l.getAttribute('href')!]));
}

for (const engine of ENGINES) {
  describe(`languages: addresses, hreflang, switcher and lists per language (${engine})`, () => {
    let site: TestSite;
    let waterId = 0;
    before(async () => {
      site = await createTestSite(engine, clock);
      await seedStructure(site.services);
      await site.services.settings.update({ language: 'en', languages: ['fr', 'ar'], languagePrefixes: true });
      waterId = (await site.services.articles.save(buildArticle({ slug: 'reservoirs', title: 'Reservoirs', publishedAt: '2026-03-02T08:00:00.000Z' }))).id;
      await site.services.articles.save(buildArticle({ slug: 'reservoirs-fr', title: 'Les réservoirs', language: 'fr', publishedAt: '2026-03-03T08:00:00.000Z' }));
      await site.services.articles.save(buildArticle({ slug: 'pluie', title: 'La pluie', language: 'fr', publishedAt: '2026-03-04T08:00:00.000Z' }));
      await site.services.articles.save(buildArticle({ slug: 'clocks', title: 'Clocks', sectionSlug: 'time', publishedAt: '2026-03-05T08:00:00.000Z' }));
      await site.services.articles.linkTranslation(system, { articleId: waterId, otherSlug: 'reservoirs-fr' });
      await site.services.articles.save(buildArticle({
        slug: 'khazzan', title: 'خزّانات المياه', language: 'ar', publishedAt: '2026-03-06T08:00:00.000Z', tagSlugs: [],
        body: 'زار أحمد المستشفى ثم المدرسة. كِتَابٌ عن الماء.[^a]\n\n[^a]: مصدر أول، ص ١.\n',
      }));
    });
    after(() => site.close());

    const cards = (document: Document) => [...document.querySelectorAll('.cards .card-title a')].map((a) => a.getAttribute('href'));

    test('articles in another language live under /{lang}/; the default language stays at the root', async () => {
      const fr = await site.page('/fr/2026/03/reservoirs-fr');
      assert.equal(fr.response.statusCode, 200);
      assert.equal(fr.document.documentElement.getAttribute('lang'), 'fr');
      assert.equal((await site.page('/2026/03/reservoirs')).response.statusCode, 200);
      // The old address (before prefixes) still leads there.
      const old = await site.inject('/2026/03/reservoirs-fr');
      assert.equal(old.statusCode, 301);
      assert.equal(old.headers.location, '/fr/2026/03/reservoirs-fr');
      assert.equal((await site.inject('/fr')).headers.location, '/fr/');
      // A language the site does not publish in has no home.
      assert.equal((await site.inject('/de')).statusCode, 404);
      assert.notEqual((await site.inject('/de/')).statusCode, 200);
    });

    test('hreflang alternates are symmetric, each page listing every translation and x-default', async () => {
      const paths = ['/2026/03/reservoirs', '/fr/2026/03/reservoirs-fr'];
      const sets = await Promise.all(paths.map(async (path) => alternatesOf((await site.page(path)).document)));
      for (const alternates of sets) {
        assert.deepEqual(Object.fromEntries(alternates), {
          en: 'http://dossier.test/2026/03/reservoirs',
          fr: 'http://dossier.test/fr/2026/03/reservoirs-fr',
          'x-default': 'http://dossier.test/2026/03/reservoirs',
        });
      }
      // Every page named as an alternate names the first back.
      for (const [i, alternates] of sets.entries()) {
        for (const href of alternates.values()) {
          const back = alternatesOf((await site.page(new URL(href).pathname)).document);
          assert.ok([...back.values()].includes(`http://dossier.test${paths[i]}`), `${href} lists ${paths[i]}`);
        }
      }
      assert.equal(alternatesOf((await site.page('/2026/03/clocks')).document).size, 0, 'an article without translation has none');
    });

    test('the switcher goes to the translation, or to that language\'s home without one', async () => {
      const switcher = async (path: string) => Object.fromEntries([...(await site.page(path)).document.querySelectorAll('.language-switcher a')]
        .map((a) => [a.getAttribute('hreflang'), a.getAttribute('href')]));
      assert.deepEqual(await switcher('/2026/03/reservoirs'), { fr: '/fr/2026/03/reservoirs-fr', ar: '/ar/' });
      assert.deepEqual(await switcher('/fr/2026/03/reservoirs-fr'), { en: '/2026/03/reservoirs', ar: '/ar/' });
      assert.deepEqual(await switcher('/2026/03/clocks'), { fr: '/fr/', ar: '/ar/' });
      assert.deepEqual(await switcher('/fr/'), { en: '/', ar: '/ar/' });
    });

    test('/fr/ lists only French articles; the root home only the default language\'s', async () => {
      const fr = await site.page('/fr/');
      assert.equal(fr.response.statusCode, 200);
      assert.equal(fr.document.documentElement.getAttribute('lang'), 'fr');
      assert.deepEqual(cards(fr.document), ['/fr/2026/03/pluie', '/fr/2026/03/reservoirs-fr']);
      assert.deepEqual(cards((await site.page('/')).document), ['/2026/03/clocks', '/2026/03/reservoirs']);
      assert.deepEqual(cards((await site.page('/fr/section/water')).document), ['/fr/2026/03/pluie', '/fr/2026/03/reservoirs-fr']);
      assert.deepEqual(Object.fromEntries(alternatesOf(fr.document)), {
        en: 'http://dossier.test/', fr: 'http://dossier.test/fr/', ar: 'http://dossier.test/ar/', 'x-default': 'http://dossier.test/',
      });
      assert.deepEqual(cards((await site.page('/ar/')).document), ['/ar/2026/03/khazzan']);
    });

    test('Arabic search finds a word however its alef, ya, teh marbuta or harakat are written', async () => {
      const found = async (q: string) => [...(await site.page(`/search?q=${encodeURIComponent(q)}`)).document.querySelectorAll('.search-results a, .results a, main li h2 a, main article h2 a')]
        .map((a) => a.getAttribute('href')).filter((href) => href?.includes('khazzan'));
      for (const q of ['احمد', 'إحمد', 'المستشفي', 'المستشفى', 'المدرسه', 'كتاب', 'كِتاب', 'خزانات']) {
        assert.deepEqual(await found(q), ['/ar/2026/03/khazzan'], q);
      }
    });

    test('search filters by language: /fr/search and ?lang= find only that language', async () => {
      const hrefs = async (path: string) => [...(await site.page(path)).document.querySelectorAll('main a')]
        .map((a) => a.getAttribute('href') ?? '').filter((href) => /\/20\d\d\//.test(href));
      const fr = await hrefs('/fr/search?q=reservoirs');
      assert.ok(fr.length > 0 && fr.every((href) => href.startsWith('/fr/')), fr.join());
      const en = await hrefs('/search?q=reservoirs&lang=en');
      assert.ok(en.length > 0 && en.every((href) => !href.startsWith('/fr/')), en.join());
      assert.equal((await site.inject('/de/search?q=x')).statusCode, 404);
    });

    test('the article sitemap names each translation as an xhtml:link hreflang alternate, with x-default', async () => {
      const xml = (await site.inject('/sitemaps/articles-1.xml')).body;
      assert.match(xml, /xmlns:xhtml="http:\/\/www.w3.org\/1999\/xhtml"/);
      const entry = (path: string) => new RegExp(`<url><loc>http://dossier.test${path}</loc>(.*?)</url>`).exec(xml)?.[1] ?? '';
      for (const path of ['/2026/03/reservoirs', '/fr/2026/03/reservoirs-fr']) {
        const links = [...entry(path).matchAll(/<xhtml:link rel="alternate" hreflang="([^"]+)" href="([^"]+)"\/>/g)].map((m) => `${m[1]} ${m[2]}`);
        assert.deepEqual(links, ['en http://dossier.test/2026/03/reservoirs', 'fr http://dossier.test/fr/2026/03/reservoirs-fr', 'x-default http://dossier.test/2026/03/reservoirs'], path);
      }
      assert.doesNotMatch(entry('/2026/03/clocks'), /xhtml:link/);
    });

    test('/fr/feed.xml carries only the French articles', async () => {
      const feed = await site.inject('/fr/feed.xml');
      assert.equal(feed.statusCode, 200);
      const links = [...feed.body.matchAll(/<link>([^<]+)<\/link>/g)].map((m) => m[1]).filter((href) => /\/20\d\d\//.test(href!));
      assert.deepEqual(links, ['http://dossier.test/fr/2026/03/pluie', 'http://dossier.test/fr/2026/03/reservoirs-fr']);
      assert.equal((await site.inject('/de/feed.xml')).statusCode, 404);
    });

    test('a missing page under /fr/ or /ar/ says so in that language, with its lang and dir; at the root in the site\'s', async () => {
      const french = await site.inject('/fr/2026/03/no-such-article');
      assert.equal(french.statusCode, 404);
      assert.match(french.body, /<html lang="fr"/);
      assert.match(french.body, /Il n’y a rien à cette adresse\./);
      const arabic = await site.inject('/ar/no-such-page');
      assert.equal(arabic.statusCode, 404);
      assert.match(arabic.body, /<html lang="ar" dir="rtl"/);
      assert.match(arabic.body, /لا يوجد شيء في هذا العنوان/);
      const english = await site.inject('/no-such-page');
      assert.equal(english.statusCode, 404);
      assert.match(english.body, /<html lang="en"/);
      assert.match(english.body, /There is nothing at this address\./);
      // A first segment that is not one of the site's languages is an ordinary address.
      assert.match((await site.inject('/de/no-such-page')).body, /<html lang="en"/);
    });

    test('unlinking a translation takes the alternates off both pages, and linking puts them back', async () => {
      await site.services.articles.unlinkTranslation(system, waterId);
      assert.equal(alternatesOf((await site.page('/2026/03/reservoirs')).document).size, 0);
      assert.equal(alternatesOf((await site.page('/fr/2026/03/reservoirs-fr')).document).size, 0);
      await site.services.articles.linkTranslation(system, { articleId: waterId, otherSlug: 'reservoirs-fr' });
      assert.equal(alternatesOf((await site.page('/fr/2026/03/reservoirs-fr')).document).get('en'), 'http://dossier.test/2026/03/reservoirs');
      await assert.rejects(site.services.articles.linkTranslation(system, { articleId: waterId, otherSlug: 'pluie' }), /one article per language/);
    });
  });
}

for (const engine of ENGINES) {
  describe(`languages: translations readers may not see yet (${engine})`, () => {
    let site: TestSite;
    before(async () => {
      site = await createTestSite(engine, clock);
      await seedStructure(site.services);
      await site.services.settings.update({ language: 'en', languages: ['fr', 'ar'], languagePrefixes: true });
    });
    after(() => site.close());

    test('a draft or scheduled translation is not named until readers may see it', async () => {
      const clocksId = (await site.services.articles.save(buildArticle({ slug: 'clocks', title: 'Clocks', publishedAt: '2026-03-05T08:00:00.000Z' }))).id;
      // Linked in the admin, but not public yet: no hreflang, and the switcher goes to each language's home.
      await site.services.articles.save(buildArticle({ slug: 'clocks-ar', title: 'الساعات', language: 'ar', status: 'draft', publishedAt: null, tagSlugs: [] }));
      const frLaterId = (await site.services.articles.save(buildArticle({ slug: 'clocks-fr', title: 'Les horloges', language: 'fr', publishedAt: '2026-09-01T08:00:00.000Z', tagSlugs: [] }))).id;
      await site.services.articles.linkTranslation(system, { articleId: clocksId, otherSlug: 'clocks-ar' });
      await site.services.articles.linkTranslation(system, { articleId: clocksId, otherSlug: 'clocks-fr' });
      const page = await site.page('/2026/03/clocks');
      assert.equal(alternatesOf(page.document).size, 0);
      assert.deepEqual([...page.document.querySelectorAll('.language-switcher a')].map((a) => a.getAttribute('href')), ['/fr/', '/ar/']);
      // The scheduled one swapped for a published one: both pages name each other.
      await site.services.articles.unlinkTranslation(system, frLaterId);
      await site.services.articles.save(buildArticle({ slug: 'horloges', title: 'Horloges', language: 'fr', publishedAt: '2026-05-01T08:00:00.000Z', tagSlugs: [] }));
      await site.services.articles.linkTranslation(system, { articleId: clocksId, otherSlug: 'horloges' });
      const expected = { en: 'http://dossier.test/2026/03/clocks', fr: 'http://dossier.test/fr/2026/05/horloges', 'x-default': 'http://dossier.test/2026/03/clocks' };
      assert.deepEqual(Object.fromEntries(alternatesOf((await site.page('/2026/03/clocks')).document)), expected);
      assert.deepEqual(Object.fromEntries(alternatesOf((await site.page('/fr/2026/05/horloges')).document)), expected);
    });
  });
}
