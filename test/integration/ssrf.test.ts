import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { lookup } from 'node:dns/promises';
import type { LinkRecord } from '../../src/domain/link-record.js';
import { ENGINES } from '../support/databases.js';
import { buildArticle, seedStructure } from '../support/factories.js';
import { userWithRole } from '../support/admin.js';
import { startArchivePeer, startCountingPeer, type Peer } from '../support/link-peers.js';
import { createTestSite, type TestSite } from '../support/site.js';

/** An article whose notes cite `urls`, one note each. */
function citing(urls: readonly string[]): string {
  return `${urls.map((_, i) => `Claim.[^${i + 1}]`).join(' ')}\n\n${urls.map((u, i) => `[^${i + 1}]: [Source](${u}).`).join('\n')}\n`;
}

async function linkOf(site: TestSite, url: string): Promise<LinkRecord | undefined> {
  return (await site.site.store.repos.links.findMany([url]))[0];
}

/** Runs the daily sweep the way a worker does: its job, then the checks it queued. */
async function runScheduledRecheck(site: TestSite): Promise<void> {
  await site.services.jobs.enqueue({ kind: 'links-recheck', payload: null });
  await site.site.worker.drain();
}

// A note must never make the server request an internal address, whatever a probe writes.
for (const engine of ENGINES) {
  describe(`outbound requests refuse non-public addresses (${engine})`, () => {
    let loopback: Peer; // 127.0.0.1
    let otherLoopback: Peer; // 127.0.0.2
    let v6: Peer; // ::1
    let archive: Peer;
    const now = new Date('2026-06-01T12:00:00.000Z');

    before(async () => {
      otherLoopback = await startCountingPeer('127.0.0.2');
      loopback = await startCountingPeer('127.0.0.1', { redirectTo: `${otherLoopback.origin}/internal` });
      v6 = await startCountingPeer('::1');
      archive = await startArchivePeer(new Map());
    });
    after(async () => {
      await Promise.all([loopback.close(), otherLoopback.close(), v6.close(), archive.close()]);
    });

    describe('with nothing allowed', () => {
      let site: TestSite;
      let probes: Array<[string, string]>;
      before(async () => {
        site = await createTestSite(engine, () => now, { links: { archiveApiUrl: archive.origin, timeoutMs: 1500, hostDelayMs: 0, outboundAllow: [] } });
        await seedStructure(site.services);
        const port = new URL(loopback.origin).port;
        probes = [
          [`${loopback.origin}/direct`, 'refused: loopback address 127.0.0.1'],
          [`${v6.origin}/v6`, 'refused: loopback address ::1'],
          ['http://10.0.0.1/intranet', 'refused: private address 10.0.0.1'],
          ['http://169.254.169.254/latest/meta-data/', 'refused: link-local address 169.254.169.254'],
          [`http://localhost:${port}/by-name`, 'refused: localhost resolves to loopback address 127.0.0.1'],
          [`http://0.0.0.0:${port}/unspecified`, 'refused: unspecified address 0.0.0.0'],
          [`http://[::ffff:127.0.0.1]:${port}/mapped`, 'refused: loopback address ::ffff:7f00:1'],
        ];
        await site.services.articles.save(buildArticle({ slug: 'probe', body: citing(probes.map(([url]) => url)) }));
      });
      after(async () => {
        await site.close();
      });

      test('an editor\'s check of the article fetches nothing and records each link as refused', async () => {
        const report = await site.services.sources.check({ articleSlug: 'probe' });
        assert.equal(report.results.length, probes.length);
        for (const [url, reason] of probes) {
          const result = report.results.find((r) => r.target.sources.some((s) => s.sourceUrl === url));
          assert.deepEqual([result?.link.status, result?.link.reason], ['refused', reason], url);
          assert.equal(result?.link.consecutiveFailures, 0, 'a refusal is not a failure of the source');
          assert.equal(result?.link.archive, null);
        }
        assert.deepEqual([loopback.log, otherLoopback.log, v6.log, archive.log], [[], [], [], []], 'no server was reached, not even the archive');
      });

      test('the scheduled re-check fetches nothing either, and the report shows the refusals', async () => {
        now.setTime(now.getTime() + 8 * 86_400_000); // the links are due again
        await runScheduledRecheck(site);
        assert.equal((await site.services.jobs.list({ kind: 'link-check', status: 'done', limit: 100 })).length, probes.length);
        assert.deepEqual([loopback.log, otherLoopback.log, v6.log, archive.log], [[], [], [], []]);
        const report = await site.services.sources.report();
        assert.equal(report.site.counts.refused, probes.length);
        const [article] = report.articles;
        assert.deepEqual(article?.problems.map((p) => p.status), probes.map(() => 'refused'));
        assert.ok(article?.problems.some((p) => p.reason === 'refused: link-local address 169.254.169.254'));
      });
    });

    describe('with 127.0.0.1 allowed', () => {
      let site: TestSite;
      let redirecting: string;
      before(async () => {
        // news.example is a public-looking name; this test's resolver points it at 127.0.0.1.
        const resolve = async (hostname: string) => (hostname === 'news.example' ? [{ address: '127.0.0.1', family: 4 }] : lookup(hostname, { all: true }));
        site = await createTestSite(engine, () => now, { links: { archiveApiUrl: archive.origin, timeoutMs: 1500, hostDelayMs: 0, outboundAllow: ['127.0.0.1'], resolve } });
        await seedStructure(site.services);
        redirecting = `http://news.example:${new URL(loopback.origin).port}/redirect`;
        await site.services.articles.save(buildArticle({ slug: 'published-one', body: citing([`${loopback.origin}/published`, redirecting]) }));
      });
      after(async () => {
        await site.close();
      });

      test('a redirect to another loopback address is refused at that hop', async () => {
        archive.log.length = 0;
        const report = await site.services.sources.check({ articleSlug: 'published-one' });
        const link = report.results.find((r) => r.link.url === redirecting)?.link;
        assert.equal(link?.status, 'refused');
        assert.equal(link?.reason, 'refused: loopback address 127.0.0.2');
        assert.deepEqual(link?.redirects, [{ from: redirecting, status: 302, to: `${otherLoopback.origin}/internal` }]);
        assert.equal(link?.finalUrl, `${otherLoopback.origin}/internal`);
        assert.ok(loopback.log.includes('HEAD /redirect'), 'the allowed server was asked');
        assert.deepEqual(otherLoopback.log, [], 'the redirect target was never reached');
        assert.ok(!archive.log.some((line) => line.includes(encodeURIComponent('/redirect'))), 'no archive was asked about a refused link');
        assert.equal((await linkOf(site, `${loopback.origin}/published`))?.status, 'ok', 'an allowed address is checked as before');
      });

      test("the scheduled re-check never fetches a contributor's draft", async () => {
        const contributor = await userWithRole(site, 'contributor');
        const draftUrl = `${loopback.origin}/draft-only`;
        const saved = await contributor.post('/admin/articles', { title: 'Probe draft', body: citing([draftUrl]), section: 'water', author1: 'ada' });
        assert.equal(saved.statusCode, 303, saved.body.slice(0, 300));
        now.setTime(now.getTime() + 8 * 86_400_000); // the published links are due again
        loopback.log.length = 0;
        await runScheduledRecheck(site);
        assert.ok(loopback.log.includes('HEAD /published'), `the sweep ran: ${JSON.stringify(loopback.log)}`);
        assert.deepEqual(loopback.log.filter((line) => line.includes('/draft-only')), [], 'the draft\'s URL was never requested');
        assert.equal(await linkOf(site, draftUrl), undefined);
        assert.deepEqual(otherLoopback.log, []);
      });
    });
  });
}
