import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { demoContent } from '../../src/demo/content.js';
import type { DossierExport } from '../../src/export/json-format.js';
import { ENGINES } from '../support/databases.js';
import { createTestSite, type TestSite } from '../support/site.js';
import { xmllint } from '../support/xml.js';

const clock = () => new Date('2026-11-27T12:00:00.000Z');

/** The export with what legitimately differs between two databases taken out: comment ids and the export time. */
function comparable(data: DossierExport) {
  const order = new Map(data.comments.map((c, i) => [c.id, i]));
  return {
    ...data,
    exportedAt: 'x',
    comments: data.comments.map((c) => ({ ...c, id: order.get(c.id), parent: c.parent === null ? null : order.get(c.parent) })),
  };
}

async function seedWithComments(site: TestSite) {
  await site.services.transfer.seedDemo(demoContent);
  const [first] = (await site.services.transfer.exports.json()).articles.filter((a) => a.status === 'published' && a.kind === 'article');
  const article = await site.services.reader.article(first!.slug);
  const repos = site.site.store.repos;
  const parent = await repos.comments.insert({ articleId: article.article.id, parentId: null, authorName: 'Noor', authorEmail: 'noor@example.org', authorUrl: 'https://noor.example.org', body: 'Is the 19 percent figure audited?\n\nSecond paragraph.', bodyHtml: '<p>x</p>', status: 'approved', createdAt: '2026-11-21T10:00:00.000Z', ipHash: 'h', authorTokenHash: null });
  await repos.comments.insert({ articleId: article.article.id, parentId: parent, authorName: 'Maren Oduya', authorEmail: 'maren@example.org', authorUrl: null, body: 'Yes, by the state auditor.', bodyHtml: '<p>y</p>', status: 'pending', createdAt: '2026-11-21T11:00:00.000Z', ipHash: 'h', authorTokenHash: null });
  await site.services.structure.addRedirect({ fromPath: '/old-water', toPath: `/2026/11/${first!.slug}`, statusCode: 301 });
  await site.services.settings.update({ title: 'Kessmere Desk', citationStyle: 'apa' });
}

for (const engine of ENGINES) {
  describe(`export and re-import (${engine})`, () => {
    let source: TestSite;
    let target: TestSite;
    let exported: DossierExport;
    before(async () => {
      source = await createTestSite(engine, clock);
      target = await createTestSite(engine, clock);
      await seedWithComments(source);
      exported = await source.services.transfer.exports.json();
    });
    after(async () => {
      await source.close();
      await target.close();
    });

    test('the JSON export lists every kind of record in the documented shape', () => {
      assert.equal(exported.format, 'dossier-export');
      assert.equal(exported.articles.length, demoContent.articles.length + demoContent.pages.length);
      const article = exported.articles.find((a) => a.kind === 'article' && a.references.length >= 3)!;
      assert.deepEqual(Object.keys(article.references[0]!), ['number', 'label', 'raw', 'csl', 'ibidOf', 'url', 'accessed', 'cites']);
      assert.ok(exported.sections.some((s) => s.parent !== null), 'nested sections keep their parent');
      assert.deepEqual(exported.comments.map((c) => c.status), ['approved', 'pending']);
      assert.equal(exported.comments[1]!.parent, exported.comments[0]!.id);
      assert.ok(!('ipHashSalt' in exported.settings), 'the IP hash salt is a secret and is not exported');
    });

    test('importing it into an empty database gives the same site, field by field', async () => {
      await target.services.transfer.imports.json({ file: 'site.json', json: JSON.stringify(exported) });
      const again = await target.services.transfer.exports.json();
      assert.deepEqual(comparable(again), comparable(exported));
    });

    test('importing it twice adds nothing', async () => {
      const summary = await target.services.transfer.imports.json({ file: 'site.json', json: JSON.stringify(exported) });
      for (const [kind, counts] of Object.entries(summary.kinds)) assert.equal(counts.created + counts.updated, 0, kind);
    });

    test('a broken export is refused with the field named, and nothing is written', async () => {
      const empty = await createTestSite(engine, clock);
      try {
        const broken = { ...exported, articles: [{ ...exported.articles[0], slug: undefined }] };
        await assert.rejects(empty.services.transfer.imports.json({ file: 'bad.json', json: JSON.stringify(broken) }), /^DomainError: bad\.json: articles\[0\]\.slug: /);
        await assert.rejects(empty.services.transfer.imports.json({ file: 'other.json', json: '{"hello": 1}' }), /other\.json: format: /);
        assert.equal((await empty.services.transfer.exports.json()).articles.length, 0);
      } finally {
        await empty.close();
      }
    });

    test('the WordPress export is well-formed WXR 1.2 that reads back with its notes and comments', async () => {
      const xml = await source.services.transfer.exports.wordpress('https://desk.example.org');
      assert.equal(await xmllint(xml), '', 'the WXR file is well-formed');
      assert.match(xml, /<wp:wxr_version>1\.2<\/wp:wxr_version>/);
      const wp = await createTestSite(engine, clock);
      try {
        async function* chunks() {
          yield xml;
        }
        const summary = await wp.services.transfer.imports.wordpress({ file: 'site.xml', chunks: chunks() });
        assert.equal(summary.kinds['articles']?.created, demoContent.articles.length);
        assert.equal(summary.kinds['comments']?.created, 2);
        const original = exported.articles.find((a) => a.kind === 'article' && a.status === 'published' && a.references.length >= 3)!;
        const back = await wp.services.reader.article(original.slug);
        assert.equal(back.article.title, original.title);
        assert.equal(back.article.publishedAt, original.publishedAt);
        assert.deepEqual(back.notes.map((n) => n.number), original.references.map((r) => r.number));
        assert.deepEqual(back.ancestry.map((s) => s.slug).at(-1), original.section);
      } finally {
        await wp.close();
      }
    });
  });
}
