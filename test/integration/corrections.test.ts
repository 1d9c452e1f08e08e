// The corrections log: /corrections and its RSS feed list every correction and update of
// the published articles, newest first; each correction is in its article's JSON-LD.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { CORRECTIONS_PER_PAGE } from '../../src/services/reader/corrections-log.js';
import { userWithRole, type AdminSession } from '../support/admin.js';
import { ENGINES } from '../support/databases.js';
import { seedStructure } from '../support/factories.js';
import { htmlValidator } from '../support/html-validator.js';
import { createTestSite, type TestSite } from '../support/site.js';

let now = new Date('2026-06-01T12:00:00.000Z');
const clock = () => now;
const BODY = 'Rivers rise in spring.[^r]\n\n[^r]: Lake Office. *Spring floods*. 2021.\n';
const idFrom = (location: unknown) => Number(/\/admin\/articles\/(\d+)/.exec(String(location))![1]);

for (const engine of ENGINES) {
  describe(`corrections log (${engine})`, () => {
    let site: TestSite;
    let editor: AdminSession;
    const ids: Record<string, number> = {};
    const write = async (title: string, action: string) => {
      const created = await editor.post('/admin/articles', { title, body: BODY, section: 'water', author1: 'ada', action, publishedAt: '2026-05-01T09:00' });
      assert.equal(created.statusCode, 303, created.body.slice(0, 300));
      return idFrom(created.headers.location);
    };
    const correct = async (id: number, kind: string, date: string, text: string) => {
      const added = await editor.post(`/admin/articles/${id}/corrections`, { kind, date, text });
      assert.equal(added.statusCode, 303, added.body.slice(0, 300));
    };
    const entries = async (path = '/corrections') => {
      const { response, document } = await site.page(path);
      assert.equal(response.statusCode, 200);
      return { document, body: response.body, items: [...document.querySelectorAll('.correction-entry')].map((li) => li.textContent) };
    };

    before(async () => {
      site = await createTestSite(engine, clock);
      await seedStructure(site.services);
      editor = await userWithRole(site, 'editor');
      ids['river'] = await write('River levels', 'publish');
      ids['dam'] = await write('The old dam', 'publish');
    });
    after(() => site.close());

    test('an empty log says so, and its feed is valid RSS with no items', async () => {
      const { document } = await entries();
      assert.match(document.querySelector('main')?.textContent ?? '', /No corrections yet/);
      const feed = await site.inject('/corrections/feed.xml');
      assert.equal(feed.statusCode, 200);
      assert.match(String(feed.headers['content-type']), /application\/rss\+xml/);
      assert.doesNotMatch(feed.body, /<item>/);
    });

    test('corrections show newest first with their article, date and text; a new one purges the cached page and feed', async () => {
      await correct(ids['river']!, 'correction', '2026-05-03', 'An earlier version gave the wrong river.');
      const first = await entries();
      assert.deepEqual(first.items, ['Correction, May 3, 2026 to River levels: An earlier version gave the wrong river.']);
      assert.equal(first.document.querySelector('.correction-entry a')?.getAttribute('href'), '/2026/05/river-levels');
      await site.inject('/corrections/feed.xml');
      await correct(ids['dam']!, 'update', '2026-05-07', 'Added the council reply.');
      const second = await entries();
      assert.deepEqual(second.items, [
        'Update, May 7, 2026 to The old dam: Added the council reply.',
        'Correction, May 3, 2026 to River levels: An earlier version gave the wrong river.',
      ]);
      const feed = (await site.inject('/corrections/feed.xml')).body;
      const titles = [...feed.matchAll(/<item>[\s\S]*?<title><!\[CDATA\[(.*?)\]\]><\/title>/g)].map((m) => m[1]);
      assert.deepEqual(titles, ['Update: The old dam', 'Correction: River levels']);
      assert.match(feed, /<link>http:\/\/dossier\.test\/2026\/05\/river-levels<\/link>/);
      assert.match(feed, /An earlier version gave the wrong river\./);
    });

    test('the page links its feed, and is valid HTML', async () => {
      const { document, body } = await entries();
      const feedLink = document.querySelector('link[rel="alternate"][href$="/corrections/feed.xml"]');
      assert.equal(feedLink?.getAttribute('type'), 'application/rss+xml');
      const report = await htmlValidator().validateString(body);
      assert.equal(report.valid, true, JSON.stringify(report.results.flatMap((r) => r.messages.map((m) => m.message))));
    });

    test('each correction (not an update) is a CorrectionComment in its article JSON-LD', async () => {
      const ld = async (path: string) => {
        const { document } = await site.page(path);
        return [...document.querySelectorAll('script[type="application/ld+json"]')].map((s) => JSON.parse(s.textContent ?? '')).find((x) => x['@type'] === 'NewsArticle');
      };
      assert.deepEqual((await ld('/2026/05/river-levels')).correction, [
        { '@type': 'CorrectionComment', text: 'An earlier version gave the wrong river.', datePublished: '2026-05-03T00:00:00.000Z' },
      ]);
      assert.equal((await ld('/2026/05/the-old-dam')).correction, undefined);
    });

    test('an unpublished article\'s corrections leave the log (the cached page is purged)', async () => {
      const version = /name="version" value="(\d+)"/.exec((await editor.get(`/admin/articles/${ids['dam']}`)).body)![1]!;
      const off = await editor.post(`/admin/articles/${ids['dam']}`, { title: 'The old dam', body: BODY, section: 'water', author1: 'ada', action: 'unpublish', version });
      assert.equal(off.statusCode, 303, off.body.slice(0, 300));
      assert.deepEqual((await entries()).items, ['Correction, May 3, 2026 to River levels: An earlier version gave the wrong river.']);
      assert.doesNotMatch((await site.inject('/corrections/feed.xml')).body, /old dam/);
    });

    test('the log pages by cursor, older entries on the next page; a bad cursor is a 404', async () => {
      for (let day = 1; day <= CORRECTIONS_PER_PAGE + 1; day++) {
        now = new Date(now.getTime() + 60_000);
        await correct(ids['river']!, 'update', `2026-04-${String(Math.min(day, 28)).padStart(2, '0')}`, `Note ${day}.`);
      }
      const first = await entries();
      assert.equal(first.items.length, CORRECTIONS_PER_PAGE);
      assert.match(first.items[0]!, /May 3, 2026/);
      const next = first.document.querySelector('a[rel="next"]')?.getAttribute('href');
      assert.ok(next, 'a link to older corrections');
      const second = await entries(next.replace(/&amp;/g, '&'));
      assert.equal(second.items.length, 2);
      assert.equal(second.document.querySelector('a[rel="next"]'), null);
      const all = [...first.items, ...second.items];
      assert.equal(new Set(all).size, CORRECTIONS_PER_PAGE + 2, 'no entry twice across pages');
      for (const bad of ['/corrections?before=yesterday', '/corrections?before=2026-05-01T00:00:00.000Z~0', '/corrections?before=2026-05-01T00:00:00.000Z~x%00']) {
        assert.equal((await site.inject(bad)).statusCode, 404, bad);
      }
    });
  });
}
