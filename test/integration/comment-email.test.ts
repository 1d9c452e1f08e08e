import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type AddressInfo } from 'node:net';
import { ENGINES } from '../support/databases.js';
import { buildArticle, seedStructure } from '../support/factories.js';
import { createTestSite, type TestSite } from '../support/site.js';
import { startSmtpServer, type TestSmtpServer } from '../support/smtp.js';

const freePort = () =>
  new Promise<number>((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => resolve(port));
    });
  });

for (const engine of ENGINES) {
  describe(`comment notifications by email (${engine})`, () => {
    let site: TestSite;
    let smtp: TestSmtpServer;
    let smtpPort: number;
    let now = new Date('2026-06-01T12:00:00.000Z');
    const credentials = { user: 'dossier', password: 'letter-box' };

    async function post(body: string, name = 'Rosa Diaz') {
      const token = (await site.services.reader.article('sand')).comments.formToken!;
      now = new Date(now.getTime() + 10_000);
      return site.services.comments.post({
        articleSlug: 'sand', parentId: null, name, email: 'rosa@example.org', website: 'https://rosa.example', body,
        honeypot: '', formToken: token, ip: '203.0.113.9', viewerToken: null,
      });
    }

    before(async () => {
      // SMTP starts down: the port is chosen now, the server is started in a later test.
      smtpPort = await freePort();
      site = await createTestSite(engine, () => now, {
        smtp: { host: '127.0.0.1', port: smtpPort, secure: false, user: credentials.user, password: credentials.password, from: 'Dossier <news@dossier.test>' },
        siteUrl: 'http://dossier.test',
      });
      const { structure, articles, comments } = site.services;
      await seedStructure(site.services);
      await structure.createAuthor({ slug: 'cleo', name: 'Cleo Marsh', email: 'cleo@dossier.test' });
      await articles.save(buildArticle({ slug: 'sand', title: 'Sand & Filters', authorSlugs: ['ada', 'cleo'] }));
      await comments.updateSettings({ moderatorEmails: ['mod@dossier.test', 'CLEO@dossier.test'] });
    });
    after(async () => {
      await smtp?.close();
      await site.close();
    });

    test('while the SMTP server is down the job is retried with backoff and its error is visible', async () => {
      await post('Held for now.');
      const job = await site.site.worker.runOnce();
      assert.equal(job?.kind, 'comment-notify');
      assert.equal(job?.status, 'pending');
      const [stored] = await site.services.jobs.list({ kind: 'comment-notify' });
      assert.match(stored?.lastError ?? '', /ECONNREFUSED/);
      assert.ok(stored!.runAt > now.toISOString(), 'retried later, not at once');
    });

    test('once the server is up the email reaches the authors with an address and the moderators', async () => {
      smtp = await startSmtpServer({ port: smtpPort, auth: credentials });
      now = new Date(now.getTime() + 60_000);
      assert.equal(await site.site.worker.drain(), 1);
      await smtp.waitFor(1);
      const [{ envelopeTo, mail }] = smtp.messages as [TestSmtpServer['messages'][number]];
      assert.deepEqual(envelopeTo.sort(), ['cleo@dossier.test', 'mod@dossier.test'], 'each address once; authors without email skipped');
      assert.equal(mail.from?.text, '"Dossier" <news@dossier.test>');
      assert.equal(mail.subject, '[Dossier] Please moderate: “Sand & Filters”');
      assert.equal(mail.replyTo?.text, 'rosa@example.org');
      assert.match(mail.text ?? '', /Author: Rosa Diaz\nEmail: rosa@example\.org\nWebsite: https:\/\/rosa\.example\/\n\nHeld for now\./);
      assert.match(mail.text ?? '', /dossier comments approve \d+/);
      assert.match(mail.text ?? '', /http:\/\/dossier\.test\/2026\/01\/sand#comments/);
      const [job] = await site.services.jobs.list({ kind: 'comment-notify' });
      assert.equal(job?.status, 'done');
    });

    test('an approved comment links to its permalink; spam sends nothing', async () => {
      const [held] = await site.services.comments.list({ status: 'pending' });
      await site.services.comments.setStatus([held!.id], 'approved');
      const trusted = await post('Published at once.');
      assert.equal(trusted.status, 'approved');
      await site.services.comments.updateSettings({ commentDisallowedWords: ['casino'] });
      assert.equal((await post('casino', 'Spammer')).status, 'spam');
      assert.equal(await site.site.worker.drain(), 1, 'only the approved comment queued an email');
      await smtp.waitFor(2);
      const mail = smtp.messages[1]!.mail;
      assert.equal(mail.subject, '[Dossier] New comment: “Sand & Filters”');
      assert.match(mail.text ?? '', new RegExp(`Read it: http://dossier\\.test/comments/${trusted.commentId}\\n`));
      const redirect = await site.inject(`/comments/${trusted.commentId}`);
      assert.equal(redirect.headers.location, `/2026/01/sand#comment-${trusted.commentId}`);
    });
  });
}
