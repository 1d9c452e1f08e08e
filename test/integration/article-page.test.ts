import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { ENGINES } from '../support/databases.js';
import { buildArticle, seedStructure } from '../support/factories.js';
import { createTestSite, type TestSite } from '../support/site.js';

const clock = () => new Date('2026-06-01T12:00:00.000Z');

const BODY = `Filters remove particles.[^sand] Sand beds date back centuries.[^hist]

Slow sand filters still work today.[^sand] Engineers keep them because they are cheap.[^sand]

[^sand]: Water Board. *Filtration Handbook*. https://board.example.org/handbook.pdf (accessed 3 May 2021).
[^hist]: Baker, M. N. *The Quest for Pure Water*. 1948.
`;

for (const engine of ENGINES) {
  describe(`article page (${engine})`, () => {
    let site: TestSite;
    before(async () => {
      site = await createTestSite(engine, clock);
      await seedStructure(site.services);
      await site.services.articles.save(buildArticle({ slug: 'sand-filters', title: 'Sand & Filters', sectionSlug: 'filters', body: BODY, authorSlugs: ['ada', 'ben'], tagSlugs: ['pipes'], updatedAt: '2026-02-01T09:00:00.000Z' }));
      await site.services.articles.save(buildArticle({ slug: 'older-filters', sectionSlug: 'filters', publishedAt: '2026-01-01T10:00:00.000Z' }));
      await site.services.articles.save(buildArticle({ slug: 'tagged-clock', sectionSlug: 'time', tagSlugs: ['pipes'] }));
      await site.services.articles.save(buildArticle({ slug: 'draft-filters', sectionSlug: 'filters', status: 'draft' }));
    });
    after(() => site.close());

    test('breadcrumbs list Home, every ancestor section in order, then the title', async () => {
      const { response, document } = await site.page('/2026/01/sand-filters');
      assert.equal(response.statusCode, 200);
      const nav = document.querySelector('nav[aria-label="Breadcrumb"]');
      assert.ok(nav, 'breadcrumb nav exists');
      const crumbs = [...nav.querySelectorAll('li a')].map((a) => [a.textContent, a.getAttribute('href')]);
      assert.deepEqual(crumbs, [
        ['Home', '/'],
        ['Water', '/section/water'],
        ['Treatment', '/section/water/treatment'],
        ['Filters', '/section/water/treatment/filters'],
        ['Sand & Filters', '/2026/01/sand-filters'],
      ]);
      assert.equal(nav.querySelector('[aria-current="page"]')?.textContent, 'Sand & Filters');
      const ld = [...document.querySelectorAll('script[type="application/ld+json"]')].map((s) => JSON.parse(s.textContent ?? ''));
      const list = ld.find((d) => d['@type'] === 'BreadcrumbList');
      assert.deepEqual(list.itemListElement.map((i: { name: string }) => i.name), ['Home', 'Water', 'Treatment', 'Filters', 'Sand & Filters']);
      assert.equal(list.itemListElement[3].item, 'http://dossier.test/section/water/treatment/filters');
    });

    test('every marker links to an existing note and every note links back to each marker', async () => {
      const { document } = await site.page('/2026/01/sand-filters');
      const markers = [...document.querySelectorAll('.article-body sup.note-ref a')];
      assert.deepEqual(markers.map((m) => m.textContent), ['[1]', '[2]', '[1]', '[1]']);
      const notes = [...document.querySelectorAll('.notes-list > li')];
      assert.equal(notes.length, 2);
      for (const marker of markers) {
        const target = marker.getAttribute('href')!.slice(1);
        assert.ok(document.getElementById(target)?.matches('.notes-list > li'), `${target} is a note`);
      }
      const markerIds = new Set(markers.map((m) => m.id));
      const backlinks = notes.map((n) => [...n.querySelectorAll('a.note-backlink')].map((a) => [a.textContent, a.getAttribute('href')!.slice(1)]));
      assert.deepEqual(backlinks[0]!.map(([text]) => text), ['a', 'b', 'c']);
      assert.deepEqual(backlinks[1]!.map(([text]) => text), ['↩']);
      const backTargets = backlinks.flat().map(([, id]) => id);
      assert.deepEqual(new Set(backTargets), markerIds, 'back-links cover exactly the markers');
      for (const id of backTargets) assert.ok(document.getElementById(id!), `${id} exists`);
      const ids = [...document.querySelectorAll('[id]')].map((e) => e.id);
      assert.equal(new Set(ids).size, ids.length, 'ids are unique');
    });

    test('title, dek, dates, byline and tags appear in order', async () => {
      const { document } = await site.page('/2026/01/sand-filters');
      const article = document.querySelector('main article')!;
      assert.equal(article.querySelector('h1')?.textContent, 'Sand & Filters');
      assert.equal(article.querySelector('.dek')?.textContent, 'A dek for the test.');
      const times = [...article.querySelectorAll('.article-meta time')].map((t) => t.getAttribute('datetime'));
      assert.deepEqual(times, ['2026-01-15T10:00:00.000Z', '2026-02-01T09:00:00.000Z']);
      assert.deepEqual([...article.querySelectorAll('.byline a')].map((a) => a.getAttribute('href')), ['/author/ada', '/author/ben']);
      assert.deepEqual([...article.querySelectorAll('.article-tags a')].map((a) => a.textContent), ['Pipes']);
      const order = ['nav[aria-label="Breadcrumb"]', 'h1', '.byline', '.article-body', '.notes', '.related', '#comments'];
      const positions = order.map((selector) => document.documentElement.innerHTML.indexOf(document.querySelector(selector)!.outerHTML));
      assert.deepEqual([...positions].sort((a, b) => a - b), positions, 'sections appear top to bottom');
    });

    test('"You may also like" ranks a shared tag above a same-section article with nothing in common, never drafts or itself', async () => {
      const { document } = await site.page('/2026/01/sand-filters');
      const related = [...document.querySelectorAll('.related .related-title a')].map((a) => a.getAttribute('href'));
      assert.deepEqual(related, ['/2026/01/tagged-clock', '/2026/01/older-filters']);
      const thumbs = [...document.querySelectorAll('.related .thumb')];
      assert.equal(thumbs.length, 2);
      assert.ok(thumbs.every((t) => t.getAttribute('aria-hidden') === 'true'), 'placeholders are decorative');
    });

    test('drafts, scheduled and future articles answer 404', async () => {
      await site.services.articles.save(buildArticle({ slug: 'scheduled-one', status: 'scheduled', publishedAt: '2026-01-20T00:00:00.000Z' }));
      await site.services.articles.save(buildArticle({ slug: 'future-one', publishedAt: '2026-12-20T00:00:00.000Z' }));
      for (const path of ['/2026/01/draft-filters', '/2026/01/scheduled-one', '/2026/12/future-one']) {
        const { response, document } = await site.page(path);
        assert.equal(response.statusCode, 404, path);
        assert.equal(document.querySelector('h1')?.textContent, 'Page not found');
      }
      const { document } = await site.page('/section/water');
      const listed = [...document.querySelectorAll('.card-title a')].map((a) => a.getAttribute('href'));
      assert.ok(!listed.some((href) => /draft|scheduled|future/.test(href ?? '')), listed.join());
    });

    test('an article requested under the wrong month is sent to its address', async () => {
      const response = await site.inject('/2025/07/sand-filters');
      assert.equal(response.statusCode, 301);
      assert.equal(response.headers.location, '/2026/01/sand-filters');
    });
  });
}
