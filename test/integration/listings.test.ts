// Lists are kept on write (listings and their counts); after any sequence of changes they
// must be exactly what rebuilding them from the articles gives.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { ListingKey } from '../../src/services/discovery/ports.js';
import { ENGINES } from '../support/databases.js';
import { buildArticle, seedStructure } from '../support/factories.js';
import { createTestSite, type TestSite } from '../support/site.js';

const now = new Date('2026-06-01T12:00:00.000Z');

for (const engine of ENGINES) {
  describe(`lists kept on write (${engine})`, () => {
    let site: TestSite;
    before(async () => {
      site = await createTestSite(engine, () => now);
      await seedStructure(site.services);
    });
    after(() => site.close());

    /** Every list's count and first page, as readers would see them. */
    async function snapshot() {
      const { repos } = site.site.store;
      const sections = await repos.sections.all();
      const tags = await repos.tags.all();
      const authors = await repos.authors.all();
      const keys: ListingKey[] = [
        { scope: 'home', scopeId: 0 }, { scope: 'site', scopeId: 0 },
        ...sections.map((s) => ({ scope: 'section' as const, scopeId: s.id })),
        ...tags.map((t) => ({ scope: 'tag' as const, scopeId: t.id })),
        ...authors.map((a) => ({ scope: 'author' as const, scopeId: a.id })),
      ];
      const at = now.toISOString();
      const lists = await Promise.all(keys.map(async (key) => ({
        key: `${key.scope}:${key.scopeId}`,
        count: await repos.listings.count(key, at),
        slugs: (await repos.listings.page({ ...key, now: at, limit: 50, offset: 0 })).map((a) => a.slug),
      })));
      const lastModified = Object.fromEntries(await Promise.all((['home', 'section', 'tag', 'author'] as const).map(async (scope) => [scope, [...(await repos.listings.lastModified(scope))]])));
      return { lists, lastModified };
    }

    test('saves, unpublishing, deleting, retagging and moving a section leave the lists a rebuild would make', async () => {
      const { articles, structure, discovery } = site.services;
      const a = await articles.save(buildArticle({ slug: 'a', sectionSlug: 'filters', tagSlugs: ['pipes'], publishedAt: '2026-03-01T08:00:00.000Z' }));
      const b = await articles.save(buildArticle({ slug: 'b', sectionSlug: 'treatment', authorSlugs: ['ada', 'ben'], publishedAt: '2026-03-02T08:00:00.000Z', sticky: true }));
      await articles.save(buildArticle({ slug: 'c', sectionSlug: 'time', tagSlugs: ['clocks', 'pipes'], publishedAt: '2026-03-03T08:00:00.000Z' }));
      await articles.save(buildArticle({ slug: 'later', sectionSlug: 'water', publishedAt: '2026-09-01T08:00:00.000Z' }));
      await articles.save(buildArticle({ slug: 'draft', status: 'draft' }));
      await articles.save(buildArticle({ slug: 'a', sectionSlug: 'time', tagSlugs: ['clocks'], publishedAt: '2026-03-01T08:00:00.000Z', updatedAt: '2026-05-01T08:00:00.000Z' }), { id: a.id });
      await articles.unpublish(b.id);
      const d = await articles.save(buildArticle({ slug: 'd', sectionSlug: 'filters', publishedAt: '2026-03-04T08:00:00.000Z' }));
      await articles.delete(d.id);
      const lists = await structure.lists();
      await structure.setSectionParent(lists.sections.find((s) => s.slug === 'filters')!.id, lists.sections.find((s) => s.slug === 'time')!.id);

      const kept = await snapshot();
      const home = kept.lists.find((l) => l.key === 'home:0')!;
      assert.deepEqual(home.slugs, ['c', 'a'], 'unpublished, deleted, draft and future articles are not listed');
      assert.equal(home.count, 2, 'the future-dated article is counted only once its time comes');
      await discovery.rebuild();
      assert.deepEqual(await snapshot(), kept);
    });
  });
}
