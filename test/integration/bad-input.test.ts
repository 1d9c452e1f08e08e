import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { Readable } from 'node:stream';
import { parseHTML } from 'linkedom';
import type { DossierExport } from '../../src/export/json-format.js';
import { userWithRole, type AdminSession } from '../support/admin.js';
import { ENGINES } from '../support/databases.js';
import { buildArticle, seedStructure } from '../support/factories.js';
import { rawRows } from '../support/raw-rows.js';
import { createTestSite, type TestSite } from '../support/site.js';

const clock = () => new Date('2026-06-01T12:00:00.000Z');
const errorText = (html: string) => parseHTML(html).document.querySelector('main')?.textContent ?? '';

for (const engine of ENGINES) {
  describe(`bad input is a 4xx that says what was wrong, never a 500 (${engine})`, () => {
    let site: TestSite;
    let editor: AdminSession;
    before(async () => {
      site = await createTestSite(engine, clock);
      await seedStructure(site.services);
      editor = await userWithRole(site, 'editor');
    });
    after(() => site.close());

    test('feeds of an article without a byline answer in every format', async () => {
      await site.services.articles.save(buildArticle({ slug: 'unsigned', authorSlugs: [], publishedAt: '2026-01-10T08:00:00.000Z' }));
      const json = await site.inject('/feed.json');
      assert.equal(json.statusCode, 200, json.body.slice(0, 300));
      const feed = JSON.parse(json.body) as { authors: unknown[]; items: Array<{ url: string; authors?: unknown[] }> };
      const item = feed.items.find((i) => i.url.endsWith('/unsigned'));
      assert.ok(item, 'the article is in the feed');
      assert.equal(item.authors, undefined, 'no empty byline; the feed’s own authors stand in');
      assert.ok(feed.authors.length > 0);
      for (const path of ['/feed.xml', '/feed.atom', '/section/water/feed.json']) assert.equal((await site.inject(path)).statusCode, 200, path);
    });

    test('ids past 2147483647 and NUL bytes in a path are "not found" (examples from the probe)', async () => {
      for (const url of ['/comments/999999999999', '/comments/2147483648', '/tag/%00', '/author/a%00b', '/2026/01/%00', '/%00/comments.xml', '/tag/%00/feed.json']) {
        assert.equal((await site.inject(url)).statusCode, 404, url);
      }
      const post = await site.inject({ method: 'POST', url: '/%00/comments', headers: { 'content-type': 'application/x-www-form-urlencoded' }, payload: 'comment=hi' });
      assert.equal(post.statusCode, 404);
      assert.equal((await editor.get('/admin/articles/2147483648')).statusCode, 404);
      const moderation = await editor.post('/admin/comments', { id: '2147483648', status: 'approved' });
      assert.equal(moderation.statusCode, 400);
      const named = await editor.post('/admin/redirects/delete', { fromPath: '/old\u0000' });
      assert.equal(named.statusCode, 400);
      assert.match(errorText(named.body), /fromPath: must not contain a NUL character/);
    });

    test('an anonymous upload is refused before its body is read', async () => {
      let pulled = 0;
      const body = new Readable({
        read() {
          pulled += 1;
          // 64 KB at a time, forever: only reading it would end this request.
          this.push(pulled < 2000 ? Buffer.alloc(64 * 1024, 'a') : null);
        },
      });
      const response = await site.inject({ method: 'POST', url: '/admin/media', headers: { 'content-type': 'multipart/form-data; boundary=x' }, payload: body });
      assert.equal(response.statusCode, 403);
      assert.ok(pulled < 10, `the body was not read (${pulled} chunks pulled)`);
    });

    test('a multipart body without a boundary, or cut short, is a 400 that says so', async () => {
      const headers = (contentType: string) => ({ cookie: editor.cookie, 'content-type': contentType, 'x-csrf-token': editor.csrf });
      const noBoundary = await site.inject({ method: 'POST', url: '/admin/media', headers: headers('multipart/form-data'), payload: 'whatever' });
      assert.equal(noBoundary.statusCode, 400, noBoundary.body.slice(0, 300));
      assert.match(errorText(noBoundary.body), /upload could not be read: the form data was incomplete or malformed/);
      const cut = `--b\r\nContent-Disposition: form-data; name="_csrf"\r\n\r\n${editor.csrf}\r\n--b\r\nContent-Disposition: form-data; name="file"; filename="x.png"\r\nContent-Type: image/png\r\n\r\n\u0089PNG half a fi`;
      const truncated = await site.inject({ method: 'POST', url: '/admin/media', headers: headers('multipart/form-data; boundary=b'), payload: cut });
      assert.equal(truncated.statusCode, 400, truncated.body.slice(0, 300));
      assert.match(errorText(truncated.body), /incomplete or malformed/);
      assert.deepEqual(await site.services.media.list(), []);
    });

    test('a JSON import with a redirect status 999 is refused, naming the entry and field, and writes nothing', async () => {
      const source = await createTestSite(engine, clock);
      await seedStructure(source.services);
      await source.services.articles.save(buildArticle({ slug: 'moved', publishedAt: '2026-01-10T08:00:00.000Z' }));
      const exported = await source.services.transfer.exports.json();
      await source.close();
      const target = await createTestSite(engine, clock);
      try {
        const file: DossierExport = {
          ...exported,
          redirects: [
            { from: '/fine', to: '/2026/01/moved', status: 301 },
            { from: '/old-moved', to: '/2026/01/moved', status: 999 as 301 },
          ],
        };
        await assert.rejects(
          target.services.transfer.imports.json({ file: 'site.json', json: JSON.stringify(file) }),
          (error: Error) => {
            assert.match(error.message, /^site\.json: redirects\[1\]\.status: the redirect from "\/old-moved": "status" must be one of 301, 302, 307, 308, not 999/);
            return true;
          },
        );
        assert.deepEqual(await rawRows(target.database, 'redirects'), []);
        assert.deepEqual(await rawRows(target.database, 'articles'), []);
        assert.equal((await target.inject('/old-moved')).statusCode, 404);
      } finally {
        await target.close();
      }
    });
  });
}
