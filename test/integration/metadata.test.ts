import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { demoContent } from '../../src/demo/content.js';
import { createTestSite, TEST_SITE_URL, type TestSite } from '../support/site.js';
import { buildArticle } from '../support/factories.js';

// Metadata is rendering, the same on both engines; the demo content gives every page type.
const published = demoContent.articles.filter((a) => (a.status ?? 'published') === 'published' && a.publishedAt <= '2026-11-27');
const pathOf = (a: (typeof published)[number]) => `/${a.publishedAt.slice(0, 4)}/${a.publishedAt.slice(5, 7)}/${a.slug}`;
const withNotes = published.find((a) => a.body.includes('https://'))!;
const url = (path: string) => `${TEST_SITE_URL}${path}`;

function jsonLd(document: Document): Array<Record<string, unknown>> {
  return [...document.querySelectorAll('script[type="application/ld+json"]')].map((s) => JSON.parse(s.textContent ?? '') as Record<string, unknown>);
}
const meta = (document: Document, key: string) =>
  document.querySelector(`meta[property="${key}"], meta[name="${key}"]`)?.getAttribute('content') ?? null;

describe('SEO metadata on public pages', () => {
  let site: TestSite;
  before(async () => {
    site = await createTestSite('sqlite', () => new Date('2026-11-27T12:00:00.000Z'));
    await site.services.transfer.seedDemo(demoContent);
  });
  after(() => site.close());

  test('every public page has a canonical URL, description, OpenGraph, Twitter card and feed links', async () => {
    const paths = ['/', '/page/2', '/about', '/section/water', '/section/water/water-treatment', '/tag/infrastructure', `/author/${demoContent.authors[0]!.slug}`, pathOf(withNotes), '/search?q=water'];
    for (const path of paths) {
      const { response, document } = await site.page(path);
      assert.equal(response.statusCode, 200, path);
      const canonical = document.querySelector('link[rel="canonical"]')?.getAttribute('href');
      assert.ok(canonical?.startsWith(TEST_SITE_URL), `${path} canonical`);
      assert.ok(meta(document, 'description'), `${path} description`);
      assert.equal(meta(document, 'og:url'), canonical, `${path} og:url`);
      assert.ok(meta(document, 'og:title') && meta(document, 'og:description') && meta(document, 'og:type'), `${path} og`);
      assert.equal(meta(document, 'og:site_name'), 'Dossier');
      assert.equal(meta(document, 'twitter:card'), 'summary_large_image');
      assert.ok(meta(document, 'twitter:title'));
      const feeds = [...document.querySelectorAll('link[rel="alternate"]')].map((l) => [l.getAttribute('type'), l.getAttribute('href')]);
      assert.deepEqual(feeds.slice(0, 3), [
        ['application/rss+xml', url('/feed.xml')], ['application/atom+xml', url('/feed.atom')], ['application/feed+json', url('/feed.json')],
      ], `${path} autodiscovery`);
    }
  });

  test('list pages advertise their own feeds and link prev/next', async () => {
    const { document } = await site.page('/section/water');
    const own = [...document.querySelectorAll('link[rel="alternate"]')].map((l) => l.getAttribute('href')).slice(3);
    assert.deepEqual(own, ['feed.xml', 'feed.atom', 'feed.json'].map((f) => url(`/section/water/${f}`)));
    const home = await site.page('/');
    assert.equal(home.document.querySelector('link[rel="next"]')?.getAttribute('href'), '/page/2');
    const second = await site.page('/page/2');
    assert.equal(second.document.querySelector('link[rel="prev"]')?.getAttribute('href'), '/');
  });

  test('an article has NewsArticle JSON-LD with authors, dates, publisher, image and citations', async () => {
    const { document } = await site.page(pathOf(withNotes));
    const article = jsonLd(document).find((d) => d['@type'] === 'NewsArticle')!;
    assert.ok(article, 'NewsArticle present');
    assert.equal(article['headline'], withNotes.title);
    assert.equal(article['url'], url(pathOf(withNotes)));
    assert.equal(article['datePublished'], withNotes.publishedAt);
    assert.equal(article['dateModified'], withNotes.updatedAt ?? withNotes.publishedAt);
    const authors = article['author'] as Array<Record<string, string>>;
    assert.deepEqual(authors.map((a) => [a['@type'], a['url']]), withNotes.authors.map((slug) => ['Person', url(`/author/${slug}`)]));
    assert.deepEqual((article['publisher'] as Record<string, unknown>)['name'], 'Dossier');
    assert.ok(Array.isArray(article['image']) && (article['image'] as string[])[0]!.startsWith(TEST_SITE_URL));
    const citations = article['citation'] as Array<string | Record<string, string>>;
    assert.ok(citations.length > 0);
    assert.ok(citations.some((c) => typeof c === 'object' && c['url']?.startsWith('https://')), 'notes with links become CreativeWorks');
    assert.ok(jsonLd(document).some((d) => d['@type'] === 'BreadcrumbList'));
    assert.equal(meta(document, 'og:type'), 'article');
    assert.equal(meta(document, 'article:published_time'), withNotes.publishedAt);
    assert.deepEqual([...document.querySelectorAll('meta[property="article:tag"]')].length, withNotes.tags.length);
  });

  test('author pages carry Person, section pages CollectionPage', async () => {
    const author = demoContent.authors[0]!;
    const person = jsonLd((await site.page(`/author/${author.slug}`)).document).find((d) => d['@type'] === 'Person');
    assert.equal(person?.['name'], author.name);
    assert.equal(person?.['url'], url(`/author/${author.slug}`));
    const collection = jsonLd((await site.page('/section/water/water-treatment')).document).find((d) => d['@type'] === 'CollectionPage');
    assert.equal(collection?.['url'], url('/section/water/water-treatment'));
  });

  test('search results and error pages are noindex; articles are not', async () => {
    assert.equal(meta((await site.page('/search?q=water')).document, 'robots'), 'noindex');
    assert.equal(meta((await site.page('/no-such-page')).document, 'robots'), 'noindex');
    assert.equal(meta((await site.page(pathOf(withNotes))).document, 'robots'), null);
  });

  test('the editor\'s SEO title and description replace the page title and the dek in the head, and empty ones fall back', async () => {
    const base = { sectionSlug: 'water', authorSlugs: [demoContent.authors[0]!.slug], publishedAt: '2026-11-01T10:00:00.000Z' };
    await site.services.articles.save(buildArticle({ ...base, slug: 'seo-set', title: 'Reservoir levels in a dry autumn' }), {
      editorial: { featuredMediaId: null, featuredAlt: '', seoTitle: 'Dry autumn: how full the reservoirs are', seoDescription: 'Levels week by week, with the sources.', articleType: '' },
    });
    await site.services.articles.save(buildArticle({ ...base, slug: 'seo-empty', title: 'Reservoir levels in a wet spring', dek: 'The dek stands in.' }), {
      editorial: { featuredMediaId: null, featuredAlt: '', seoTitle: '  ', seoDescription: '', articleType: '' },
    });
    const set = (await site.page('/2026/11/seo-set')).document;
    assert.equal(set.title, 'Dry autumn: how full the reservoirs are');
    assert.equal(meta(set, 'description'), 'Levels week by week, with the sources.');
    assert.equal(set.querySelector('h1')?.textContent, 'Reservoir levels in a dry autumn', 'the page\'s own heading keeps the title');
    const empty = (await site.page('/2026/11/seo-empty')).document;
    assert.equal(empty.title, 'Reservoir levels in a wet spring — Dossier');
    assert.equal(meta(empty, 'description'), 'The dek stands in.');
  });
});
