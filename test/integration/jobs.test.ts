import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { openSite, type Site } from '../../src/main.js';
import { createJobRunner } from '../../src/services/jobs/job-runner.js';
import { ENGINES, freshDatabase, type FreshDatabase } from '../support/databases.js';
import { buildArticle, seedStructure } from '../support/factories.js';

for (const engine of ENGINES) {
  describe(`job queue (${engine})`, () => {
    let db: FreshDatabase;
    let site: Site;
    let now = new Date('2026-05-01T10:00:00.000Z');
    const clock = () => now;
    before(async () => {
      db = await freshDatabase(engine);
      site = await openSite(db.target, clock);
    });
    after(async () => {
      await site.close();
      await db.drop();
    });

    test('a unique key allows one active job at a time', async () => {
      const { jobs } = site.services;
      const first = await jobs.enqueue({ kind: 'check', uniqueKey: 'url:a' });
      assert.ok(first);
      assert.equal(await jobs.enqueue({ kind: 'check', uniqueKey: 'url:a' }), null);
      const runner = createJobRunner({ store: storeOf(site), clock, handlers: { check: async () => undefined } });
      assert.equal(await runner.drain(), 1);
      assert.ok(await jobs.enqueue({ kind: 'check', uniqueKey: 'url:a' }), 'a finished job frees its key');
      await runner.drain();
    });

    test('jobs run when due, oldest first, never before', async () => {
      const ran: string[] = [];
      const runner = createJobRunner({ store: storeOf(site), clock, handlers: { note: async (p) => void ran.push((p as { n: string }).n) } });
      await site.services.jobs.enqueue({ kind: 'note', payload: { n: 'later' }, runAt: '2026-05-01T10:00:02.000Z' });
      await site.services.jobs.enqueue({ kind: 'note', payload: { n: 'future' }, runAt: '2026-05-02T00:00:00.000Z' });
      await site.services.jobs.enqueue({ kind: 'note', payload: { n: 'now' } });
      now = new Date('2026-05-01T10:00:05.000Z');
      assert.equal(await runner.drain(), 2);
      assert.deepEqual(ran, ['now', 'later']);
    });

    test('a failing job is retried with backoff, keeps its last error, then fails for good', async () => {
      const runner = createJobRunner({ store: storeOf(site), clock, handlers: { flaky: async () => { throw new Error('connect ECONNREFUSED 127.0.0.1:9'); } } });
      await site.services.jobs.enqueue({ kind: 'flaky', maxAttempts: 2 });
      const first = await runner.runOnce();
      assert.equal(first?.status, 'pending');
      assert.equal(first?.lastError, 'connect ECONNREFUSED 127.0.0.1:9');
      assert.equal(await runner.runOnce(), null, 'not due again before the backoff');
      now = new Date(now.getTime() + 31_000);
      const second = await runner.runOnce();
      assert.equal(second?.status, 'failed');
      const [stored] = await site.services.jobs.list({ kind: 'flaky' });
      assert.equal(stored?.status, 'failed');
      assert.equal(stored?.attempts, 2);
      assert.match(stored?.lastError ?? '', /ECONNREFUSED/);
    });

    test('a job with no handler fails at once with a clear error', async () => {
      const runner = createJobRunner({ store: storeOf(site), clock, handlers: {} });
      await site.services.jobs.enqueue({ kind: 'mystery' });
      const job = await runner.runOnce();
      assert.equal(job?.status, 'failed');
      assert.equal(job?.lastError, 'No handler for job kind "mystery".');
    });

    test('two workers on two connections never run the same job twice', async () => {
      const other = await openSite(db.target, clock);
      try {
        const seen: number[] = [];
        const handler = async (payload: unknown) => {
          seen.push((payload as { i: number }).i);
          await new Promise((resolve) => setTimeout(resolve, 2));
        };
        for (let i = 0; i < 40; i++) await site.services.jobs.enqueue({ kind: 'work', payload: { i } });
        const runners = [site, other, site, other].map((s, k) => createJobRunner({ store: storeOf(s), clock, workerId: `w${k}`, handlers: { work: handler } }));
        const counts = await Promise.all(runners.map((r) => r.drain()));
        assert.equal(counts.reduce((a, b) => a + b, 0), 40);
        assert.deepEqual([...seen].sort((a, b) => a - b), Array.from({ length: 40 }, (_, i) => i));
      } finally {
        await other.close();
      }
    });

    test('a job whose worker died is released and runs again', async () => {
      const store = storeOf(site);
      await site.services.jobs.enqueue({ kind: 'orphan' });
      const claimed = await store.repos.jobs.claimNext('dead-worker', now.toISOString());
      assert.equal(claimed?.kind, 'orphan');
      now = new Date(now.getTime() + 31 * 60_000);
      assert.equal(await store.repos.jobs.releaseStale(new Date(now.getTime() - 30 * 60_000).toISOString(), now.toISOString()), 1);
      const runner = createJobRunner({ store, clock, handlers: { orphan: async () => undefined } });
      assert.equal((await runner.runOnce())?.status, 'done');
    });

    test('scheduled articles go live when the recurring job runs', async () => {
      await seedStructure(site.services);
      const at = new Date(now.getTime() + 3_600_000).toISOString();
      await site.services.articles.save(buildArticle({ slug: 'embargoed', status: 'scheduled', publishedAt: at }));
      await site.worker.scheduleRecurring();
      await site.worker.drain();
      await assert.rejects(site.services.reader.article('embargoed'), /no published article/);
      now = new Date(now.getTime() + 3_700_000);
      await site.worker.drain();
      assert.equal((await site.services.reader.article('embargoed')).article.status, 'published');
      const found = await site.services.reader.search({ q: 'reservoirs', section: '', author: '', tag: '', from: '', to: '', page: 1 });
      assert.ok(found.results.items.some((r) => r.slug === 'embargoed'), 'a scheduled article is searchable once it goes live');
      const pending = await site.services.jobs.list({ kind: 'publish-scheduled', status: 'pending' });
      assert.equal(pending.length, 1, 'the next run is queued');
      assert.equal(pending[0]?.runAt, new Date(now.getTime() + 60_000).toISOString());
    });
  });
}

/** The store behind a site's services, for building extra runners in tests. */
function storeOf(site: Site) {
  return site.store;
}
