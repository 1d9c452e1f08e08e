import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { LinkCheckResult } from '../../src/services/sources/check-link.js';
import { ENGINES } from '../support/databases.js';
import { buildArticle, seedStructure } from '../support/factories.js';
import { userWithRole } from '../support/admin.js';
import { htmlValidator } from '../support/html-validator.js';
import { startArchivePeer, startWebPeer, type Peer } from '../support/link-peers.js';
import { createTestSite, type TestSite } from '../support/site.js';

const DAY = 86_400_000;
const PATHS = {
  ok: '/ok', pdf: '/report.pdf', notFound: '/gone-404', gone: '/gone-410', chain: '/chain/a', loop: '/loop/a', home: '/moved-home',
  soft: '/soft', hang: '/hang', robots: '/private/page', paywall: '/paywall', head405: '/head-405', huge: '/huge', bomb: '/bomb',
  unicode: '/café/naïve', anchor: '/old-anchor#section-2', many: '/many/12',
} as const;
type Name = keyof typeof PATHS;

/** An article whose notes cite every peer answer, accessed 3 May 2011. */
function citingBody(origin: string, names: readonly Name[]): string {
  const refs = names.map((n) => `Claim ${n}.[^${n}]`).join(' ');
  const notes = names.map((n) => `[^${n}]: Source ${n}, [online](${origin}${PATHS[n]}) (accessed 3 May 2011).`).join('\n');
  return `${refs}\n\n${notes}\n`;
}

