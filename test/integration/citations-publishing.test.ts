import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { isDomainError } from '../../src/domain/errors.js';
import { ENGINES } from '../support/databases.js';
import { buildArticle, seedStructure } from '../support/factories.js';
import { createTestSite, type TestSite } from '../support/site.js';

const BROKEN = `The levy passed.[^poll] Turnout was low.[^missing]

[^poll]: Hale, Dana. "Poll Shows Support for Levy." *The Morning Ledger*, 12 Oct. 2010. <
`;

const WITH_WARNING = `The levy passed.[^poll] The plan was approved.[^park]

[^poll]: Hale, Dana. "Poll Shows Support for Levy." *The Morning Ledger*, 12 Oct. 2010. <https://ledger.example.com/poll>
[^park]: Park, Jin. “Council Debates Levy”the plan. *Valley Herald*, 4 June 2010.
`;

for (const engine of ENGINES) {
  describe(`citations when publishing (${engine})`, () => {
    let site: TestSite;
    before(async () => {
      site = await createTestSite(engine, () => new Date('2026-06-01T12:00:00.000Z'));
      await seedStructure(site.services);
    });
    after(() => site.close());

    test('publishing with citation errors is refused with the list, and nothing is written', async () => {
      await assert.rejects(site.services.articles.save(buildArticle({ slug: 'levy', body: BROKEN })), (error: unknown) => {
        assert.ok(isDomainError(error, 'Invalid'));
        assert.equal(error.field, 'body');
        assert.match(error.message, /^Cannot publish with 2 citation errors: /);
        assert.match(error.message, /line 1:\d+: The marker \[\^missing\] has no note/);
        assert.match(error.message, /line 3:\d+: Note 1 ends with a lone "<"/);
        assert.deepEqual(error.details.map((d) => (d as { rule: string }).rule), ['marker-without-note', 'malformed-url']);
        return true;
      });
      await assert.rejects(site.services.reader.article('levy'), /no published article/);
      await assert.rejects(site.services.articles.save(buildArticle({ slug: 'levy', body: BROKEN, status: 'scheduled', publishedAt: '2026-07-01T00:00:00.000Z' })), /Cannot publish/);
    });

    test('a draft may be saved with errors; the errors come back to the writer', async () => {
      const result = await site.services.articles.save(buildArticle({ slug: 'levy-draft', body: BROKEN, status: 'draft' }));
      assert.ok(result.id > 0);
      assert.deepEqual(result.diagnostics.map((d) => [d.rule, d.severity]), [['marker-without-note', 'error'], ['malformed-url', 'error']]);
    });

    test('warnings are shown and publishing goes ahead', async () => {
      const result = await site.services.articles.save(buildArticle({ slug: 'levy-ok', body: WITH_WARNING }));
      assert.deepEqual(result.diagnostics.map((d) => [d.rule, d.severity, d.note]), [['glued-quote', 'warning', 2]]);
      const page = await site.services.reader.article('levy-ok');
      assert.equal(page.notes.length, 2);
    });

    test('each stored note carries its CSL-JSON and the note an ibid repeats', async () => {
      await site.services.articles.save(buildArticle({
        slug: 'longitude',
        body: 'A.[^s] B.[^i]\n\n[^s]: Sobel, Dava. *Longitude*. New York: Walker, 1995. https://books.example.org/longitude (accessed 3 May 2020).\n[^i]: Ibid., p. 12.\n',
      }));
      const { notes } = await site.services.reader.article('longitude');
      assert.equal(notes[0]!.csl.type, 'book');
      assert.deepEqual(notes[0]!.csl.author, [{ family: 'Sobel', given: 'Dava' }]);
      assert.equal(notes[0]!.csl.publisher, 'Walker');
      assert.equal(notes[0]!.accessed, '2020-05-03');
      assert.equal(notes[0]!.recognised, true);
      assert.equal(notes[1]!.ibidOf, 1);
      assert.equal(notes[1]!.csl.title, 'Longitude');
      // The ibid's page is its own pinpoint, not the source's page range.
      assert.equal(notes[1]!.csl.page, undefined);
      assert.deepEqual([notes[1]!.cites?.[0]?.locator, notes[1]!.cites?.[0]?.label], ['12', 'page']);
    });
  });
}
