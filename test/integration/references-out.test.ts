import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import { ENGINES } from '../support/databases.js';
import { buildArticle, seedStructure } from '../support/factories.js';
import { createTestSite, type TestSite } from '../support/site.js';

const BODY = [
  'Water tables fell.[^1] Rivers too.[^2] Again.[^3] And again.[^4] Online.[^5] Aside.[^6]',
  '',
  '[^1]: Jane Smith, *The Book of Water* (Boston: Harbor Press, 2019), 45.',
  '[^2]: Ana Ruiz, “Aquifer Decline,” *Journal of Water* 12, no. 3 (2020): 101–19, https://doi.org/10.1234/JW.2020.12.',
  '[^3]: Ibid., 47.',
  '[^4]: See Ana Ruiz, “Aquifer Decline,” *Journal of Water* 12, no. 3 (2020): 110, https://doi.org/10.1234/jw.2020.12.',
  '[^5]: [River levels report](https://rivers.example.org/levels) (accessed 3 May 2021).',
  '[^6]: I thank the reviewers for their comments.',
  '',
].join('\n');

for (const engine of ENGINES) {
  describe(`references out (${engine})`, () => {
    let site: TestSite;

    before(async () => {
      site = await createTestSite(engine, () => new Date('2026-06-01T12:00:00.000Z'));
      await seedStructure(site.services);
      await site.services.articles.save(buildArticle({ slug: 'cited-water', title: 'Cited water', body: BODY }));
      await site.services.articles.save(buildArticle({ slug: 'draft-water', status: 'draft', body: BODY }));
    });
    after(() => site.close());

    test('the notes link the three downloads', async () => {
      const { document } = await site.page('/2026/01/cited-water');
      const links = [...document.querySelectorAll('.notes-downloads a')].map((a) => [a.textContent, a.getAttribute('href')]);
      assert.deepEqual(links, [
        ['CSL-JSON', '/2026/01/cited-water/references.json'], ['BibTeX', '/2026/01/cited-water/references.bib'], ['RIS', '/2026/01/cited-water/references.ris'],
      ]);
    });

    test('CSL-JSON: each source once (DOI compared case-insensitively), ibid and commentary add none', async () => {
      const response = await site.inject('/2026/01/cited-water/references.json');
      assert.equal(response.statusCode, 200);
      assert.equal(response.headers['content-type'], 'application/vnd.citationstyles.csl+json; charset=utf-8');
      assert.match(String(response.headers['content-disposition']), /^attachment; filename="cited-water-references\.json"/);
      const items = JSON.parse(response.body) as Array<Record<string, unknown>>;
      assert.deepEqual(items.map((i) => i.id), ['cited-water-1', 'cited-water-2', 'cited-water-5']);
      assert.equal(items[0]!.title, 'The Book of Water');
      assert.equal(items[0]!.page, undefined, 'the pinpoint 45 belongs to the note, not the book');
      assert.deepEqual([items[1]!.volume, items[1]!.issue, items[1]!.page], ['12', '3', '101–19']);
      assert.equal(items[2]!.URL, 'https://rivers.example.org/levels');
    });

    test('BibTeX and RIS are written by citation-js and read back to the same sources', async () => {
      const bib = await site.inject('/2026/01/cited-water/references.bib');
      assert.equal(bib.headers['content-type'], 'application/x-bibtex; charset=utf-8');
      assert.match(String(bib.headers['content-disposition']), /filename="cited-water-references\.bib"/);
      assert.match(bib.body, /@book\{/);
      const fromBib = new Cite(bib.body).data as Array<Record<string, unknown>>;
      assert.deepEqual(fromBib.map((i) => i.title), ['The Book of Water', 'Aquifer Decline', 'River levels report']);
      assert.equal(fromBib[1]!.DOI?.toString().toLowerCase(), '10.1234/jw.2020.12');

      const ris = await site.inject('/2026/01/cited-water/references.ris');
      assert.equal(ris.headers['content-type'], 'application/x-research-info-systems; charset=utf-8');
      assert.equal(ris.body.match(/^TY {2}- /gm)?.length, 3);
      assert.equal(ris.body.match(/^ER {2}- /gm)?.length, 3);
      const fromRis = new Cite(ris.body).data as Array<Record<string, unknown>>;
      assert.deepEqual(fromRis.map((i) => i.title), ['The Book of Water', 'Aquifer Decline', 'River levels report']);
    });

    test('only published articles; other address shapes redirect; unknown names are 404', async () => {
      assert.equal((await site.inject('/2026/01/draft-water/references.bib')).statusCode, 404);
      assert.equal((await site.inject('/2026/01/no-such/references.ris')).statusCode, 404);
      const moved = await site.inject('/cited-water/references.ris');
      assert.deepEqual([moved.statusCode, moved.headers.location], [301, '/2026/01/cited-water/references.ris']);
      assert.equal((await site.inject('/2026/01/cited-water/references.xml')).statusCode, 404);
      const etag = (await site.inject('/2026/01/cited-water/references.json')).headers.etag;
      assert.equal((await site.inject({ url: '/2026/01/cited-water/references.json', headers: { 'if-none-match': String(etag) } })).statusCode, 304);
    });
  });
}
