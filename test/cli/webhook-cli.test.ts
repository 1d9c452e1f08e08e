import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openSite } from '../../src/main.js';
import { runCliAsync } from '../support/cli.js';
import { databaseUrlOf, ENGINES, freshDatabase, type FreshDatabase } from '../support/databases.js';
import { buildArticle, seedStructure } from '../support/factories.js';
import { startReceiver, validSignature } from '../support/webhook-receiver.js';

/** The DATABASE_URL the CLI reaches a fresh test database by. */

for (const engine of ENGINES) {
  describe(`dossier webhook (${engine})`, () => {
    let database: FreshDatabase;
    let env: Record<string, string>;
    let receiver: Awaited<ReturnType<typeof startReceiver>>;

    before(async () => {
      database = await freshDatabase(engine);
      env = { DATABASE_URL: databaseUrlOf(database.target) };
      receiver = await startReceiver();
    });
    after(async () => {
      await receiver.close();
      await database.drop();
    });

    test('add prints the secret once; a publication is delivered signed with it; list and deliveries show it; remove', async () => {
      const added = await runCliAsync(['webhook', 'add', receiver.url, '--events', 'article.published, comment.created'], env);
      assert.equal(added.status, 0, added.stderr);
      assert.match(added.stdout, /Webhook #1 sends article\.published, comment\.created to http:\/\/127\.0\.0\.1:\d+\/hooks/);
      const secret = /secret .*: ([0-9a-f]{64})\n/.exec(added.stdout)?.[1];
      assert.ok(secret, added.stdout);

      const listed = await runCliAsync(['webhook', 'list', '--json'], env);
      const rows = JSON.parse(listed.stdout) as Array<Record<string, unknown>>;
      assert.deepEqual(rows.map((r) => [r.id, r.url, r.events, r.active]), [[1, receiver.url, ['article.published', 'comment.created'], true]]);
      assert.ok(!listed.stdout.includes(secret), 'the secret is not listed');

      const site = await openSite(database.target, () => new Date('2026-06-01T12:00:00.000Z'), { siteUrl: 'http://dossier.test', links: { outboundAllow: ['127.0.0.1'], hostDelayMs: 0, timeoutMs: 1500 } });
      try {
        await seedStructure(site.services);
        await site.services.articles.save(buildArticle({ slug: 'from-the-cli' }));
        await site.worker.drain();
      } finally {
        await site.close();
      }
      assert.equal(receiver.received.length, 1);
      assert.ok(validSignature(secret, receiver.received[0]!));

      const log = await runCliAsync(['webhook', 'deliveries', '1'], env);
      assert.equal(log.status, 0, log.stderr);
      assert.match(log.stdout, /^2026-06-01T12:00:00\.000Z #1 article\.published attempt 1: HTTP 200 in \d+ ms \(http:\/\/127\.0\.0\.1:\d+\/hooks\)\n$/);

      const updated = await runCliAsync(['webhook', 'update', '1', '--url', 'https://hooks.example.org/moved', '--events', 'link.dead', '--new-secret'], env);
      assert.equal(updated.status, 0, updated.stderr);
      assert.match(updated.stdout, /^Webhook #1 sends link\.dead to https:\/\/hooks\.example\.org\/moved\nNew signing secret \(shown once; give it to the receiver\): [0-9a-f]{64}\n$/);
      assert.notEqual(/([0-9a-f]{64})\n$/.exec(updated.stdout)?.[1], secret);
      const own = await runCliAsync(['webhook', 'update', '1', '--secret', 'my-own-secret-0123456789'], env);
      assert.match(own.stdout, /signing secret is now the one given/);
      const missing = await runCliAsync(['webhook', 'update', '99', '--events', 'link.dead'], env);
      assert.equal(missing.status, 1);
      assert.match(missing.stderr, /There is no webhook #99/);

      const removed = await runCliAsync(['webhook', 'remove', '1'], env);
      assert.equal(removed.status, 0, removed.stderr);
      assert.match(removed.stdout, /Removed webhook #1\./);
    });
  });
}

// Checked before any database is opened, so one engine is enough.
describe('dossier webhook: bad input is refused with a clear message', () => {
  test('an address that is not http(s), an unknown event, no events', async () => {
    const env = { DATABASE_URL: `sqlite:${join(tmpdir(), `dossier-never-opened-${process.pid}.db`)}` };
    const ftp = await runCliAsync(['webhook', 'add', 'ftp://example.org/in', '--events', 'article.published'], env);
    assert.equal(ftp.status, 2);
    assert.match(ftp.stderr, /must be http\(s\), not ftp/);
    const badEvent = await runCliAsync(['webhook', 'add', 'https://example.org/hook', '--events', 'article.published,post.deleted'], env);
    assert.equal(badEvent.status, 2);
    assert.match(badEvent.stderr, /Unknown event "post\.deleted"; the events are article\.published, article\.updated, article\.unpublished, comment\.created, link\.dead/);
    const noEvents = await runCliAsync(['webhook', 'add', 'https://example.org/hook'], env);
    assert.notEqual(noEvents.status, 0);
    assert.match(noEvents.stderr, /--events/);
  });

  test('update: nothing to change, both secrets, a short secret, a bad address or event', async () => {
    const env = { DATABASE_URL: `sqlite:${join(tmpdir(), `dossier-never-opened-${process.pid}.db`)}` };
    const cases: Array<[string[], RegExp]> = [
      [[], /Nothing to change: give --url, --events, --secret or --new-secret/],
      [['--secret', 'a-long-enough-secret', '--new-secret'], /--secret or --new-secret, not both/],
      [['--secret', 'short'], /at least 16 characters/],
      [['--secret', 'has a space inside it'], /visible ASCII characters, without spaces/],
      [['--url', 'ftp://example.org/in'], /must be http\(s\), not ftp/],
      [['--events', 'post.deleted'], /Unknown event "post\.deleted"/],
    ];
    for (const [args, message] of cases) {
      const result = await runCliAsync(['webhook', 'update', '1', ...args], env);
      assert.equal(result.status, 2, `${args.join(' ')}: ${result.stderr}`);
      assert.match(result.stderr, message);
    }
  });
});
