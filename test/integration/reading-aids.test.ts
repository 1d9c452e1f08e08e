// Reading aids on the article page: reading time from the body's words, a table of contents
// for articles with three or more h2/h3 headings (linking to ids the headings carry),
// "Updated" and "Correction" badges linking to the corrections notice; in the page's language.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { buildArticle, seedStructure } from '../support/factories.js';
import { createTestSite, type TestSite } from '../support/site.js';

const clock = () => new Date('2026-06-01T12:00:00.000Z');
const words = (n: number) => Array.from({ length: n }, (_, i) => `word${i}`).join(' ');

const LONG = `${words(700)}[^a]

## Where the water comes from

${words(300)}

### The upper lake

${words(200)}

## Where the water comes from

${words(100)}

## Costs & *benefits*

${words(80)}

### Title

${words(5)}

[^a]: Lake Office. *Reservoirs*. 2021.
`;

describe('reading aids on the article page (sqlite)', () => {
  let site: TestSite;
  before(async () => {
    site = await createTestSite('sqlite', clock);
    await seedStructure(site.services);
    await site.services.articles.save(buildArticle({ slug: 'long-read', title: 'Long read', body: LONG, updatedAt: '2026-01-15T10:00:00.000Z' }));
    await site.services.articles.save(buildArticle({ slug: 'short-note', title: 'Short note', body: `${words(40)}\n\n## Only heading\n\n${words(10)}\n`, updatedAt: '2026-03-01T10:00:00.000Z' }));
    await site.services.articles.save(buildArticle({ slug: 'corrected', title: 'Corrected', language: 'ar', updatedAt: '2026-01-15T10:00:00.000Z' }));
    const corrected = await site.services.reader.article('corrected');
    await site.site.store.repos.corrections.insert({ articleId: corrected.article.id, kind: 'correction', text: 'The dam is 40 m high, not 400 m.', date: '2026-02-02T09:00:00.000Z', userId: null, createdAt: '2026-02-02T09:00:00.000Z' });
  });
  after(() => site.close());

  test('the reading time follows the word count (about 230 words a minute)', async () => {
    const long = (await site.page('/2026/01/long-read')).document;
    // About 1,400 words (paragraphs, headings, the note's marker): 6 minutes.
    assert.equal(long.querySelector('.article-header .reading-time')?.textContent, '6 min read');
    const short = (await site.page('/2026/01/short-note')).document;
    assert.equal(short.querySelector('.reading-time')?.textContent, '1 min read');
  });

  test('a long article lists its headings, each link landing on a heading with that id', async () => {
    const { document } = await site.page('/2026/01/long-read');
    const toc = document.querySelector('nav.toc');
    assert.ok(toc, 'a table of contents');
    assert.equal(toc.getAttribute('aria-labelledby'), toc.querySelector('h2')?.id);
    assert.equal(toc.querySelector('h2')?.textContent, 'Contents');
    const links = [...toc.querySelectorAll('a')].map((a) => [a.textContent, a.getAttribute('href')]);
    assert.deepEqual(links, [
      ['Where the water comes from', '#long-read--where-the-water-comes-from'],
      ['The upper lake', '#long-read--the-upper-lake'],
      ['Where the water comes from', '#long-read--where-the-water-comes-from-2'],
      ['Costs & benefits', '#long-read--costs-benefits'],
      // Not the id of the page's title (long-read-title).
      ['Title', '#long-read--title'],
    ]);
    // The h3 is nested under its h2.
    assert.equal(toc.querySelector(':scope > ol > li > ol a')?.textContent, 'The upper lake');
    for (const [text, href] of links) {
      const heading = document.getElementById(href!.slice(1));
      assert.ok(heading?.matches('.article-body h2, .article-body h3'), `${href} is a heading of the body`);
      assert.equal(heading!.textContent, text);
    }
    // The table of contents comes before the body; ids stay unique on the page.
    assert.ok(toc.compareDocumentPosition(document.querySelector('.article-body')!) & 4);
    const ids = [...document.querySelectorAll('[id]')].map((e) => e.id);
    assert.equal(new Set(ids).size, ids.length, 'ids are unique');
    // Same text, same id: the page renders the same ids again.
    const again = (await site.page('/2026/01/long-read')).document;
    assert.deepEqual([...again.querySelectorAll('.article-body h2')].map((h) => h.id), [...document.querySelectorAll('.article-body h2')].map((h) => h.id));
  });

  test('an article with fewer than three headings has no table of contents, its heading still has an id', async () => {
    const { document } = await site.page('/2026/01/short-note');
    assert.equal(document.querySelector('nav.toc'), null);
    assert.equal(document.querySelector('.article-body h2')?.id, 'short-note--only-heading');
  });

  test('badges: "Updated" after an edit following publication, "Correction" linking to the notice', async () => {
    const updated = (await site.page('/2026/01/short-note')).document;
    assert.deepEqual([...updated.querySelectorAll('.article-header .badge')].map((b) => b.textContent), ['Updated']);
    const unchanged = (await site.page('/2026/01/long-read')).document;
    assert.equal(unchanged.querySelectorAll('.badge').length, 0, 'no badge when never updated nor corrected');
    const corrected = (await site.page('/2026/01/corrected')).document;
    const badge = corrected.querySelector('a.badge-correction');
    assert.equal(badge?.textContent, 'تصحيح', 'in the article\'s language');
    const notice = corrected.getElementById(badge!.getAttribute('href')!.slice(1));
    assert.ok(notice?.matches('aside.corrections'), 'the badge links to the corrections notice');
    assert.match(notice!.textContent ?? '', /40 m high/);
    assert.equal(corrected.querySelector('.reading-time')?.textContent, 'قراءة في دقيقة واحدة');
  });

  test('the article page loads its script as a module from this site; other pages do not', async () => {
    const { document } = await site.page('/2026/01/long-read');
    const scripts = [...document.querySelectorAll('script[src]')];
    assert.equal(scripts.length, 1);
    assert.equal(scripts[0]!.getAttribute('type'), 'module');
    const src = scripts[0]!.getAttribute('src')!;
    assert.match(src, /^\/assets\/article\.[0-9a-f]{12}\.js$/);
    const asset = await site.inject(src);
    assert.equal(asset.statusCode, 200);
    assert.match(String(asset.headers['content-type']), /javascript/);
    assert.match(asset.body, /role/);
    assert.equal((await site.page('/')).document.querySelectorAll('script[src]').length, 0);
  });
});
