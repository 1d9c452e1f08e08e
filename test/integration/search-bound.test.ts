// Search ranks a bounded set: a word in more articles than SEARCH_CANDIDATES is ranked among
// its newest matches only, by relevance, and the page says there are more.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { ARCHIVE_NOW, generateArchive } from '../../bench/generate.js';
import { SEARCH_CANDIDATES } from '../../src/store/repos/search-candidates.js';
import { ENGINES } from '../support/databases.js';
import { buildArticle } from '../support/factories.js';
import { createTestSite, type TestSite } from '../support/site.js';

const titles = (document: Document) => [...document.querySelectorAll('.search-results .card-title a')].map((a) => a.getAttribute('href'));

for (const engine of ENGINES) {
  describe(`search over more matches than it ranks (${engine})`, { timeout: 300_000 }, () => {
    let site: TestSite;
    before(async () => {
      site = await createTestSite(engine, () => new Date(ARCHIVE_NOW.getTime() + 3_600_000));
      // Every generated article names its author, "Writer N": the word matches them all.
      await generateArchive(site.site.store, SEARCH_CANDIDATES + 100);
      const save = site.services.articles.save;
      await save(buildArticle({ slug: 'notes-of-a-writer', title: 'Notes of a writer', body: 'Ink and paper.', sectionSlug: 'city', tagSlugs: [], authorSlugs: ['writer-1'], publishedAt: '2020-01-01T08:00:00.000Z' }));
      await save(buildArticle({ slug: 'harbour-lights', title: 'Harbour lights', body: 'Lamps along the quay.', sectionSlug: 'city', tagSlugs: [], authorSlugs: ['writer-2'], publishedAt: ARCHIVE_NOW.toISOString() }));
    });
    after(() => site.close());

    test('the page says there are more than it ranked, and the best match among the newest comes first', async () => {
      const { response, document } = await site.page('/search?q=writer');
      assert.equal(response.statusCode, 200);
      const summary = document.querySelector('.search-summary')?.textContent ?? '';
      assert.match(summary, new RegExp(`More than ${SEARCH_CANDIDATES.toLocaleString('en')} results`), summary);
      const found = titles(document);
      assert.equal(found.length, 10);
      // The word in its title outranks newer articles that have it only in their byline.
      assert.equal(found[0], '/2020/01/notes-of-a-writer');
      assert.equal(document.querySelector('a[rel="next"]')?.getAttribute('href'), '/search?q=writer&page=2');
    });

    test('a rarer word is counted exactly', async () => {
      const { document } = await site.page('/search?q=quay');
      assert.deepEqual(titles(document), [`/${ARCHIVE_NOW.toISOString().slice(0, 7).replace('-', '/')}/harbour-lights`]);
      assert.match(document.querySelector('.search-summary')?.textContent ?? '', /^1 result for/);
    });
  });
}
