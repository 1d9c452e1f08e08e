import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { ENGINES } from '../support/databases.js';
import { createTestSite, type TestSite } from '../support/site.js';

// Enough posts for two batches and the worker threads (imports render on threads from 64 posts a batch).
const POSTS = 300;
const date = (i: number) => new Date(Date.UTC(2020, 0, 1) + i * 3_600_000).toISOString();

function dossierExport(posts: number, change?: (article: Record<string, unknown>, i: number) => void): string {
  const articles = Array.from({ length: posts }, (_, n) => {
    const i = n + 1;
    const article: Record<string, unknown> = {
      kind: 'article', status: 'published', title: `Report ${i} on the ${i === 7 ? 'zanzibarian aquifer' : 'city budget'}`, slug: `report-${i}`, dek: null, excerpt: '',
      section: i % 2 ? 'city' : 'science', tags: i % 10 === 7 ? ['water', 'aquifers'] : ['budget'], authors: ['writer'],
      body: `The figures for ${i} were checked.[^1]\n\nA second paragraph.[^2]\n\n[^1]: Board. *Annual Report ${i}*. Board Press, 2019, p. 4.\n[^2]: Ibid., p. 5.\n`,
      publishedAt: date(i), updatedAt: date(i), createdAt: date(i), language: 'en', sticky: false, commentsOpen: true, references: [],
    };
    change?.(article, i);
    return article;
  });
  return JSON.stringify({
    format: 'dossier-export', version: 1, exportedAt: date(0), settings: {},
    sections: [{ slug: 'city', name: 'City', description: '', parent: null, position: 0 }, { slug: 'science', name: 'Science', description: '', parent: null, position: 1 }],
    tags: [{ slug: 'budget', name: 'Budget' }, { slug: 'water', name: 'Water' }, { slug: 'aquifers', name: 'Aquifers' }],
    authors: [{ slug: 'writer', name: 'A Writer', bio: '' }],
    articles,
    comments: [{ id: 1, article: 'report-7', parent: null, status: 'approved', authorName: 'Reader', authorEmail: 'r@example.org', authorUrl: null, body: 'Thanks.', createdAt: date(8) },
      { id: 2, article: 'report-7', parent: 1, status: 'approved', authorName: 'Writer', authorEmail: 'w@example.org', authorUrl: null, body: 'Welcome.', createdAt: date(9) }],
    redirects: [], media: [],
  });
}

for (const engine of ENGINES) {
  describe(`a large import, written in batches on worker threads (${engine})`, () => {
    let site: TestSite;
    before(async () => {
      site = await createTestSite(engine, () => new Date('2026-06-01T12:00:00.000Z'));
    });
    after(() => site.close());

    test('a post that is invalid midway stops the import with its name, and nothing is written', async () => {
      const json = dossierExport(POSTS, (article, i) => {
        if (i === 280) Object.assign(article, { status: 'scheduled', publishedAt: null });
      });
      await assert.rejects(site.services.transfer.imports.json({ file: 'bad.json', json }), /^DomainError: bad\.json \(report-280\): "Report 280 on the city budget": A scheduled article needs a publication date\.$/);
      assert.equal((await site.page('/section/city')).response.statusCode, 404, 'no section was written');
      assert.equal((await site.services.reader.chrome()).sections.length, 0);
    });

    test('the imported articles are searchable, listed on their section, related by shared tags, with their comments', async () => {
      const summary = await site.services.transfer.imports.json({ file: 'site.json', json: dossierExport(POSTS) });
      assert.equal(summary.kinds['articles']?.created, POSTS);
      assert.equal(summary.kinds['comments']?.created, 2);
      const search = await site.page('/search?q=zanzibarian');
      assert.ok([...search.document.querySelectorAll('a')].some((a) => a.getAttribute('href')?.endsWith('/report-7')), 'found by search');
      const section = await site.page('/section/city');
      assert.ok(section.document.body.textContent?.includes(`Report ${POSTS - 1} on the city budget`), 'listed on its section page');
      const page = await site.services.reader.article('report-7');
      assert.ok(page.related.length > 0, 'has a related list');
      assert.ok(page.related.some((r) => r.slug.startsWith('report-') && Number(r.slug.slice(7)) % 10 === 7), 'related by the tags it shares');
      assert.equal(page.notes.length, 2);
      assert.equal(page.comments.count, 2);
      const again = await site.services.transfer.imports.json({ file: 'site.json', json: dossierExport(POSTS) });
      assert.equal(again.kinds['articles']?.created ?? 0, 0);
      assert.equal(again.kinds['articles']?.skipped, POSTS);
    });

    test('a post that is invalid while the batch before it is still being written: none of that batch lands either', async () => {
      // Sections, tags and the author exist from the import above, so nothing but the rollback keeps the first batch out.
      const json = dossierExport(POSTS, (article, i) => {
        article['slug'] = `late-${i}`;
        if (i === 280) Object.assign(article, { status: 'scheduled', publishedAt: null });
      });
      await assert.rejects(site.services.transfer.imports.json({ file: 'late.json', json }), /^DomainError: late\.json \(late-280\): /);
      await new Promise((resolve) => setTimeout(resolve, 1000));
      for (const slug of ['late-1', 'late-250']) await assert.rejects(site.services.reader.article(slug), /There is no published article/, `${slug} was not written`);
      assert.ok(await site.services.reader.article('report-1'), 'the earlier import stays');
      const again = await site.services.transfer.imports.json({ file: 'late.json', json: dossierExport(POSTS, (article, i) => (article['slug'] = `late-${i}`)) });
      assert.equal(again.kinds['articles']?.created, POSTS, 'every post is new to a second try');
      assert.equal(again.warnings.filter((w) => w.includes('is taken')).length, 0);
    });
  });
}
