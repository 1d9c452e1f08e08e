import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { OpenDatabase } from '../../src/store/dialect.js';
import { openDatabase } from '../../src/store/open-database.js';
import { ENGINES } from '../support/databases.js';
import { buildArticle, seedStructure } from '../support/factories.js';
import { createTestSite, type TestSite } from '../support/site.js';

// Cite-level data (locator, label, prefix, suffix, several sources in one note) survives
// saving, reading back and re-rendering in another style; notes stored before it was kept
// still read and render as they did.

const BODY = `Wells ran dry.[^one] Rates rose.[^two] Again.[^three]

[^one]: See Jane Smith, *The Book of Water* (Boston: Harbor Press, 2019), 45; cf. Mira Chen, “Salt and the City,” *Journal of Water* 12, no. 3 (2020): 101–19, quoting an engineer’s report from 1911.
[^two]: Ibid., chap. 4.
[^three]: Tomás Reyes, *Dry Seasons* (Austin: University of Texas Press, 2011), para. 30.
`;

const noteTexts = async (site: TestSite, slug: string) => {
  const { document } = await site.page(`/2026/01/${slug}`);
  return [...document.querySelectorAll('.notes-list > li .note-text')].map((n) => n.textContent ?? '');
};

for (const engine of ENGINES) {
  describe(`cites of a note, stored and rendered (${engine})`, () => {
    let site: TestSite;
    let db: OpenDatabase;
    before(async () => {
      site = await createTestSite(engine, () => new Date('2026-06-01T12:00:00.000Z'));
      db = await openDatabase(site.database.target);
      await seedStructure(site.services);
    });
    after(async () => {
      await db?.close();
      await site?.close();
    });

    test('locators, labels, prefixes, suffixes and several sources are stored and read back', async () => {
      await site.services.articles.save(buildArticle({ slug: 'wells', body: BODY }));
      const { notes } = await site.services.reader.article('wells');
      const [one, two, three] = notes;
      assert.equal(one!.cites?.length, 2);
      assert.deepEqual({ ...one!.cites![0], itemData: one!.cites![0]!.itemData.title }, { itemData: 'The Book of Water', locator: '45', label: 'page', prefix: 'See' });
      assert.equal(one!.cites![0]!.itemData.page, undefined, 'the pinpoint is not the book’s page range');
      assert.deepEqual({ ...one!.cites![1], itemData: undefined }, { itemData: undefined, prefix: 'cf.', suffix: 'quoting an engineer’s report from 1911' });
      assert.equal(one!.cites![1]!.itemData.volume, '12');
      assert.equal(one!.cites![1]!.itemData.page, '101–19');
      assert.equal(two!.ibidOf, 1);
      assert.equal(two!.csl.page, undefined, 'an ibid’s locator is not stored as the source’s page');
      assert.deepEqual({ ...two!.cites![0], itemData: two!.cites![0]!.itemData.title }, { itemData: 'The Book of Water', locator: '4', label: 'chapter' });
      assert.deepEqual({ locator: three!.cites![0]!.locator, label: three!.cites![0]!.label }, { locator: '30', label: 'paragraph' });
    });

    test('every style renders them from what was stored', async () => {
      await site.worker.drain();
      const chicago = await noteTexts(site, 'wells');
      assert.equal(chicago[0], 'See Jane Smith, The Book of Water (Harbor Press, 2019), 45; cf. Mira Chen, “Salt and the City,” Journal of Water 12, no. 3 (2020): 101–19, quoting an engineer’s report from 1911.');
      assert.equal(chicago[1], 'Ibid., chap.\u00a04');
      assert.equal(chicago[2], 'Tomás Reyes, Dry Seasons (University of Texas Press, 2011), para. 30.');
      await site.services.settings.update({ citationStyle: 'apa' });
      await site.worker.drain();
      const apa = await noteTexts(site, 'wells');
      assert.equal(apa[0], 'See Smith, J. (2019). The Book of Water. Harbor Press. p.\u00a045. cf. Chen, M. (2020). Salt and the City. Journal of Water, 12(3), 101–119. quoting an engineer’s report from 1911.');
      assert.equal(apa[1], 'Smith, J. (2019). The Book of Water. Harbor Press. chap.\u00a04.');
      await site.services.settings.update({ citationStyle: 'chicago-notes-bibliography' });
    });

    test('a note stored before cites were kept reads as it did: its page as the pinpoint', async () => {
      await site.services.articles.save(buildArticle({ slug: 'legacy', body: 'Clocks.[^a] Again.[^b]\n\n[^a]: Sobel, Dava. *Longitude*. New York: Walker, 1995, p. 147.\n[^b]: Ibid., p. 150.\n' }));
      const book = { type: 'book', title: 'Longitude', author: [{ family: 'Sobel', given: 'Dava' }], publisher: 'Walker', issued: { 'date-parts': [[1995]] } };
      const article = await site.services.reader.article('legacy');
      const rows = db.db.updateTable('notes').where('article_id', '=', article.article.id);
      await rows.where('number', '=', 1).set({ csl: JSON.stringify({ ...book, page: '147' }) }).execute();
      await rows.where('number', '=', 2).set({ csl: JSON.stringify({ ...book, page: '150' }) }).execute();
      const { notes } = await site.services.reader.article('legacy');
      assert.equal(notes[0]!.cites, undefined);
      assert.equal(notes[1]!.csl.page, '150');
      await site.services.settings.update({ citationStyle: 'apa' });
      await site.worker.drain();
      assert.deepEqual(await noteTexts(site, 'legacy'), ['Sobel, D. (1995). Longitude. Walker. p.\u00a0147.', 'Sobel, D. (1995). Longitude. Walker. p.\u00a0150.']);
      await site.services.settings.update({ citationStyle: 'chicago-notes-bibliography' });
      await site.worker.drain();
      assert.deepEqual(await noteTexts(site, 'legacy'), ['Dava Sobel, Longitude (Walker, 1995), 147.', 'Ibid., 150']);
    });
  });
}
