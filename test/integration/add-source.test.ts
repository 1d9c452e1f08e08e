import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { ENGINES } from '../support/databases.js';
import { seedStructure } from '../support/factories.js';
import { userWithRole, type AdminSession } from '../support/admin.js';
import { startResolverServers, type ResolverServers } from '../support/resolvers.js';
import { createTestSite, type TestSite } from '../support/site.js';

// The editor's "Add source" endpoints against resolvers on 127.0.0.1: what the review panel
// is given, and the one clear message for each way a look-up finds nothing.

interface Review { item: Record<string, unknown>; style: string; html: string; markdown: string; fields: Record<string, string> }

for (const engine of ENGINES) {
  describe(`admin "Add source" (${engine})`, () => {
    let site: TestSite;
    let resolvers: ResolverServers;
    let editor: AdminSession;
    before(async () => {
      resolvers = await startResolverServers(1500);
      site = await createTestSite(engine, undefined, resolvers.siteOptions);
      await seedStructure(site.services);
      editor = await userWithRole(site, 'editor');
      // The style engine takes seconds to start on a busy machine: start it before the tests time anything.
      await site.services.addSource.format({ type: 'book', title: 'Warm-up' }, {});
    });
    after(async () => {
      await site.close();
      await resolvers.close();
    });

    test('a DOI resolves to a review: the reference in the site style, its note text and the key fields', async () => {
      const response = await editor.json('/admin/sources/resolve', { identifier: 'https://doi.org/10.5555/tide.2020.017' });
      assert.equal(response.statusCode, 200, response.body);
      const review = response.json<Review>();
      assert.equal(review.style, 'chicago-notes-bibliography');
      assert.match(review.html, /Ines Okafor and Tomas Lindqvist, “Salt Marsh Retreat on a Warming Coast,” <i>Journal of Coastal Change<\/i> 12, no. 3 \(2020\): 101–19/);
      assert.match(review.markdown, /^Ines Okafor and Tomas Lindqvist, “Salt Marsh Retreat on a Warming Coast,” \*Journal of Coastal Change\* 12, no\. 3 \(2020\): 101–19/);
      assert.deepEqual(review.fields, {
        title: 'Salt Marsh Retreat on a Warming Coast', authors: 'Okafor, Ines; Lindqvist, Tomas', container: 'Journal of Coastal Change', year: '2020',
        volume: '12', issue: '3', pages: '101-119', url: 'https://doi.org/10.5555/tide.2020.017', doi: '10.5555/tide.2020.017',
      });
    });

    test('a PMID and an arXiv id resolve too', async () => {
      const pubmed = await editor.json('/admin/sources/resolve', { identifier: 'PMID: 31415926' });
      assert.equal(pubmed.statusCode, 200, pubmed.body);
      assert.match(pubmed.json<Review>().html, /Salt exposure and kidney function in estuary fishers/i);
      const arxiv = await editor.json('/admin/sources/resolve', { identifier: 'arXiv:2101.00001' });
      assert.equal(arxiv.statusCode, 200, arxiv.body);
      assert.equal(arxiv.json<Review>().fields['authors'], 'Delgado, Rosa; Mori, Kenji');
    });

    test('edited fields are applied and formatted again; a tampered item is cleaned; an emptied title is refused', async () => {
      const { item } = (await editor.json('/admin/sources/resolve', { identifier: '10.5555/tide.2020.017' })).json<Review>();
      const edited = await editor.json('/admin/sources/format', { item: { ...item, evil: '<script>' }, fields: { title: 'Salt Marshes in Retreat', pages: '101–20', authors: 'Okafor, Ines' } });
      assert.equal(edited.statusCode, 200, edited.body);
      const review = edited.json<Review>();
      assert.match(review.html, /Ines Okafor, “Salt Marshes in Retreat,”/);
      assert.match(review.markdown, /101–20/);
      assert.equal(review.item['evil'], undefined);
      const hostile = await editor.json('/admin/sources/format', { item: { type: 'book', title: 'A [^1] *trap* <img src=x onerror=alert(1)>' }, fields: {} });
      assert.equal(hostile.statusCode, 200, hostile.body);
      assert.doesNotMatch(hostile.json<Review>().html, /<img/);
      assert.match(hostile.json<Review>().markdown, /A \\\[\^1\\\] \\\*trap\\\* \\<img/);
      const empty = await editor.json('/admin/sources/format', { item, fields: { title: '  ' } });
      assert.equal(empty.statusCode, 400);
      assert.match(empty.json<{ message: string }>().message, /Enter a title/);
    });

    test('a DOI with unicode (typed decomposed) resolves; hostile metadata is shown as text and inserted as escaped text', async () => {
      const unicode = await editor.json('/admin/sources/resolve', { identifier: 'doi:10.5555/cafe\u0301-2021' });
      assert.equal(unicode.statusCode, 200, unicode.body);
      assert.equal(unicode.json<Review>().fields['doi'], '10.5555/caf\u00e9-2021');
      assert.match(unicode.json<Review>().html, /Café Receipts/);
      const sneaky = await editor.json('/admin/sources/resolve', { identifier: '10.5555/sneaky' });
      assert.equal(sneaky.statusCode, 200, sneaky.body);
      const review = sneaky.json<Review>();
      // Markup in a field is at most inline formatting the sanitiser allows (Crossref titles carry <i>, <sub>…); never an element that runs or loads.
      assert.doesNotMatch(review.html, /<img|<script|javascript:|\u202e/);
      assert.doesNotMatch(review.markdown, /(?<!\\)\[\^9\]|(?<!\\)<img|javascript:|\u202e/);
      assert.match(review.markdown, /\\<img Src=x Onerror=alert\(1\)> \\\[\^9\\\]: \\\*fake\\\*/);
      assert.ok(review.item['title'] && String(review.item['title']).length <= 500);
      assert.equal(review.item['URL'], undefined);
    });

    const bad: Array<[string, string, RegExp]> = [
      ['a huge answer', '10.5555/huge', /larger than 1048576 bytes/],
      ['hostile metadata without a title', '10.5555/hostile', /record has no title/],
      ['nothing found (DOI)', '10.5555/missing', /DOI 10\.5555\/missing: not found \(404/],
      ['nothing found (PMID)', 'pmid:99999999', /PubMed has no record/],
      ['nothing found (arXiv)', 'arXiv:2101.99999', /arXiv has no paper/],
      ['a resolver answering HTML', '10.5555/html-answer', /expected JSON but .* answered text\/html/],
      ['a resolver that hangs', '10.5555/hangs', /no answer from 127\.0\.0\.1:\d+ within 1500 ms/],
      ['not an identifier', 'hello world', /not a DOI, an ISBN, a PMID, an arXiv id or an http\(s\) URL/],
    ];
    for (const [name, identifier, message] of bad) {
      test(`bad input: ${name} → 400 with a message for the writer, in bounded time`, async () => {
        const started = performance.now();
        const response = await editor.json('/admin/sources/resolve', { identifier });
        assert.equal(response.statusCode, 400, response.body);
        assert.match(response.json<{ message: string }>().message, message);
        assert.ok(performance.now() - started < 5000);
      });
    }

    test('without the CSRF token, or for a signed-out visitor, nothing is resolved', async () => {
      const noToken = await site.inject({ method: 'POST', url: '/admin/sources/resolve', headers: { 'content-type': 'application/json', cookie: editor.cookie }, payload: JSON.stringify({ identifier: '10.5555/tide.2020.017' }) });
      assert.equal(noToken.statusCode, 403);
      const anonymous = await site.inject({ method: 'POST', url: '/admin/sources/resolve', headers: { 'content-type': 'application/json' }, payload: JSON.stringify({ identifier: '10.5555/tide.2020.017' }) });
      assert.ok([401, 403, 303].includes(anonymous.statusCode), String(anonymous.statusCode));
    });
  });
}
