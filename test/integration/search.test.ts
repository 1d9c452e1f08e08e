import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { ENGINES } from '../support/databases.js';
import { buildArticle, seedStructure } from '../support/factories.js';
import { createTestSite, type TestSite } from '../support/site.js';
import { SEARCH_FILTER_OPTIONS } from '../../src/services/reader/search-page.js';

const clock = () => new Date('2026-06-01T12:00:00.000Z');
const titles = (document: Document) => [...document.querySelectorAll('.search-results .card-title a')].map((a) => a.getAttribute('href'));

for (const engine of ENGINES) {
  describe(`search (${engine})`, () => {
    let site: TestSite;
    before(async () => {
      site = await createTestSite(engine, clock);
      await seedStructure(site.services);
      const save = site.services.articles.save;
      await save(buildArticle({ slug: 'aqueducts', title: 'Roman aqueducts', body: 'The aqueducts carried water across the valley for centuries.', tagSlugs: ['pipes'], publishedAt: '2026-02-10T08:00:00.000Z' }));
      await save(buildArticle({ slug: 'sand-beds', title: 'Slow sand beds', body: 'Slow sand filtration cleans water through a living layer.', sectionSlug: 'filters', publishedAt: '2026-03-10T08:00:00.000Z' }));
      await save(buildArticle({ slug: 'pendulums', title: 'Pendulum clocks', body: 'A pendulum keeps time; water clocks came first.', sectionSlug: 'time', authorSlugs: ['ben'], tagSlugs: ['clocks'], publishedAt: '2026-04-10T08:00:00.000Z' }));
      await save(buildArticle({ slug: 'draft-water', title: 'Draft on water', body: 'Unpublished thoughts about water and zeppelins.', status: 'draft' }));
      await save(buildArticle({ slug: 'future-water', title: 'Future water', body: 'Water from the future, and zeppelins.', publishedAt: '2026-12-01T08:00:00.000Z' }));
      await save(buildArticle({ slug: 'xss', title: 'Tags <b>in</b> titles', body: 'Escaping &lt;script&gt;alert(1)&lt;/script&gt; matters for marmalade.' }));
    });
    after(() => site.close());

    test('a word from the body of a just-published article is found, and not after unpublishing', async () => {
      const { id: id } = await site.services.articles.save(buildArticle({ slug: 'quokka', title: 'Island notes', body: 'A quokka drank from the cistern.' }));
      const found = await site.page('/search?q=quokka');
      assert.equal(found.response.statusCode, 200);
      assert.deepEqual(titles(found.document), ['/2026/01/quokka']);
      await site.services.articles.unpublish(id);
      const { document } = await site.page('/search?q=quokka');
      assert.deepEqual(titles(document), []);
      assert.match(document.querySelector('.search-summary')?.textContent ?? '', /No results/);
    });

    test('an update replaces the indexed text; a deleted article is gone', async () => {
      const input = buildArticle({ slug: 'wombat', title: 'Burrows', body: 'A wombat dug a burrow.' });
      const { id: id } = await site.services.articles.save(input);
      await site.services.articles.save({ ...input, body: 'A platypus swam instead.' }, { id });
      assert.deepEqual(titles((await site.page('/search?q=wombat')).document), []);
      assert.deepEqual(titles((await site.page('/search?q=platypus')).document), ['/2026/01/wombat']);
      await site.services.articles.delete(id);
      assert.deepEqual(titles((await site.page('/search?q=platypus')).document), []);
    });

    test('drafts and articles dated in the future are never found', async () => {
      assert.deepEqual(titles((await site.page('/search?q=zeppelins')).document), []);
    });

    test('results are ranked (title first), with matches marked in title and snippet', async () => {
      const { document } = await site.page('/search?q=aqueducts');
      assert.deepEqual(titles(document), ['/2026/02/aqueducts']);
      const marks = [...document.querySelectorAll('.search-results mark')].map((m) => m.textContent?.toLowerCase());
      assert.ok(marks.includes('aqueducts'), marks.join());
      const ranked = titles((await site.page('/search?q=water')).document);
      assert.deepEqual(new Set(ranked), new Set(['/2026/02/aqueducts', '/2026/03/sand-beds', '/2026/04/pendulums']));
      assert.match(document.querySelector('.search-summary')?.textContent ?? '', /1 result for/);
    });

    test('phrases and prefixes', async () => {
      assert.deepEqual(titles((await site.page('/search?q=%22slow+sand%22')).document), ['/2026/03/sand-beds']);
      assert.deepEqual(titles((await site.page('/search?q=%22sand+slow%22')).document), []);
      assert.deepEqual(titles((await site.page('/search?q=pendul*')).document), ['/2026/04/pendulums']);
    });

    test('filters by section (with subsections), author, tag and date range', async () => {
      const search = async (filters: string) => new Set(titles((await site.page(`/search?q=water&${filters}`)).document));
      assert.deepEqual(await search('section=water'), new Set(['/2026/02/aqueducts', '/2026/03/sand-beds']));
      assert.deepEqual(await search('section=water/treatment/filters'), new Set(['/2026/03/sand-beds']));
      assert.deepEqual(await search('author=ben'), new Set(['/2026/04/pendulums']));
      assert.deepEqual(await search('tag=pipes'), new Set(['/2026/02/aqueducts']));
      assert.deepEqual(await search('from=2026-03-01&to=2026-03-31'), new Set(['/2026/03/sand-beds']));
      assert.deepEqual(await search('to=2026-02-10'), new Set(['/2026/02/aqueducts']), 'the end date is inclusive');
      // Unknown filters are ignored, not errors.
      assert.equal((await search('section=nope&author=nobody&tag=x&from=2026-02-31&to=yesterday')).size, 3);
    });

    test('results are paginated and keep the query in the page links', async () => {
      const saves = Array.from({ length: 12 }, (_, i) => buildArticle({ slug: `kelp-${i}`, title: `Kelp ${i}`, body: 'Kelp forests.' }));
      for (const input of saves) await site.services.articles.save(input);
      const first = await site.page('/search?q=kelp');
      assert.equal(titles(first.document).length, 10);
      assert.equal(first.document.querySelector('a[rel="next"]')?.getAttribute('href'), '/search?q=kelp&page=2');
      const second = await site.page('/search?q=kelp&page=2');
      assert.equal(titles(second.document).length, 2);
      const beyond = await site.page('/search?q=kelp&page=9');
      assert.equal(beyond.response.statusCode, 200);
      assert.equal(titles(beyond.document).length, 0);
    });

    test('titles and snippets are escaped text, never markup', async () => {
      const { response, document } = await site.page('/search?q=marmalade');
      assert.equal(titles(document).length, 1);
      assert.doesNotMatch(response.body, /<script>alert|<b>in<\/b>/);
      assert.match(document.querySelector('.search-results .card-title')?.textContent ?? '', /Tags <b>in<\/b> titles/);
    });

    test('search pages are noindex and the header has a search box on every page', async () => {
      const { response, document } = await site.page('/search?q=water');
      assert.equal(document.querySelector('meta[name="robots"]')?.getAttribute('content'), 'noindex');
      assert.equal(response.headers['x-robots-tag'], 'noindex');
      const home = await site.page('/');
      const box = home.document.querySelector('header form[role="search"]');
      assert.equal(box?.getAttribute('action'), '/search');
      assert.equal(box?.getAttribute('method'), 'get');
      assert.equal(box?.querySelector('input[name="q"]')?.getAttribute('type'), 'search');
    });

    test('hostile queries answer 200 in bounded time', async () => {
      const hostile = [
        'x'.repeat(10_000), 'water '.repeat(2_000), '"unbalanced', '""', '"', '*', '**', '-', '--', ':', 'title:water', 'NEAR', 'NEAR(water lead, 2)',
        'water AND', 'OR OR OR', 'NOT', '(', ')', '^', '{', '}', "'", "''", "'; DROP TABLE articles; --", '1 OR 1=1', '\\', '%', '%25', '&', '|', '!', '<->',
        ':*', 'a:*', '\u0000', '東京 水', '🙂💧', 'Zürich', 'ǅ', '\u202e', '\uE000water\uE001', '\u{10FFFF}',
      ];
      for (const q of hostile) {
        const started = performance.now();
        const response = await site.inject({ method: 'GET', url: `/search?${new URLSearchParams({ q, section: q.slice(0, 50), tag: q.slice(0, 20), from: q.slice(0, 10) })}` });
        const ms = performance.now() - started;
        assert.equal(response.statusCode, 200, `${JSON.stringify(q.slice(0, 40))}: ${response.statusCode}`);
        assert.ok(ms < 2000, `${JSON.stringify(q.slice(0, 40))} took ${ms.toFixed(0)} ms`);
      }
      for (const url of ['/search?q=a&q=b', '/search?q[x]=1', '/search?page=abc', '/search?page=-1&q=water', '/search?q=%E0%A4%A', '/search']) {
        assert.equal((await site.inject(url)).statusCode, 200, url);
      }
    });

    test('with more tags than the form offers, it offers the first by name, and a tag beyond them still filters and is offered', async () => {
      // Named "Aa…", these come before Clocks and Pipes: "pipes" lies beyond the offered ones.
      for (let i = 0; i < SEARCH_FILTER_OPTIONS + 5; i++) await site.services.structure.createTag({ slug: `aa-${i}`, name: `Aa ${String(i).padStart(3, '0')}` });
      const offered = (document: Document) => [...document.querySelectorAll('select[name="tag"] option')].map((o) => o.getAttribute('value'));
      const plain = offered((await site.page('/search?q=water')).document);
      assert.equal(plain.length, SEARCH_FILTER_OPTIONS + 1, 'the first tags by name and "All tags"');
      assert.equal(plain[1], 'aa-0');
      assert.ok(!plain.includes('pipes'), 'a tag past the first ones by name is not offered unasked');
      const { document } = await site.page('/search?q=water&tag=pipes');
      assert.deepEqual(titles(document), ['/2026/02/aqueducts'], 'the filter applies');
      assert.ok(offered(document).includes('pipes'), 'and the applied tag is offered');
      assert.equal(document.querySelector('select[name="tag"] option[selected]')?.getAttribute('value'), 'pipes');
    });
  });
}
