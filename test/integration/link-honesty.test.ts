import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { reportText } from '../../src/cli/commands/links-output.js';
import { userWithRole } from '../support/admin.js';
import { ENGINES } from '../support/databases.js';
import { htmlValidator } from '../support/html-validator.js';
import { buildArticle, seedStructure } from '../support/factories.js';
import { startWebPeer, type Peer } from '../support/link-peers.js';
import { createTestSite, type TestSite } from '../support/site.js';

const DAY = 86_400_000;

/** A server on 127.0.0.1 answering every request with `status`. */
async function answering(status: number): Promise<{ origin: string; server: Server }> {
  const server = createServer((_req, res) => res.writeHead(status, { 'content-type': 'text/plain' }).end('unavailable'));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server };
}

/** An origin nothing listens on: every request is refused at the socket (no network). */
async function nobodyHome(): Promise<string> {
  const { origin, server } = await answering(200);
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return origin;
}

const cite = (urls: string[]) => `${urls.map((_, i) => `Claim ${i}.[^${i + 1}]`).join(' ')}\n\n${urls.map((u, i) => `[^${i + 1}]: [Source ${i}](${u}) (accessed 3 May 2011).`).join('\n')}\n`;

for (const engine of ENGINES) {
  describe(`honest link health (${engine})`, () => {
    let site: TestSite;
    let web: Peer;
    let archive: { origin: string; server: Server };
    let offline: string;
    let now = new Date('2026-06-01T12:00:00.000Z');

    before(async () => {
      web = await startWebPeer();
      archive = await answering(503);
      offline = await nobodyHome();
      site = await createTestSite(engine, () => now, { links: { archiveApiUrl: archive.origin, timeoutMs: 1500, hostDelayMs: 0, outboundAllow: ['127.0.0.1'] } });
      await seedStructure(site.services);
      await site.services.articles.save(buildArticle({ slug: 'no-network', body: cite([1, 2, 3, 4].map((n) => `${offline}/page/${n}`)) }));
      await site.services.articles.save(buildArticle({ slug: 'mixed', body: cite([`${web.origin}/ok`, `${web.origin}/chain/a`, `${offline}/gone`]) }));
    });
    after(async () => {
      await site.close();
      await web.close();
      await new Promise<void>((resolve) => archive.server.close(() => resolve()));
    });

    test('before any check: the dashboard and the article say "not yet checked", nothing is healthy', async () => {
      const admin = await userWithRole(site, 'administrator');
      const dashboard = await admin.get('/admin');
      assert.match(dashboard.body, /Links: 0 of 7 cited links reach their source — 7 not yet checked — none checked yet\./);
      const { document } = await site.page('/2026/01/no-network');
      assert.equal(document.querySelector('.notes-summary')?.textContent, '4 sources · 4 links not yet checked');
    });

    test('with every link failing, nothing is called healthy and failed archive look-ups are reported', async () => {
      const checked = await site.services.sources.check({});
      const published = checked.results.filter((r) => !r.target.articles.every((a) => a === 'unpublished'));
      assert.equal(published.length, 7);
      assert.deepEqual(published.map((r) => r.link.status).sort(), ['error', 'error', 'error', 'error', 'error', 'ok', 'redirected']);
      assert.ok(published.every((r) => /HTTP 503/.test(r.link.archiveError ?? '')), 'each look-up failure is recorded with its reason');

      const report = await site.services.sources.report();
      assert.deepEqual([report.site.counts.error, report.site.counts.ok, report.site.counts.redirected, report.site.counts.unchecked], [5, 1, 1, 0]);
      assert.equal(report.site.archiveFailed, 7);
      assert.equal(report.site.lastCheckedAt, now.toISOString());
      const text = reportText(report);
      assert.match(text, /^Links: 2 of 7 cited links reach their source — 5 error · 1 redirected · 1 ok — archive look-up failed for 7\.$/m);
      assert.match(text, /^no-network \(4, 0 reach their source\): error 4 · archive look-up failed 4$/m);
      assert.match(text, /note 1: error\s+http:\/\/127\.0\.0\.1:\d+\/page\/1\s+archive look-up failed: .*503/);
      assert.match(text, /note 1: ok\s+http:\/\/127\.0\.0\.1:\d+\/ok\s+archive look-up failed/, 'a healthy link whose look-up failed is listed too');

      const admin = await userWithRole(site, 'administrator');
      const dashboard = await admin.get('/admin');
      assert.match(dashboard.body, /Links: 2 of 7 cited links reach their source — 5 error · 1 redirected · 1 ok — archive look-up failed for 7\./);
      assert.doesNotMatch(dashboard.body, /broken of/);

      const { document } = await site.page('/2026/01/no-network');
      assert.equal(document.querySelector('.notes-summary')?.textContent, '4 sources · links checked June 1, 2026 · 4 not reached at last check');
      const mixed = await site.page('/2026/01/mixed');
      assert.equal(mixed.document.querySelector('.notes-summary')?.textContent, '3 sources · links checked June 1, 2026 · 1 not reached at last check');
    });

    test('the Sources page lists each checked link of published articles once, with its status and citing articles', async () => {
      await site.services.articles.save(buildArticle({ slug: 'unpublished', status: 'draft', body: cite([`${web.origin}/ok`, `${web.origin}/ok?draft-only`]) }));
      assert.equal((await site.services.sources.check({ articleSlug: 'unpublished' })).results.length, 2, 'the draft-only link is checked (and so stored)');
      const { response, document } = await site.page('/sources');
      assert.equal(response.statusCode, 200);
      const validity = await htmlValidator().validateString(response.body);
      assert.ok(validity.valid, JSON.stringify(validity.results.flatMap((r) => r.messages.map((m) => m.message))));
      const rows = [...document.querySelectorAll('.sources-list > li')];
      const urls = rows.map((li) => li.querySelector('.source-url')!.getAttribute('href'));
      assert.equal(urls.length, 7, 'each link once; a link only a draft cites is not shown');
      assert.ok(!urls.some((u) => u!.includes('draft-only')));
      const ok = rows.find((li) => li.querySelector('.source-url')!.getAttribute('href') === `${web.origin}/ok`)!;
      assert.match(ok.textContent ?? '', /— ok, checked June 1, 2026 · cited in Test article \d+$/);
      assert.deepEqual([...ok.querySelectorAll('.source-articles a')].map((a) => a.getAttribute('href')), ['/2026/01/mixed'], 'the draft citing it is not named');
      assert.match(rows.find((li) => li.textContent!.includes('/page/1'))!.textContent ?? '', /— error, checked/);
      assert.equal((await site.inject('/sources?after=%00')).statusCode, 404);
      const after = await site.page(`/sources?after=${encodeURIComponent(`${web.origin}/ok`)}`);
      assert.ok([...after.document.querySelectorAll('.source-url')].every((a) => a.getAttribute('href')! > `${web.origin}/ok`));
    });

    test('a dead link: the article line says so, and the page was purged from the cache by the check', async () => {
      for (let day = 1; day <= 3; day++) {
        now = new Date(now.getTime() + DAY);
        await site.services.sources.check({ articleSlug: 'mixed' });
      }
      const report = await site.services.sources.report();
      assert.equal(report.articles.find((a) => a.slug === 'mixed')?.counts.dead, 1);
      const { response, document } = await site.page('/2026/01/mixed');
      assert.equal(response.headers['x-cache'], 'MISS', 'the check purged the cached page');
      assert.equal(document.querySelector('.notes-summary')?.textContent, '3 sources · links checked June 4, 2026 · 1 dead, no archived copy found');
      const sources = await site.page('/sources');
      assert.equal(sources.response.headers['x-cache'], 'MISS', 'the checks purged the Sources page');
      assert.match(sources.document.querySelector('.sources-list')?.textContent ?? '', /\/gone — dead, checked June 4, 2026/);
    });
  });
}
