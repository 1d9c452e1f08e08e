import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { migrateDatabase, openSite } from '../../src/main.js';
import { allMigrations } from '../../src/store/migrations/migrations.js';
import { sqliteHelpers } from '../../src/store/sqlite/dialect-helpers.js';
import { ENGINES, freshDatabase, type FreshDatabase } from '../support/databases.js';

for (const engine of ENGINES) {
  describe(`migrations (${engine})`, () => {
    const created: FreshDatabase[] = [];
    after(async () => {
      for (const db of created) await db.drop();
    });

    test('run from empty, then find nothing left to do', async () => {
      const db = await freshDatabase(engine);
      created.push(db);
      const first = await migrateDatabase(db.target);
      assert.deepEqual(first.applied, Object.keys(allMigrations(sqliteHelpers)).sort());
      for (const name of ['002-search', '003-jobs', '004-comments', '005-link-health', '006-citations', '007-admin', '008-imports']) assert.ok(first.applied.includes(name), name);
      const second = await migrateDatabase(db.target);
      assert.deepEqual(second.applied, []);
    });

    test('the migrated schema stores and reads every kind of record', async () => {
      const db = await freshDatabase(engine);
      created.push(db);
      const site = await openSite(db.target, () => new Date('2026-03-01T00:00:00.000Z'));
      try {
        const { structure, articles, reader } = site.services;
        await structure.createSection({ slug: 'water', name: 'Water' });
        await structure.createAuthor({ slug: 'ada', name: 'Ada' });
        await structure.createTag({ slug: 'pipes', name: 'Pipes' });
        await structure.addRedirect({ fromPath: '/old', toPath: '/new', statusCode: 301 });
        await articles.save({ title: 'Mains', body: 'Text.[^1]\n\n[^1]: Note (accessed 2 March 2025).', status: 'published', publishedAt: '2026-02-01T00:00:00.000Z', sectionSlug: 'water', authorSlugs: ['ada'], tagSlugs: ['pipes'] });
        await articles.save({ kind: 'page', title: 'About', body: 'About us.', status: 'published' });
        const page = await reader.article('mains');
        assert.equal(page.article.title, 'Mains');
        assert.equal(page.authors[0]?.name, 'Ada');
        assert.equal(page.tags[0]?.slug, 'pipes');
        assert.equal(page.notes[0]?.accessed, '2025-03-02');
        assert.equal(page.notes[0]?.csl.accessed?.['date-parts'][0]?.join('-'), '2025-3-2');
        assert.deepEqual(page.ancestry.map((s) => s.slug), ['water']);
        assert.deepEqual(page.chrome.pages.map((p) => ({ slug: p.slug, title: p.title })), [{ slug: 'about', title: 'About' }]);
        assert.deepEqual(await reader.redirectFor('/old'), { fromPath: '/old', toPath: '/new', statusCode: 301 });
      } finally {
        await site.close();
      }
    });
  });
}
