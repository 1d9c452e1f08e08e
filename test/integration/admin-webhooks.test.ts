import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { parseHTML } from 'linkedom';
import { userWithRole, type AdminSession } from '../support/admin.js';
import { ENGINES } from '../support/databases.js';
import { buildArticle, seedStructure } from '../support/factories.js';
import { createTestSite, TEST_SITE_URL, type TestSite } from '../support/site.js';
import { startReceiver, validSignature } from '../support/webhook-receiver.js';

const doc = (html: string) => parseHTML(html).document as unknown as Document;

for (const engine of ENGINES) {
  describe(`admin: webhooks (${engine})`, () => {
    const now = new Date('2026-06-01T12:00:00.000Z');
    let site: TestSite;
    let admin: AdminSession;
    let receiver: Awaited<ReturnType<typeof startReceiver>>;

    before(async () => {
      receiver = await startReceiver();
      site = await createTestSite(engine, () => new Date(now), { siteUrl: TEST_SITE_URL, links: { timeoutMs: 1500, hostDelayMs: 0, outboundAllow: ['127.0.0.1'] } });
      await seedStructure(site.services);
      admin = await userWithRole(site, 'administrator');
    });
    after(async () => {
      await site.close();
      await receiver.close();
    });

    const rows = async () => [...doc((await admin.get('/admin/settings/webhooks')).body).querySelectorAll('table')[0]?.querySelectorAll('tbody tr') ?? []]
      .map((row) => [...row.querySelectorAll('td')].map((td) => td.textContent?.replace(/\s+/g, ' ').trim() ?? ''));

    test('an administrator adds a webhook, sees its secret once, and its deliveries at a glance', async () => {
      assert.match((await admin.get('/admin/settings')).body, /href="\/admin\/settings\/webhooks"/);
      assert.match((await admin.get('/admin/settings/webhooks')).body, /No webhooks yet/);
      const added = await admin.post('/admin/settings/webhooks', { url: receiver.url, events: ['article.published', 'comment.created'] });
      assert.equal(added.statusCode, 201);
      assert.equal(added.headers['cache-control'], 'no-store');
      const secret = doc(added.body).querySelector('code.secret')?.textContent ?? '';
      assert.match(secret, /^[0-9a-f]{64}$/);
      assert.ok(!(await admin.get('/admin/settings/webhooks')).body.includes(secret), 'not shown again');
      assert.deepEqual((await rows())[0]!.slice(1, 4), ['article.published, comment.created', 'No deliveries yet', 'On']);

      receiver.statuses.push(500);
      await site.services.articles.save(buildArticle({ slug: 'seen-by-the-hook' }));
      await site.site.worker.drain();
      assert.ok(validSignature(secret, receiver.received[0]!), 'the secret shown signs the deliveries');
      assert.equal((await rows())[0]![2], 'Failed: HTTP 500');
      now.setTime(now.getTime() + 60 * 60_000);
      await site.site.worker.drain();
      const page = doc((await admin.get('/admin/settings/webhooks')).body);
      assert.equal((await rows())[0]![2], 'Delivered (HTTP 200)');
      const log = [...page.querySelectorAll('table')[1]!.querySelectorAll('tbody tr')].map((r) => [...r.querySelectorAll('td')].slice(1, 5).map((td) => td.textContent));
      assert.deepEqual(log, [['#1', 'article.published', '2', 'Delivered (HTTP 200)'], ['#1', 'article.published', '1', 'Failed: HTTP 500']]);
    });

    test('turn off, turn on, delete', async () => {
      const [hook] = await site.services.webhooks.list();
      assert.equal((await admin.post(`/admin/settings/webhooks/${hook!.id}/toggle`, {})).statusCode, 303);
      assert.equal((await rows())[0]![3], 'Off');
      await admin.post(`/admin/settings/webhooks/${hook!.id}/toggle`, {});
      assert.equal((await rows())[0]![3], 'On');
      assert.equal((await admin.post(`/admin/settings/webhooks/${hook!.id}/delete`, {})).statusCode, 303);
      assert.match((await admin.get('/admin/settings/webhooks')).body, /No webhooks yet/);
      assert.equal((await admin.post('/admin/settings/webhooks/999/delete', {})).statusCode, 404);
    });

    test('a bad address or no events is shown again with the error; editors may not manage webhooks', async () => {
      const noEvents = await admin.post('/admin/settings/webhooks', { url: 'https://hooks.example.org/in' });
      assert.equal(noEvents.statusCode, 400);
      assert.match(noEvents.body, /Choose at least one event/);
      assert.match(noEvents.body, /value="https:\/\/hooks\.example\.org\/in"/);
      const badUrl = await admin.post('/admin/settings/webhooks', { url: 'ftp://hooks.example.org/in', events: 'link.dead' });
      assert.equal(badUrl.statusCode, 400);
      assert.match(badUrl.body, /must be http\(s\), not ftp/);
      const editor = await userWithRole(site, 'editor');
      assert.equal((await editor.get('/admin/settings/webhooks')).statusCode, 403);
      assert.equal((await editor.post('/admin/settings/webhooks', { url: receiver.url, events: 'link.dead' })).statusCode, 403);
      assert.equal((await site.services.webhooks.list()).length, 0);
    });

    test('change a webhook: address and events, a new secret shown once, a secret of one\'s own; queued deliveries follow; refusals keep the form open', async () => {
      const old = await site.services.webhooks.add({ url: 'https://hooks.example.org/old', events: 'link.dead' });
      const path = `/admin/settings/webhooks/${old.id}`;
      // Queued before the change, delivered after it: to the new address, signed with the new secret.
      await site.services.webhooks.update(old.id, { events: ['article.published'] });
      await site.services.articles.save(buildArticle({ slug: 'queued-before-the-change' }));
      const saved = await admin.post(path, { url: receiver.url, events: ['article.published', 'article.updated'] });
      assert.equal(saved.statusCode, 303);
      assert.deepEqual((await rows()).at(-1)!.slice(0, 2), [`#${old.id} ${receiver.url}`, 'article.published, article.updated']);

      const renewed = await admin.post(path, { url: receiver.url, events: 'article.published', renew: 'yes' });
      assert.equal(renewed.statusCode, 200);
      assert.equal(renewed.headers['cache-control'], 'no-store');
      assert.match(renewed.body, new RegExp(`Webhook #${old.id} saved: copy its new secret now`));
      const secret = doc(renewed.body).querySelector('code.secret')?.textContent ?? '';
      assert.match(secret, /^[0-9a-f]{64}$/);
      assert.notEqual(secret, old.secret);
      receiver.received.length = 0;
      await site.site.worker.drain();
      assert.equal(receiver.received.length, 1);
      assert.ok(validSignature(secret, receiver.received[0]!), 'the queued delivery went to the new address with the new secret');

      const own = 'my-own-secret-0123456789';
      assert.equal((await admin.post(path, { url: receiver.url, events: 'article.published', secret: own })).statusCode, 303);
      receiver.received.length = 0;
      await site.services.articles.save(buildArticle({ slug: 'after-own-secret' }));
      await site.site.worker.drain();
      assert.ok(validSignature(own, receiver.received[0]!));

      for (const [values, message, field] of [
        [{ url: 'ftp://x.example/in', events: 'link.dead' }, /must be http\(s\), not ftp/, 'url'],
        [{ url: receiver.url }, /Choose at least one event/, 'events'],
        [{ url: receiver.url, events: 'link.dead', secret: 'short' }, /at least 16 characters/, 'secret'],
        [{ url: receiver.url, events: 'link.dead', secret: 'x'.repeat(20), renew: 'yes' }, /not both/, 'secret'],
      ] as const) {
        const refused = await admin.post(path, values);
        assert.equal(refused.statusCode, 400, refused.body.slice(0, 200));
        const page = doc(refused.body);
        assert.match(page.querySelector('#error-summary')?.textContent ?? '', message);
        assert.ok(page.querySelector(`details[open] #hook-${old.id}-${field}`), `the form of #${old.id} is open at ${field}`);
        assert.ok(!refused.body.includes('x'.repeat(20)), 'a typed secret is not sent back');
      }
      assert.deepEqual((await site.services.webhooks.list()).find((h) => h.id === old.id)?.events, ['article.published'], 'nothing was written');
      assert.equal((await admin.post('/admin/settings/webhooks/999', { url: receiver.url, events: 'link.dead' })).statusCode, 404);
      const editor = await userWithRole(site, 'editor');
      assert.equal((await editor.post(path, { url: 'https://evil.example/', events: 'link.dead' })).statusCode, 403);
      await site.services.webhooks.remove(old.id);
    });
  });
}
