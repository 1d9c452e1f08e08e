import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { ENGINES } from '../support/databases.js';
import { buildArticle, seedStructure } from '../support/factories.js';
import { createTestSite, type TestSite } from '../support/site.js';

const BODY = `Harrison's clock kept time at sea.[^sobel] The Board was slow to pay.[^again]
Some readers disagree.[^aside]

[^sobel]: Sobel, Dava. *Longitude*. New York: Walker, 1995, p. 147.
[^again]: Ibid., p. 150.
[^aside]: This is a remark of the author's, not a reference, and stays as written.
`;

const noteTexts = async (site: TestSite) => {
  const { document } = await site.page('/2026/01/harrison');
  return [...document.querySelectorAll('.notes-list > li .note-text')].map((n) => n.innerHTML);
};

for (const engine of ENGINES) {
  describe(`citation styles (${engine})`, () => {
    let site: TestSite;
    before(async () => {
      site = await createTestSite(engine, () => new Date('2026-06-01T12:00:00.000Z'));
      await seedStructure(site.services);
      await site.services.articles.save(buildArticle({ slug: 'harrison', body: BODY }));
    });
    after(() => site.close());

    test('notes show as written until the style job has run, then in Chicago notes style', async () => {
      const before = await noteTexts(site);
      assert.equal(before[0], 'Sobel, Dava. <em>Longitude</em>. New York: Walker, 1995, p. 147.');
      const ran = await site.worker.drain();
      assert.ok(ran >= 1);
      const after = await noteTexts(site);
      assert.equal(after[0], 'Dava Sobel, <i>Longitude</i> (Walker, 1995), 147.');
      assert.equal(after[1], 'Ibid., 150');
      assert.equal(after[2], "This is a remark of the author's, not a reference, and stays as written.");
    });

    test('switching the site to APA re-renders every article', async () => {
      await site.services.settings.update({ citationStyle: 'apa' });
      assert.equal((await noteTexts(site))[0], 'Sobel, Dava. <em>Longitude</em>. New York: Walker, 1995, p. 147.', 'old style is not shown once the setting changed');
      await site.worker.drain();
      const notes = await noteTexts(site);
      assert.equal(notes[0], 'Sobel, D. (1995). <i>Longitude</i>. Walker. p.&#160;147.');
      assert.equal(notes[1], 'Sobel, D. (1995). <i>Longitude</i>. Walker. p.&#160;150.');
    });

    test('an unknown style is refused, naming the styles there are', async () => {
      await assert.rejects(site.services.settings.update({ citationStyle: 'vancouver' }), /Unknown citation style "vancouver"\. Choose one of: chicago-notes-bibliography, apa/);
      assert.equal((await site.services.settings.get()).citationStyle, 'apa');
    });
  });
}
