import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ENGINES } from '../support/databases.js';
import { buildArticle, seedStructure } from '../support/factories.js';
import { userWithRole } from '../support/admin.js';
import { createTestSite, TEST_SITE_URL, type TestSite } from '../support/site.js';

/** A WebSub hub on 127.0.0.1 that records each ping's form; it answers the queued statuses first, then 204. */
async function startHub() {
  const pings: Array<{ contentType: string; form: URLSearchParams }> = [];
  const statuses: number[] = [];
  const server: Server = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
    request.on('end', () => {
      const status = statuses.shift() ?? 204;
      if (status < 300) pings.push({ contentType: String(request.headers['content-type']), form: new URLSearchParams(body) });
      response.writeHead(status).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hub`;
  return { url, pings, statuses, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

const FEEDS = ['/feed.xml', '/feed.atom', '/feed.json'].map((path) => `${TEST_SITE_URL}${path}`);

for (const engine of ENGINES) {
  describe(`WebSub: hub setting, rel="hub" in feeds, pings on publish (${engine})`, () => {
    const now = new Date('2026-06-01T12:00:00.000Z');
    let site: TestSite;
    let hub: Awaited<ReturnType<typeof startHub>>;
    const pingJobs = async () => (await site.site.store.repos.jobs.list({ kind: 'websub-ping', limit: 50 }));
    before(async () => {
      hub = await startHub();
      site = await createTestSite(engine, () => new Date(now), { siteUrl: TEST_SITE_URL, links: { timeoutMs: 1500, hostDelayMs: 0, outboundAllow: ['127.0.0.1'] } });
      await seedStructure(site.services);
    });
    after(async () => {
      await site.close();
      await hub.close();
    });

    test('without a hub, feeds name none and publishing queues no ping', async () => {
      await site.services.articles.save(buildArticle({ slug: 'before-hub', publishedAt: '2026-05-01T10:00:00.000Z' }));
      assert.equal((await pingJobs()).length, 0);
      assert.ok(!(await site.inject('/feed.xml')).body.includes('rel="hub"'));
      assert.ok(!('hubs' in (await site.inject('/feed.json')).json()));
    });

    test('the admin sets the hub; a bad address is refused naming the field', async () => {
      const admin = await userWithRole(site, 'administrator');
      const form = (await site.services.settings.get());
      const base = { title: form.title, description: form.description, language: form.language, timeZone: form.timeZone, postsPerPage: String(form.postsPerPage), permalinkPattern: form.permalinkPattern, citationStyle: form.citationStyle };
      const bad = await admin.post('/admin/settings', { ...base, websubHub: 'ftp://hub.example/' });
      assert.equal(bad.statusCode, 400);
      assert.match(bad.body, /websubHub|http\(s\) address/);
      assert.equal((await site.services.settings.get()).websubHub, '');
      const saved = await admin.post('/admin/settings', { ...base, websubHub: hub.url });
      assert.equal(saved.statusCode, 303);
      assert.equal((await site.services.settings.get()).websubHub, hub.url);
      assert.ok((await admin.get('/admin/settings')).body.includes(`value="${hub.url}"`));
    });

    test('every site feed names the hub: RSS atom:link, Atom link, JSON Feed hubs', async () => {
      const rss = (await site.inject('/feed.xml')).body;
      assert.match(rss, new RegExp(`<atom:link href="${hub.url}" rel="hub"\\s*/>`));
      const atom = (await site.inject('/feed.atom')).body;
      assert.match(atom, new RegExp(`<link rel="hub" href="${hub.url}"\\s*/>`));
      const json = (await site.inject('/feed.json')).json() as { hubs?: Array<{ type: string; url: string }> };
      assert.deepEqual(json.hubs, [{ type: 'WebSub', url: hub.url }]);
    });

    test('publishing queues one ping; the job POSTs hub.mode=publish for each feed to the hub', async () => {
      await site.services.articles.save(buildArticle({ slug: 'pinged', publishedAt: '2026-06-01T11:00:00.000Z' }));
      await site.services.articles.save(buildArticle({ slug: 'pinged-too', publishedAt: '2026-06-01T11:30:00.000Z' }));
      assert.equal((await pingJobs()).filter((j) => j.status === 'pending').length, 1, 'pings waiting are one ping');
      await site.site.worker.drain();
      assert.deepEqual(hub.pings.map((p) => p.form.get('hub.url')), FEEDS);
      for (const ping of hub.pings) {
        assert.equal(ping.form.get('hub.mode'), 'publish');
        assert.match(ping.contentType, /^application\/x-www-form-urlencoded/);
      }
    });

    test('a draft queues no ping; a hub that fails is tried again with backoff', async () => {
      hub.pings.length = 0;
      await site.services.articles.save(buildArticle({ slug: 'still-a-draft', status: 'draft', publishedAt: undefined }));
      assert.equal((await pingJobs()).filter((j) => j.status === 'pending').length, 0);
      hub.statuses.push(500);
      await site.services.articles.save(buildArticle({ slug: 'pinged-again', publishedAt: '2026-06-01T11:45:00.000Z' }));
      await site.site.worker.drain();
      assert.equal(hub.pings.length, 0);
      const [waiting] = (await pingJobs()).filter((j) => j.status === 'pending');
      assert.ok(waiting, 'the ping waits to be tried again');
      assert.match(waiting.lastError ?? '', /answered 500/);
      now.setTime(now.getTime() + 60 * 60_000);
      await site.site.worker.drain();
      assert.deepEqual(hub.pings.map((p) => p.form.get('hub.url')), FEEDS);
    });
  });
}

for (const engine of ENGINES) {
  describe(`WebSub pings pass the outbound guard (${engine})`, () => {
    test('a hub on a loopback address is refused unless OUTBOUND_ALLOW names it', async () => {
      const hub = await startHub();
      const site = await createTestSite(engine, () => new Date('2026-06-01T12:00:00.000Z'), { siteUrl: TEST_SITE_URL, links: { timeoutMs: 1500, hostDelayMs: 0, outboundAllow: [] } });
      try {
        await seedStructure(site.services);
        await site.services.settings.update({ websubHub: hub.url });
        await site.services.articles.save(buildArticle({ slug: 'guarded' }));
        await site.site.worker.drain();
        assert.equal(hub.pings.length, 0);
        const [job] = await site.site.store.repos.jobs.list({ kind: 'websub-ping', limit: 5 });
        assert.match(job?.lastError ?? '', /refused/);
      } finally {
        await site.close();
        await hub.close();
      }
    });
  });
}
