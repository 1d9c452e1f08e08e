import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { ENGINES } from '../support/databases.js';
import { buildArticle, seedStructure } from '../support/factories.js';
import { createTestSite, type TestSite } from '../support/site.js';

const clock = () => new Date('2026-06-01T12:00:00.000Z');
// Bodies share no word unless their topics do.
const body = (topic: string) => `${topic}.[^a]\n\n[^a]: ${topic}.`;

// No shared dek either: every word in common should mean a shared topic.
const article = (overrides: Parameters<typeof buildArticle>[0]) => buildArticle({ dek: null, ...overrides });

for (const engine of ENGINES) {
  describe(`"You may also like" lists (${engine})`, () => {
    let site: TestSite;
    const related = async (slug: string) =>
      [...(await site.page(`/2026/01/${slug}`)).document.querySelectorAll('.related .related-title a')].map((a) => a.getAttribute('href')!.split('/').pop());

    before(async () => {
      site = await createTestSite(engine, clock);
      await seedStructure(site.services);
      const save = site.services.articles.save;
      await save(article({ slug: 'tides', title: 'Tides of the estuary', body: body('estuary tides salinity'), tagSlugs: ['pipes'] }));
      await save(article({ slug: 'tides-two', title: 'Estuary tides again', body: body('estuary tides salinity mudflats') }));
      await save(article({ slug: 'clocks', title: 'Clock escapements', body: body('escapement pendulum'), sectionSlug: 'time', authorSlugs: ['ben'] }));
      await save(article({ slug: 'tides-draft', title: 'Estuary tides draft', body: body('estuary tides salinity'), status: 'draft' }));
    });
    after(() => site.close());

    test('lists are stored on publish: similar articles first, never drafts or the article itself', async () => {
      assert.deepEqual(await related('tides'), ['tides-two']);
      assert.deepEqual(await related('clocks'), []);
    });

    test('publishing an article adds it to the lists of articles it resembles', async () => {
      const { id: id } = await site.services.articles.save(article({ slug: 'salinity', title: 'Salinity in the estuary', body: body('estuary salinity tides') }));
      assert.ok((await related('tides')).includes('salinity'));
      assert.ok((await related('tides-two')).includes('salinity'));
      await site.services.articles.unpublish(id);
      assert.ok(!(await related('tides')).includes('salinity'), 'unpublished articles leave every list');
    });

    test('an update recomputes: an article that changes topic leaves and enters lists', async () => {
      const input = article({ slug: 'shifty', title: 'Pendulum escapement notes', body: body('escapement pendulum') });
      const { id: id } = await site.services.articles.save(input);
      assert.deepEqual(await related('clocks'), ['shifty']);
      await site.services.articles.save({ ...input, title: 'Estuary salinity notes', body: body('estuary salinity tides mudflats') }, { id });
      assert.deepEqual(await related('clocks'), []);
      assert.ok((await related('tides')).includes('shifty'));
      await site.services.articles.delete(id);
      assert.ok(!(await related('tides')).includes('shifty'), 'deleted articles leave every list');
    });

    test('at most six are kept', async () => {
      for (let i = 0; i < 8; i++) {
        await site.services.articles.save(article({ slug: `estuary-${i}`, title: `Estuary tides ${i}`, body: body('estuary tides salinity') }));
      }
      const list = await related('tides');
      assert.equal(list.length, 6);
      assert.ok(!list.includes('tides'));
    });
  });
}