for (const engine of ENGINES) {
  describe(`link health (${engine})`, () => {
    let site: TestSite;
    let web: Peer;
    let archive: Peer;
    let now = new Date('2026-06-01T12:00:00.000Z');
    const byName = new Map<Name, LinkCheckResult>();
    const url = (name: Name) => `${web.origin}${PATHS[name]}`;

    before(async () => {
      web = await startWebPeer();
      const captures = new Map<string, Array<{ timestamp: string; status: number }>>();
      archive = await startArchivePeer(captures);
      captures.set(`${web.origin}/gone-404`, [{ timestamp: '20110401120000', status: 200 }, { timestamp: '20110504000000', status: 200 }]);
      captures.set(`${web.origin}/gone-404?only=here`, [{ timestamp: '20110401120000', status: 200 }, { timestamp: '20110504000000', status: 200 }]);
      captures.set(`${web.origin}/gone-410`, [{ timestamp: '20120101000000', status: 200 }]);
      site = await createTestSite(engine, () => now, { links: { archiveApiUrl: archive.origin, timeoutMs: 1500, hostDelayMs: 2, outboundAllow: ['127.0.0.1'] } });
      await seedStructure(site.services);
      await site.services.articles.save(buildArticle({ slug: 'every-answer', body: citingBody(web.origin, Object.keys(PATHS) as Name[]) }));
      const lonely = `Claim.[^a] Another.[^b]\n\n[^a]: [Gone](${web.origin}/gone-404?only=here) (accessed 3 May 2011).\n[^b]: [Fine](${web.origin}/ok).\n`;
      await site.services.articles.save(buildArticle({ slug: 'one-dead-link', body: lonely }));
    });
    after(async () => {
      await site.close();
      await web.close();
      await archive.close();
    });

    test('each answer of the web is classified', async () => {
      const report = await site.services.sources.check({ articleSlug: 'every-answer' });
      for (const result of report.results) {
        const name = (Object.keys(PATHS) as Name[]).find((n) => result.target.sources.some((s) => s.sourceUrl === url(n)));
        byName.set(name!, result);
      }
      const statuses = Object.fromEntries([...byName].map(([name, r]) => [name, r.link.status]));
      assert.deepEqual(statuses, {
        ok: 'ok', pdf: 'ok', notFound: 'error', gone: 'error', chain: 'redirected', loop: 'error', home: 'soft-404', soft: 'soft-404',
        hang: 'timeout', robots: 'blocked', paywall: 'error', head405: 'ok', huge: 'ok', bomb: 'ok', unicode: 'ok', anchor: 'redirected', many: 'error',
      });
      const get = (name: Name) => byName.get(name)!;
      assert.deepEqual([get('notFound').link.httpStatus, get('gone').link.httpStatus, get('paywall').link.httpStatus], [404, 410, 403]);
      assert.deepEqual(get('chain').link.redirects.map((h) => [new URL(h.from).pathname, h.status]), [['/chain/a', 301], ['/chain/b', 301]]);
      assert.equal(get('chain').link.finalUrl, `${web.origin}/chain/c`);
      assert.match(get('loop').link.reason ?? '', /redirect loop/);
      assert.match(get('many').link.reason ?? '', /more than 10 redirects/);
      assert.match(get('hang').link.reason ?? '', /no answer within 1.5 s/);
      assert.equal(get('anchor').link.fragmentLost, true);
      assert.equal(get('unicode').link.url, `${web.origin}/caf%C3%A9/na%C3%AFve`);
      assert.equal(get('bomb').outcome.pageTitle, '&lol9;', 'the entity was never expanded');
      assert.ok(web.log.includes('HEAD /head-405') && web.log.includes('GET /head-405'), 'HEAD refused, then GET');
      assert.ok(!web.log.some((line) => line.includes('/private/page')), 'robots.txt was obeyed');
      assert.ok(get('notFound').verdict.failure && !get('robots').verdict.failure);
    });

    test('archived copies: closest good capture before the access date, else after', async () => {
      assert.deepEqual(byName.get('notFound')!.link.archive, { url: `${archive.origin}/web/20110401120000/${web.origin}/gone-404`, capturedAt: '2011-04-01T12:00:00.000Z' });
      assert.equal(byName.get('gone')!.link.archive?.capturedAt, '2012-01-01T00:00:00.000Z');
      assert.equal(byName.get('ok')!.link.archive, null);
      assert.ok(byName.get('ok')!.link.archiveCheckedAt, 'looked up once even when healthy');
    });

    test('a 403 from a host in the paywall list is paywalled, not a failure', async () => {
      await site.site.store.repos.settings.set('paywalledHosts', ['127.0.0.1']);
      const report = await site.services.sources.check({ articleSlug: 'every-answer' });
      const paywall = report.results.find((r) => r.link.url === url('paywall'))!;
      assert.deepEqual([paywall.link.status, paywall.verdict.failure], ['paywalled', false]);
      await site.site.store.repos.settings.set('paywalledHosts', []);
    });

    test('dead only after three failures spread over three days; then the page offers the archive', async () => {
      const lonely = `${web.origin}/gone-404?only=here`;
      const statusOf = async () => (await site.services.sources.check({ articleSlug: 'one-dead-link' })).results.find((r) => r.link.url === lonely)!.link;
      assert.equal((await statusOf()).status, 'error');
      now = new Date(now.getTime() + DAY);
      assert.equal((await statusOf()).status, 'error');
      now = new Date(now.getTime() + DAY);
      assert.equal((await statusOf()).status, 'error', 'three failures in two days: not yet');
      let { document } = await site.page('/2026/01/one-dead-link');
      assert.equal(document.querySelector('.note-archive'), null);
      now = new Date(now.getTime() + DAY);
      const dead = await statusOf();
      assert.deepEqual([dead.status, dead.consecutiveFailures, dead.firstFailureAt], ['dead', 4, '2026-06-01T12:00:00.000Z']);
      const history = await site.services.sources.history(lonely);
      assert.deepEqual(history.map((h) => [h.status, h.httpStatus, h.failure]), [['dead', 404, true], ['error', 404, true], ['error', 404, true], ['error', 404, true]]);

      const page = await site.page('/2026/01/one-dead-link');
      ({ document } = page);
      const validator = htmlValidator();
      const validity = await validator.validateString(page.response.body);
      assert.ok(validity.valid, JSON.stringify(validity.results.flatMap((r) => r.messages.map((m) => m.message))));
      const note = document.querySelector('#one-dead-link-note-1')!;
      assert.match(note.textContent ?? '', /\(archived copy, April 1, 2011\)/);
      const archived = note.querySelector('a.note-archive-link')!;
      assert.equal(archived.getAttribute('href'), `${archive.origin}/web/20110401120000/${lonely}`);
      assert.equal(note.querySelector('time')?.getAttribute('datetime'), '2011-04-01T12:00:00.000Z');
      assert.equal(note.querySelector('a.note-link-dead')?.getAttribute('href'), lonely);
      assert.equal(document.querySelector('#one-dead-link-note-2 .note-archive, #one-dead-link-note-2 .note-link-dead'), null, 'the live link is left alone');
    });

    test('the report counts by status, site-wide and per article, worst first', async () => {
      const report = await site.services.sources.report();
      assert.equal(report.site.total, 18);
      assert.equal(report.site.counts.dead, 1);
      assert.deepEqual(report.articles.map((a) => a.slug), ['one-dead-link', 'every-answer']);
      assert.deepEqual(report.articles[0]!.problems.map((p) => [p.notes, p.status]), [[[1], 'dead']]);
      assert.equal(report.articles[1]!.counts['soft-404'], 2);
    });

    test('the queue checks each due URL once; the sweep waits for the interval', async () => {
      const { sources: links } = site.services;
      now = new Date(now.getTime() + 8 * DAY);
      assert.equal(await links.queueDueChecks(), 18);
      assert.equal(await links.queueDueChecks(), 0, 'one pending check per URL');
      await site.site.worker.drain();
      assert.equal((await site.services.jobs.list({ kind: 'link-check', status: 'done', limit: 100 })).length, 18);
      assert.equal((await site.services.jobs.list({ kind: 'link-check', status: 'failed' })).length, 0);
      assert.equal(await links.queueDueChecks(), 0, 'all checked within the interval');
      const recurring = await site.site.store.repos.jobs.list({ kind: 'links-recheck', limit: 5 });
      assert.equal(recurring.length, 0, 'no sweep is queued until a worker starts');
    });

    test('snapshot on publish keeps our own copy of each cited page', async () => {
      await site.site.store.repos.settings.set('snapshotOnPublish', true);
      await site.services.articles.save(buildArticle({ slug: 'kept', body: `Filters work.[^a]\n\n[^a]: [A readable article](${web.origin}/article).\n` }));
      await site.services.articles.save(buildArticle({ slug: 'kept-draft', status: 'draft', body: `Draft.[^a]\n\n[^a]: [Private](${web.origin}/ok?draft).\n` }));
      assert.equal((await site.services.jobs.list({ kind: 'link-snapshot', status: 'pending' })).length, 1, 'drafts are not copied');
      await site.site.worker.drain();
      const [copy] = await site.services.sources.snapshots({ articleSlug: 'kept' });
      assert.equal(copy?.httpStatus, 200);
      assert.match(copy?.sha256 ?? '', /^[0-9a-f]{64}$/);
      assert.equal(copy?.title, 'A readable article');
      assert.deepEqual(copy?.articles, ['kept']);
      const [full] = await site.site.store.repos.links.snapshots([`${web.origin}/article`], true);
      assert.match(full?.readableText ?? '', /Slow sand filters clean water/);
      assert.match(full?.html ?? '', /<article>/);
    });

    test('publishing from the admin editor queues a copy of each newly cited page', async () => {
      await site.site.store.repos.settings.set('snapshotOnPublish', true);
      const editor = await userWithRole(site, 'editor');
      const cited = `${web.origin}/article?from=editor`;
      const published = await editor.post('/admin/articles', {
        title: 'Written in the editor', body: `Sand filters.[^a]\n\n[^a]: [Filters](${cited}).\n`, section: 'water', author1: 'ada', action: 'publish',
      });
      assert.equal(published.statusCode, 303, published.body.slice(0, 300));
      const queued = await site.services.jobs.list({ kind: 'link-snapshot', status: 'pending' });
      assert.deepEqual(queued.map((job) => job.payload), [{ url: cited }]);
    });
  });
}
