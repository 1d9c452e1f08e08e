import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { parseHTML } from 'linkedom';
import { ENGINES } from '../support/databases.js';
import { buildArticle, seedStructure } from '../support/factories.js';
import { userWithRole } from '../support/admin.js';
import { startSpnPeer } from '../support/spn-peer.js';
import { createTestSite, TEST_SITE_URL, type TestSite } from '../support/site.js';

const body = (urls: string[]) =>
  `${urls.map((_, i) => `Claim ${i + 1}.[^${i + 1}]`).join(' ')}\n\n${urls.map((u, i) => `[^${i + 1}]: Source ${i + 1}, [online](${u}) (accessed 30 May 2026).`).join('\n')}\n`;

for (const engine of ENGINES) {
  describe(`capture at publish: Save Page Now and Robust Links (${engine})`, () => {
    const now = new Date('2026-06-01T12:00:00.000Z');
    let site: TestSite;
    let capturedId = 0;
    let spn: Awaited<ReturnType<typeof startSpnPeer>>;
    const captureJobs = async () => (await site.site.store.repos.jobs.list({ kind: 'link-capture', limit: 50 }));
    const capture = async (url: string) => (await site.site.store.repos.captures.findMany([url]))[0];
    const later = async (ms: number) => {
      now.setTime(now.getTime() + ms);
      await site.site.worker.drain();
    };
    before(async () => {
      spn = await startSpnPeer();
      site = await createTestSite(engine, () => new Date(now), { siteUrl: TEST_SITE_URL, links: { timeoutMs: 1500, hostDelayMs: 0, outboundAllow: ['127.0.0.1'] } });
      await seedStructure(site.services);
    });
    after(async () => {
      await site.close();
      await spn.close();
    });

    test('without an access key capture is off: publishing queues nothing', async () => {
      await site.services.articles.save(buildArticle({ slug: 'before-keys', publishedAt: '2026-06-01T10:00:00.000Z', body: body(['https://example.org/early']) }));
      assert.equal((await captureJobs()).length, 0);
      assert.match((await site.services.sources.report()).captures.enabled ? 'on' : 'off', /off/);
    });

    test('publishing sends each cited URL to Save Page Now; the snapshot and its date are stored', async () => {
      await site.services.settings.update({ captureApiUrl: spn.origin, captureAccessKey: 'key', captureSecret: 'secret' });
      await site.services.articles.save(buildArticle({ slug: 'draft-first', status: 'draft', publishedAt: undefined, body: body(['https://example.org/draft-only']) }));
      assert.equal((await captureJobs()).length, 0, 'a draft is not captured');
      capturedId = (await site.services.articles.save(buildArticle({
        slug: 'captured', publishedAt: '2026-06-01T11:00:00.000Z',
        body: body(['https://example.org/report', 'https://example.org/data?id=7']),
      }))).id;
      assert.equal((await captureJobs()).filter((j) => j.status === 'pending').length, 2);
      await site.site.worker.drain();
      assert.equal(spn.log.filter((l) => l === 'POST /save').length, 2);
      assert.equal((await capture('https://example.org/report'))?.status, 'pending');
      await later(30_000); // first poll: still pending
      assert.equal((await capture('https://example.org/report'))?.status, 'pending');
      await later(30_000); // second poll: done
      const done = await capture('https://example.org/report');
      assert.equal(done?.status, 'captured');
      assert.equal(done?.snapshotUrl, `${spn.origin}/web/20260601120030/https://example.org/report`);
      assert.equal(done?.capturedAt, '2026-06-01T12:00:30.000Z');
      assert.equal((await capture('https://example.org/data?id=7'))?.status, 'captured');
    });

    test('the public article page carries Robust Links attributes on each archived note link', async () => {
      const response = await site.inject('/2026/06/captured');
      assert.equal(response.statusCode, 200);
      const { document } = parseHTML(response.body);
      const links = [...document.querySelectorAll('.notes-list a[data-versionurl]')];
      assert.equal(links.length, 2);
      const first = links.find((a) => a.getAttribute('data-originalurl') === 'https://example.org/report')!;
      assert.ok(first, 'the note link names its original URL');
      assert.equal(first.getAttribute('href'), 'https://example.org/report');
      assert.equal(first.getAttribute('data-versionurl'), `${spn.origin}/web/20260601120030/https://example.org/report`);
      assert.equal(first.getAttribute('data-versiondate'), '2026-06-01');
    });

    test('republishing with a new link captures only the new one (fresh snapshots are kept)', async () => {
      const before = spn.log.filter((l) => l === 'POST /save').length;
      await site.services.articles.save(buildArticle({
        slug: 'captured', publishedAt: '2026-06-01T11:00:00.000Z',
        body: body(['https://example.org/report', 'https://example.org/data?id=7', 'https://example.org/added']),
      }), { id: capturedId });
      await later(1000);
      await later(30_000);
      await later(30_000);
      assert.equal(spn.log.filter((l) => l === 'POST /save').length, before + 1);
      assert.equal((await capture('https://example.org/added'))?.status, 'captured');
    });

    test('an archive answering 500 is tried again with backoff, then captures', async () => {
      spn.saveStatuses.push(500);
      await site.services.articles.save(buildArticle({ slug: 'retried', publishedAt: '2026-06-01T11:00:00.000Z', body: body(['https://example.org/flaky']) }));
      await site.site.worker.drain();
      const [waiting] = (await captureJobs()).filter((j) => j.status === 'pending');
      assert.ok(waiting, 'the capture waits to be tried again');
      assert.match(waiting.lastError ?? '', /HTTP 500/);
      assert.equal(await capture('https://example.org/flaky'), undefined, 'no capture recorded before it is given up on');
      await later(60_000); // the retry: accepted
      await later(30_000);
      await later(30_000);
      assert.equal((await capture('https://example.org/flaky'))?.status, 'captured');
    });

    test('a capture the archive fails, or refuses, is recorded with its reason and shown in the report and dashboard', async () => {
      await site.services.articles.save(buildArticle({
        slug: 'failing', publishedAt: '2026-06-01T11:00:00.000Z',
        body: body(['https://example.org/refuse-me', 'https://blocked.example.org/page']),
      }));
      await later(1000);
      await later(30_000);
      await later(30_000);
      const failed = await capture('https://example.org/refuse-me');
      assert.equal(failed?.status, 'failed');
      assert.match(failed?.error ?? '', /Server returned 404/);
      const blocked = await capture('https://blocked.example.org/page');
      assert.equal(blocked?.status, 'failed');
      assert.match(blocked?.error ?? '', /block list/);
      const report = await site.services.sources.report();
      assert.equal(report.captures.counts.failed, 2);
      assert.ok(report.captures.failures.some((f) => f.url === 'https://example.org/refuse-me'));
      const editor = await userWithRole(site, 'editor');
      const dashboard = (await editor.get('/admin')).body;
      assert.match(dashboard, /Archive captures: \d+ captured · 0 pending · 2 failed/);
      assert.match(dashboard, /Last failed: https:\/\/(blocked\.)?example\.org\//);
      const page = (await site.inject('/2026/06/failing')).body;
      assert.ok(!page.includes('data-versionurl'), 'no archived copy, no Robust Links attributes');
    });

    test('without our capture, the archive look-up\'s copy is the Robust Links version', async () => {
      await site.services.settings.update({ captureAccessKey: '', captureSecret: '' });
      await site.services.articles.save(buildArticle({ slug: 'looked-up', publishedAt: '2026-06-01T11:00:00.000Z', body: body(['https://example.org/old-page']) }));
      const at = now.toISOString();
      const link = {
        url: 'https://example.org/old-page', status: 'dead' as const, httpStatus: 404, reason: 'HTTP 404', firstCheckedAt: at, lastCheckedAt: at, consecutiveFailures: 3,
        firstFailureAt: at, finalUrl: null, redirects: [], fragmentLost: false, archive: { url: 'https://web.archive.org/web/20110503000000/https://example.org/old-page', capturedAt: '2011-05-03T00:00:00.000Z' },
        archiveCheckedAt: at, archiveError: null,
      };
      const check = { url: link.url, checkedAt: at, status: link.status, failure: true, httpStatus: 404, error: null, durationMs: 5, finalUrl: null, redirects: [] };
      await site.site.store.transaction((repos) => repos.links.saveCheck(link, check, [{ sourceUrl: link.url, fragment: null }]));
      const { document } = parseHTML((await site.inject('/2026/06/looked-up')).body);
      const a = document.querySelector('.notes-list a[data-versionurl]');
      assert.equal(a?.getAttribute('data-versionurl'), link.archive.url);
      assert.equal(a?.getAttribute('data-versiondate'), '2011-05-03');
      assert.equal(a?.getAttribute('data-originalurl'), link.url);
      await site.services.settings.update({ captureAccessKey: 'key', captureSecret: 'secret' });
    });

    test('a scheduled article is captured when it goes live, not before', async () => {
      const queuedFor = async (url: string) => (await captureJobs()).filter((j) => (j.payload as { url?: string }).url === url).length;
      await site.services.articles.save(buildArticle({ slug: 'later', status: 'scheduled', publishedAt: new Date(now.getTime() + 3600_000).toISOString(), body: body(['https://example.org/scheduled']) }));
      assert.equal(await queuedFor('https://example.org/scheduled'), 0);
      now.setTime(now.getTime() + 2 * 3600_000);
      assert.equal((await site.services.articles.publishDue()).length, 1);
      assert.equal(await queuedFor('https://example.org/scheduled'), 1);
      await later(1000);
      await later(30_000);
      await later(30_000);
      assert.equal((await capture('https://example.org/scheduled'))?.status, 'captured');
    });

    test('an archive that keeps failing is given up on, and the failure says so', async () => {
      spn.saveStatuses.push(503, 503, 503, 503);
      await site.services.articles.save(buildArticle({ slug: 'down', publishedAt: '2026-06-01T11:00:00.000Z', body: body(['https://example.org/down']) }));
      for (let i = 0; i < 5; i++) await later(60 * 60_000);
      const failed = await capture('https://example.org/down');
      assert.equal(failed?.status, 'failed');
      assert.match(failed?.error ?? '', /HTTP 503.*gave up after 4 attempts/);
    });
  });
}
