import { after, before, beforeEach, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { userWithRole } from '../support/admin.js';
import { ENGINES } from '../support/databases.js';
import { postComment, formTokenOf } from '../support/comments.js';
import { buildArticle, seedStructure } from '../support/factories.js';
import { createTestSite, TEST_SITE_URL, type TestSite } from '../support/site.js';
import { startArchivePeer, startWebPeer } from '../support/link-peers.js';
import { startReceiver, validSignature } from '../support/webhook-receiver.js';
import { webhookSchemaCheck } from '../support/webhook-schemas.js';

for (const engine of ENGINES) {
  describe(`webhooks: signed deliveries through the queue, retries, the delivery log (${engine})`, () => {
    let now = new Date('2026-06-01T12:00:00.000Z');
    const tick = (seconds: number) => (now = new Date(now.getTime() + seconds * 1000));
    let site: TestSite;
    let receiver: Awaited<ReturnType<typeof startReceiver>>;
    let secret: string;
    let hookId: number;
    const drain = () => site.site.worker.drain();

    before(async () => {
      receiver = await startReceiver();
      site = await createTestSite(engine, () => new Date(now), { siteUrl: TEST_SITE_URL, links: { timeoutMs: 1500, hostDelayMs: 0, outboundAllow: ['127.0.0.1'] } });
      await seedStructure(site.services);
      const added = await site.services.webhooks.add({ url: receiver.url, events: 'article.published,article.updated,article.unpublished,comment.created' });
      secret = added.secret;
      hookId = added.id;
    });
    after(async () => {
      await site.close();
      await receiver.close();
    });
    beforeEach(() => {
      receiver.received.length = 0;
    });

    test('publishing sends article.published, signed with the secret, with the article and its address', async () => {
      assert.match(secret, /^[0-9a-f]{64}$/);
      assert.ok(!('secret' in (await site.services.webhooks.list())[0]!), 'the secret is never listed');
      await site.services.articles.save(buildArticle({ slug: 'reservoir-levels', title: 'Reservoir levels', publishedAt: '2026-05-30T09:00:00.000Z', tagSlugs: ['pipes'] }));
      await drain();
      assert.equal(receiver.received.length, 1);
      const [hook] = receiver.received;
      assert.ok(validSignature(secret, hook!), 'the signature checks out with the secret');
      assert.ok(!validSignature('another secret', hook!), 'and not with another');
      assert.equal(hook!.headers['content-type'], 'application/json');
      assert.equal(hook!.headers['x-dossier-event'], 'article.published');
      assert.equal(hook!.headers['x-dossier-timestamp'], String(Math.floor(now.getTime() / 1000)));
      const [body] = receiver.events();
      assert.equal(body!.event, 'article.published');
      assert.equal(body!.created_at, now.toISOString());
      const article = body!.data.article!;
      assert.equal(article.title, 'Reservoir levels');
      assert.equal(article.status, 'published');
      assert.equal(article.url, `${TEST_SITE_URL}/2026/05/reservoir-levels`);
      assert.deepEqual(article.authors, [{ slug: 'ada', name: 'Ada Brook' }]);
      assert.deepEqual(article.tags, [{ slug: 'pipes', name: 'Pipes' }]);
      assert.ok(!('bodyMarkdown' in article) && !('body' in article), 'never the body');
      (await webhookSchemaCheck(site))(hook!.body);
      const [logged] = await site.services.webhooks.deliveries({ webhookId: hookId });
      assert.deepEqual([logged!.event, logged!.url, logged!.attempt, logged!.statusCode, logged!.error], ['article.published', receiver.url, 1, 200, null]);
    });

    test('a subscriber that answers 500 is tried again with backoff; the log shows both attempts', async () => {
      const id = (await site.services.articles.save(buildArticle({ slug: 'retried', status: 'draft', publishedAt: undefined }))).id;
      await drain();
      assert.equal(receiver.received.length, 0, 'a draft is nobody’s business');
      receiver.statuses.push(500);
      await site.services.articles.save(buildArticle({ slug: 'retried', publishedAt: '2026-05-31T09:00:00.000Z' }), { id });
      await drain();
      assert.deepEqual(receiver.received.map((r) => r.status), [500]);
      const [waiting] = (await site.site.store.repos.jobs.list({ kind: 'webhook-delivery', status: 'pending', limit: 5 }));
      assert.match(waiting?.lastError ?? '', /answered 500/);
      await drain();
      assert.equal(receiver.received.length, 1, 'not before its backoff is over');
      tick(60 * 60);
      await drain();
      assert.deepEqual(receiver.received.map((r) => r.status), [500, 200]);
      assert.ok(receiver.received.every((r) => validSignature(secret, r)));
      assert.equal(receiver.received[0]!.body.replace(/"created_at":"[^"]+"/, ''), receiver.received[1]!.body.replace(/"created_at":"[^"]+"/, ''), 'the same event both times');
      const log = (await site.services.webhooks.deliveries({ webhookId: hookId })).filter((d) => d.event === 'article.published').slice(0, 2);
      assert.deepEqual(log.map((d) => [d.attempt, d.statusCode]), [[2, 200], [1, 500]]);
      assert.ok(log.every((d) => d.durationMs >= 0 && d.createdAt <= now.toISOString()));
    });

    test('edits while live, unpublishing, scheduled publication and deletion send the matching events', async () => {
      const saved = await site.services.articles.save(buildArticle({ slug: 'lifecycle', publishedAt: '2026-05-31T10:00:00.000Z' }));
      await site.services.articles.save(buildArticle({ slug: 'lifecycle', title: 'Lifecycle, revised', publishedAt: '2026-05-31T10:00:00.000Z' }), { id: saved.id });
      await site.services.articles.unpublish(saved.id);
      await site.services.articles.save(buildArticle({ slug: 'later', status: 'scheduled', publishedAt: new Date(now.getTime() + 30 * 60_000).toISOString() }));
      await site.services.articles.save(buildArticle({ kind: 'page', slug: 'about-us', sectionSlug: undefined }));
      await drain();
      assert.deepEqual(receiver.events().map((e) => [e.event, e.data.article!.slug]), [
        ['article.published', 'lifecycle'], ['article.updated', 'lifecycle'], ['article.unpublished', 'lifecycle'],
      ]);
      assert.equal(receiver.events()[1]!.data.article!.title, 'Lifecycle, revised');
      assert.equal(receiver.events()[2]!.data.article!.status, 'draft');
      const conforms = await webhookSchemaCheck(site);
      for (const delivery of receiver.received) conforms(delivery.body);
      receiver.received.length = 0;
      tick(31 * 60);
      await site.services.articles.publishDue();
      const gone = await site.services.articles.save(buildArticle({ slug: 'deleted-soon', publishedAt: '2026-05-31T10:00:00.000Z' }));
      await site.services.articles.delete(gone.id);
      await drain();
      assert.deepEqual(receiver.events().map((e) => [e.event, e.data.article!.slug]), [
        ['article.published', 'later'], ['article.published', 'deleted-soon'], ['article.unpublished', 'deleted-soon'],
      ]);
    });

    test('a public correction is an article.updated', async () => {
      const editor = await userWithRole(site, 'editor');
      const id = (await site.services.articles.save(buildArticle({ slug: 'corrected', publishedAt: '2026-05-31T10:00:00.000Z' }))).id;
      await drain();
      receiver.received.length = 0;
      assert.equal((await editor.post(`/admin/articles/${id}/corrections`, { kind: 'correction', text: 'The dam is 40 m high, not 60 m.' })).statusCode, 303);
      await drain();
      assert.deepEqual(receiver.events().map((e) => [e.event, e.data.article!.slug, e.data.article!.updated_at]), [['article.updated', 'corrected', now.toISOString()]]);
    });

    test('a reader’s comment sends comment.created, without the commenter’s email', async () => {
      const path = '/2026/05/reservoir-levels';
      const token = await formTokenOf(site, path);
      tick(20);
      const posted = await postComment(site, path, { comment: 'Which reservoir?' }, { token, ip: '198.51.100.20' });
      assert.equal(posted.statusCode, 303);
      await drain();
      const [body] = receiver.events();
      assert.equal(body?.event, 'comment.created');
      assert.equal(body!.data.comment!.body, 'Which reservoir?');
      assert.equal(body!.data.comment!.author_name, 'Rosa Diaz');
      assert.equal(body!.data.comment!.status, 'pending');
      assert.equal(body!.data.article!.url, `${TEST_SITE_URL}${path}`);
      assert.ok(!receiver.received[0]!.body.includes('rosa@example.org'));
      (await webhookSchemaCheck(site))(receiver.received[0]!.body);
      assert.ok(validSignature(secret, receiver.received[0]!));
    });

    test('only subscribed events go to a webhook; one turned off or removed gets nothing', async () => {
      const other = await startReceiver();
      try {
        const linkOnly = await site.services.webhooks.add({ url: other.url, events: ['link.dead'] });
        await site.services.articles.save(buildArticle({ slug: 'not-for-links' }));
        await drain();
        assert.equal(other.received.length, 0);
        assert.equal(receiver.received.length, 1);
        assert.equal(await site.services.webhooks.toggle(hookId), false);
        await site.services.articles.save(buildArticle({ slug: 'while-off' }));
        await drain();
        assert.equal(receiver.received.length, 1);
        assert.equal(await site.services.webhooks.toggle(hookId), true);
        await site.services.webhooks.remove(linkOnly.id);
        await assert.rejects(site.services.webhooks.deliveries({ webhookId: linkOnly.id }), /no webhook #/);
      } finally {
        await other.close();
      }
    });

    test('the delivery log keeps each webhook’s newest attempts only', async () => {
      const other = await site.services.webhooks.add({ url: 'https://hooks.example.org/log', events: 'link.dead' });
      const repos = site.site.store.repos;
      for (const attempt of [1, 2, 3, 4]) {
        await repos.webhooks.addDelivery({ webhookId: other.id, event: 'link.dead', url: other.url, attempt, statusCode: 500, error: null, durationMs: 1, createdAt: now.toISOString() });
      }
      const before = (await site.services.webhooks.deliveries({ webhookId: hookId })).length;
      await repos.webhooks.keepNewestDeliveries(other.id, 2);
      assert.deepEqual((await site.services.webhooks.deliveries({ webhookId: other.id })).map((d) => d.attempt), [4, 3]);
      assert.equal((await site.services.webhooks.deliveries({ webhookId: hookId })).length, before, 'other webhooks’ logs are untouched');
      await repos.webhooks.keepNewestDeliveries(other.id, 5);
      assert.equal((await site.services.webhooks.deliveries({ webhookId: other.id })).length, 2);
      await site.services.webhooks.remove(other.id);
    });

    test('a subscriber on a private address is refused by the outbound guard unless OUTBOUND_ALLOW names it', async () => {
      const guarded = await createTestSite(engine, () => new Date(now), { siteUrl: TEST_SITE_URL, links: { timeoutMs: 1500, hostDelayMs: 0, outboundAllow: [] } });
      try {
        await seedStructure(guarded.services);
        const hook = await guarded.services.webhooks.add({ url: receiver.url, events: 'article.published' });
        await guarded.services.articles.save(buildArticle({ slug: 'guarded' }));
        await guarded.site.worker.drain();
        assert.equal(receiver.received.length, 0);
        const [logged] = await guarded.services.webhooks.deliveries({ webhookId: hook.id });
        assert.equal(logged?.statusCode, null);
        assert.match(logged?.error ?? '', /refused/);
      } finally {
        await guarded.close();
      }
    });
  });
}

for (const engine of ENGINES) {
  describe(`webhooks: link.dead when the link checker first calls a cited link dead (${engine})`, () => {
    test('one event when the link turns dead, none at later checks that find it still dead', async () => {
      const receiver = await startReceiver();
      const web = await startWebPeer();
      const archive = await startArchivePeer(new Map());
      const site = await createTestSite(engine, () => new Date('2026-06-01T12:00:00.000Z'), {
        siteUrl: TEST_SITE_URL, links: { archiveApiUrl: archive.origin, timeoutMs: 1500, hostDelayMs: 0, outboundAllow: ['127.0.0.1'] },
      });
      try {
        await seedStructure(site.services);
        await site.services.settings.update({ linkDeadAfterFailures: 1, linkDeadAfterDays: 0 });
        const { secret } = await site.services.webhooks.add({ url: receiver.url, events: 'link.dead' });
        const gone = `${web.origin}/gone-404`;
        await site.services.articles.save(buildArticle({ slug: 'cites-a-dead-page', title: 'Cites a dead page', body: `Claim.[^a]\n\n[^a]: [Gone](${gone}).\n` }));
        await site.services.articles.save(buildArticle({ slug: 'draft-citing-it', status: 'draft', publishedAt: undefined, body: `Claim.[^a]\n\n[^a]: [Gone](${gone}).\n` }));
        const first = await site.services.sources.check({ articleSlug: 'cites-a-dead-page' });
        assert.equal(first.results[0]!.link.status, 'dead');
        await site.services.sources.check({ articleSlug: 'cites-a-dead-page' });
        await site.site.worker.drain();
        assert.deepEqual(receiver.events().map((e) => e.event), ['link.dead']);
        assert.ok(validSignature(secret, receiver.received[0]!));
        const link = receiver.events()[0]!.data.link!;
        assert.equal(link.url, gone);
        assert.equal(link.http_status, 404);
        assert.deepEqual(link.articles, [{ id: 1, slug: 'cites-a-dead-page', title: 'Cites a dead page', path: '/2026/01/cites-a-dead-page', url: `${TEST_SITE_URL}/2026/01/cites-a-dead-page` }]);
        (await webhookSchemaCheck(site))(receiver.received[0]!.body);
      } finally {
        await site.close();
        await Promise.all([receiver.close(), web.close(), archive.close()]);
      }
    });
  });
}
