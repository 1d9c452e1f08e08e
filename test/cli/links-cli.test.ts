import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openSite } from '../../src/main.js';
import { runCliAsync } from '../support/cli.js';
import { buildArticle, seedStructure } from '../support/factories.js';
import { startArchivePeer, startWebPeer, type Peer } from '../support/link-peers.js';

describe('dossier links', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dossier-links-cli-'));
  let web: Peer;
  let archive: Peer;
  let env: Record<string, string>;

  before(async () => {
    web = await startWebPeer();
    archive = await startArchivePeer(new Map([[`${web.origin}/gone-404`, [{ timestamp: '20110401000000', status: 200 }]]]));
    env = { DATABASE_URL: `sqlite:${join(dir, 'links.db')}`, ARCHIVE_API_URL: archive.origin, LINK_CHECK_TIMEOUT_MS: '1000', LINK_CHECK_DELAY_MS: '0', OUTBOUND_ALLOW: '127.0.0.1' };
    const site = await openSite({ engine: 'sqlite', path: join(dir, 'links.db') });
    try {
      await seedStructure(site.services);
      const body = (paths: string[]) => `${paths.map((_, i) => `Claim.[^${i + 1}]`).join(' ')}\n\n${paths.map((p, i) => `[^${i + 1}]: [Source](${web.origin}${p}) (accessed 3 May 2011).`).join('\n')}\n[^x]: Not cited.\n`;
      await site.services.articles.save(buildArticle({ slug: 'healthy', body: body(['/ok', '/chain/a']) }));
      await site.services.articles.save(buildArticle({ slug: 'troubled', body: `${body(['/gone-404', '/soft', '/ok'])}\nAlso.[^m]\n\n[^m]: [Mail](mailto:desk@example.org).\n` }));
    } finally {
      await site.close();
    }
  });
  after(async () => {
    await web.close();
    await archive.close();
    rmSync(dir, { recursive: true, force: true });
  });

  test('links check prints a line per URL and a summary (no progress bar off a terminal)', async () => {
    const result = await runCliAsync(['links', 'check'], env);
    assert.equal(result.status, 0, result.stderr);
    assert.match(result.stdout, /^\[1\/4\] /m);
    assert.match(result.stdout, /^\[4\/4\] /m);
    assert.match(result.stdout, /Checked 4 links in [\d.]+ s \(median \d+ ms, slowest \d+ ms\): soft-404 1 · error 1 · redirected 1 · ok 1\./);
    assert.match(result.stdout, /error\s+404 http:\/\/127\.0\.0\.1:\d+\/gone-404 .* in troubled/);
    assert.match(result.stdout, /Not checkable .*: 1\n\s+troubled note 4: mailto:desk@example.org/);
    assert.ok(!result.stdout.includes('\u001b['), 'no terminal escapes');
  });

  test('links check --article --json checks one article and prints JSON', async () => {
    const result = await runCliAsync(['links', 'check', '--article', 'healthy', '--json'], env);
    assert.equal(result.status, 0, result.stderr);
    const json = JSON.parse(result.stdout);
    assert.equal(json.checked, 2);
    const chain = json.results.find((r: { url: string }) => r.url.endsWith('/chain/a'));
    assert.equal(chain.status, 'redirected');
    assert.equal(chain.redirects.length, 2);
    assert.equal(typeof chain.durationMs, 'number');
  });

  test('links report --json counts by status, site-wide and per article, worst first', async () => {
    const result = await runCliAsync(['links', 'report', '--json'], env);
    assert.equal(result.status, 0, result.stderr);
    const report = JSON.parse(result.stdout);
    assert.equal(report.site.total, 4);
    assert.deepEqual(report.site.counts, { dead: 0, 'soft-404': 1, error: 1, timeout: 0, refused: 0, blocked: 0, paywalled: 0, redirected: 1, ok: 1, unchecked: 0 });
    assert.deepEqual(report.articles.map((a: { slug: string }) => a.slug), ['troubled', 'healthy']);
    const [troubled] = report.articles;
    assert.deepEqual(troubled.problems.map((p: { notes: number[]; status: string }) => [p.notes, p.status]), [[[2], 'soft-404'], [[1], 'error']]);
    assert.equal(troubled.problems[1].archiveUrl, `${archive.origin}/web/20110401000000/${web.origin}/gone-404`);
    const text = await runCliAsync(['links', 'report'], env);
    assert.match(text.stdout, /^Links: 2 of 4 cited links reach their source — 1 gone \(soft 404\) · 1 error · 1 redirected · 1 ok\.$/m);
    assert.match(text.stdout, /^Last check: \d{4}-\d{2}-\d{2}T/m);
    assert.equal(report.site.archiveFailed, 0, 'the archive answered every look-up');
  });

  test('an unknown article is one clear line; snapshots are listed (none yet)', async () => {
    const missing = await runCliAsync(['links', 'check', '--article', 'nope'], env);
    assert.equal(missing.status, 1);
    assert.equal(missing.stderr.trim(), 'dossier: There is no article "nope".');
    const snapshots = await runCliAsync(['links', 'snapshots'], env);
    assert.match(snapshots.stdout, /No page copies yet/);
  });
});
