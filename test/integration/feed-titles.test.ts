import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { DOMParser } from 'linkedom';
import { ENGINES } from '../support/databases.js';
import { buildArticle, seedStructure } from '../support/factories.js';
import { createTestSite, type TestSite } from '../support/site.js';
import { xmllint } from '../support/xml.js';

const clock = () => new Date('2026-06-01T12:00:00.000Z');
const TITLE = 'Fish & <b>Chips</b>: the "best" ]]> of AT&amp;T';
const DEK = 'A <i>dek</i> with & and "quotes"';
// A body that closes a CDATA section twice: each must be split, not only the first.
const BRACKETS = 'The end marker ]]> can appear once.\n\nAnd ]]> again, with a [link](https://example.org/?a=1&b=2).\n';

for (const engine of ENGINES) {
  describe(`feed titles are plain text (${engine})`, () => {
    let site: TestSite;
    before(async () => {
      site = await createTestSite(engine, clock);
      await seedStructure(site.services);
      await site.services.settings.update({ title: 'Ham & <Eggs> AT&amp;T' });
      await site.services.articles.save(buildArticle({ slug: 'fish', title: TITLE, dek: DEK, publishedAt: '2026-01-10T08:00:00.000Z' }));
      await site.services.articles.save(buildArticle({ slug: 'brackets', title: 'Brackets', body: BRACKETS, publishedAt: '2026-01-09T08:00:00.000Z' }));
    });
    after(() => site.close());

    test('Atom: entry title and summary are type="text", read back exactly as written; the feed title too', async () => {
      const response = await site.inject('/feed.atom');
      assert.equal(response.statusCode, 200);
      assert.equal(await xmllint(response.body), '');
      const atom = new DOMParser().parseFromString(response.body, 'text/xml');
      const entryTitle = atom.querySelector('entry > title')!;
      assert.equal(entryTitle.getAttribute('type'), 'text');
      assert.equal(entryTitle.textContent, TITLE);
      const summary = atom.querySelector('entry > summary')!;
      assert.equal(summary.getAttribute('type'), 'text');
      assert.equal(summary.textContent, DEK);
      assert.equal(atom.querySelector('feed > title')?.textContent, 'Ham & <Eggs> AT&amp;T');
      assert.doesNotMatch(response.body, /type="html"><!\[CDATA\[Fish/, 'no title is left as HTML');
      // Full content stays HTML, as it is.
      assert.equal(atom.querySelector('entry > content')?.getAttribute('type'), 'html');
    });

    test('RSS and Atom carry a body with two "]]>" whole: valid XML, every paragraph read back', async () => {
      for (const [path, selector] of [['/feed.xml', 'item'], ['/feed.atom', 'entry']] as const) {
        const body = (await site.inject(path)).body;
        assert.equal(await xmllint(body), '', path);
        const doc = new DOMParser().parseFromString(body, 'text/xml');
        const entry = [...doc.querySelectorAll(selector)].find((e) => e.querySelector('title')?.textContent === 'Brackets');
        const html = (selector === 'item' ? entry?.getElementsByTagName('content:encoded')[0] : entry?.querySelector('content'))?.textContent ?? '';
        assert.match(html, /The end marker \]\]> can appear once\.[\s\S]*And \]\]> again, with a <a href="https:\/\/example\.org\/\?a=1&(?:amp|#x26);b=2">link<\/a>/, path);
      }
    });

    test('JSON Feed and RSS carry the same title', async () => {
      const json = JSON.parse((await site.inject('/feed.json')).body) as { items: Array<{ title: string }> };
      assert.equal(json.items[0]?.title, TITLE);
      const rss = (await site.inject('/feed.xml')).body;
      assert.equal(await xmllint(rss), '');
      assert.equal(new DOMParser().parseFromString(rss, 'text/xml').querySelector('item > title')?.textContent, TITLE);
    });
  });
}
