// Corrections travel with their article through `dossier export json` and `dossier import json`.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { DossierExport } from '../../src/export/json-format.js';
import { ENGINES } from '../support/databases.js';
import { buildArticle, seedStructure } from '../support/factories.js';
import { createTestSite, type TestSite } from '../support/site.js';

const clock = () => new Date('2026-06-01T12:00:00.000Z');
/** As exported: with when each was written and by which account (none here). */
const exportedAs = (list: typeof CORRECTIONS) => list.map((c) => ({ ...c, createdAt: c.date, user: null }));
const CORRECTIONS = [
  { kind: 'correction' as const, text: 'The bridge opened in 1931, not 1913.', date: '2026-02-02T09:00:00.000Z' },
  { kind: 'update' as const, text: 'Added the harbour master\'s reply.', date: '2026-02-05T15:30:00.000Z' },
];

for (const engine of ENGINES) {
  describe(`corrections in the JSON export and import (${engine})`, () => {
    let source: TestSite;
    let target: TestSite;
    let exported: DossierExport;
    before(async () => {
      source = await createTestSite(engine, clock);
      target = await createTestSite(engine, clock);
      await seedStructure(source.services);
      await source.services.articles.save(buildArticle({ slug: 'harbour-bridge', title: 'Harbour bridge' }));
      await source.services.articles.save(buildArticle({ slug: 'quiet-piece', title: 'Quiet piece' }));
      const article = await source.services.reader.article('harbour-bridge');
      for (const c of CORRECTIONS) await source.site.store.repos.corrections.insert({ articleId: article.article.id, ...c, userId: null, createdAt: c.date });
      exported = await source.services.transfer.exports.json();
    });
    after(async () => {
      await source.close();
      await target.close();
    });

    test('the export carries each article\'s corrections, oldest first', () => {
      const bySlug = new Map(exported.articles.map((a) => [a.slug, a]));
      assert.deepEqual(bySlug.get('harbour-bridge')!.corrections, exportedAs(CORRECTIONS));
      assert.deepEqual(bySlug.get('quiet-piece')!.corrections, []);
    });

    test('importing it brings them back, on the article and in the corrections log; importing again adds none', async () => {
      const json = JSON.stringify(exported);
      await target.services.transfer.imports.json({ file: 'site.json', json });
      await target.services.transfer.imports.json({ file: 'site.json', json });
      const again = await target.services.transfer.exports.json();
      assert.deepEqual(again.articles.find((a) => a.slug === 'harbour-bridge')!.corrections, exportedAs(CORRECTIONS));
      const log = await target.page('/corrections');
      assert.deepEqual([...log.document.querySelectorAll('.correction-entry')].map((li) => li.textContent), [
        'Update, February 5, 2026 to Harbour bridge: Added the harbour master\'s reply.',
        'Correction, February 2, 2026 to Harbour bridge: The bridge opened in 1931, not 1913.',
      ]);
    });

    test('an export without corrections (an older file) still imports', async () => {
      const old = { ...exported, articles: exported.articles.map(({ corrections: _c, ...a }) => ({ ...a, slug: `${a.slug}-old`, title: `${a.title} (old)` })) };
      await target.services.transfer.imports.json({ file: 'old.json', json: JSON.stringify(old) });
      const after = await target.services.transfer.exports.json();
      assert.deepEqual(after.articles.find((a) => a.slug === 'harbour-bridge-old')!.corrections, []);
    });

    test('a bad correction is refused, naming the file and field, and nothing is written', async () => {
      const fresh = await createTestSite(engine, clock);
      try {
        const bad = structuredClone(exported);
        const index = bad.articles.findIndex((a) => a.slug === 'harbour-bridge');
        (bad.articles[index]!.corrections![1] as { date: string }).date = 'last Tuesday';
        await assert.rejects(fresh.services.transfer.imports.json({ file: 'bad.json', json: JSON.stringify(bad) }),
          (error: Error) => error.message.startsWith(`bad.json: articles[${index}].corrections[1].date: must be a date`));
        bad.articles[index]!.corrections![1]!.date = '2026-02-05T15:30:00.000Z';
        bad.articles[index]!.corrections![0]!.text = '   ';
        await assert.rejects(fresh.services.transfer.imports.json({ file: 'bad.json', json: JSON.stringify(bad) }),
          (error: Error) => error.message.startsWith(`bad.json: articles[${index}].corrections[0].text: must not be empty`));
        assert.equal((await fresh.services.transfer.exports.json()).articles.length, 0);
      } finally {
        await fresh.close();
      }
    });
  });
}
