import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type AddressInfo } from 'node:net';
import { createArchiveClient } from '../../src/citations/links/archive-client.js';
import { createLinkChecker } from '../../src/citations/links/link-checker.js';
import { normaliseLinkUrl } from '../../src/domain/link-url.js';
import { findArchive } from '../../src/services/sources/find-archive.js';
import { startArchivePeer, startWebPeer, type Peer } from '../support/link-peers.js';

// The peers listen on 127.0.0.1, which outbound requests may only reach when allowed.
const LOCAL = ['127.0.0.1'];

/** A port on 127.0.0.1 that nothing listens on. */
const closedPort = () =>
  new Promise<number>((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => resolve(port));
    });
  });

// The checker and archive client against real local servers, without storage.
describe('link checker against local peers', () => {
  let web: Peer;
  let archive: Peer;
  before(async () => {
    web = await startWebPeer({ slowMs: 40 });
    archive = await startArchivePeer(new Map([
      ['http://example.test/gone', [
        { timestamp: '20110401120000', status: 200 },
        { timestamp: '20110502000000', status: 404 },
        { timestamp: '20110505000000', status: 200 },
      ]],
      ['http://example.test/later', [{ timestamp: '20120101000000', status: 200 }, { timestamp: '20110101000000', status: 503 }]],
    ]));
  });
  after(async () => {
    await web.close();
    await archive.close();
  });

  test('at most two requests per host at once, spaced by the delay; robots.txt fetched once', async () => {
    const checker = createLinkChecker({ hostDelayMs: 25, perHost: 2, outboundAllow: LOCAL });
    const started = Date.now();
    const outcomes = await Promise.all(Array.from({ length: 6 }, (_, i) => checker.check(`${web.origin}/slow/${i}`)));
    const elapsed = Date.now() - started;
    assert.ok(outcomes.every((o) => o.httpStatus === 200), JSON.stringify(outcomes.map((o) => o.error)));
    assert.ok(web.peakInFlight <= 2, `peak ${web.peakInFlight}`);
    // robots.txt + 6 HEADs + 6 GETs = 13 request starts, 25 ms apart.
    assert.ok(elapsed >= 12 * 25, `took ${elapsed} ms`);
    assert.equal(web.log.filter((line) => line === 'GET /robots.txt').length, 1);
  });

  test('a server that never answers costs the timeout, and a 15 MB page one megabyte', async () => {
    const checker = createLinkChecker({ timeoutMs: 300, hostDelayMs: 0, outboundAllow: LOCAL });
    const started = Date.now();
    const hang = await checker.check(`${web.origin}/hang`);
    assert.equal(hang.problem, 'timeout');
    assert.ok(Date.now() - started < 2000);
    const before = process.memoryUsage().rss;
    const huge = await checker.check(`${web.origin}/huge`);
    assert.equal(huge.httpStatus, 200);
    assert.equal(huge.pageTitle, 'Big');
    assert.ok(process.memoryUsage().rss - before < 64 * 1024 * 1024, 'the body was not read whole');
  });

  test('an unroutable host and a refused port are outcomes, not exceptions', async () => {
    const checker = createLinkChecker({ timeoutMs: 500, hostDelayMs: 0, outboundAllow: LOCAL });
    const refused = await checker.check(`http://127.0.0.1:${await closedPort()}/`);
    assert.equal(refused.problem, 'network');
    assert.match(refused.error ?? '', /ECONNREFUSED/);
  });

  test('an IDN host is checked under its punycode name', async () => {
    const asked: string[] = [];
    // The test resolves the punycode host itself: this machine has no DNS for it.
    const resolve = async (hostname: string) => {
      asked.push(hostname);
      return [{ address: '127.0.0.1', family: 4 }];
    };
    const checker = createLinkChecker({ hostDelayMs: 0, outboundAllow: LOCAL, resolve });
    const port = new URL(web.origin).port;
    const target = normaliseLinkUrl(`http://Bücher.test:${port}/café/naïve#Kapitel`)!;
    assert.equal(target.url, `http://xn--bcher-kva.test:${port}/caf%C3%A9/na%C3%AFve`);
    const outcome = await checker.check(target.url);
    assert.deepEqual([outcome.httpStatus, outcome.pageTitle], [200, 'Unicode path']);
    assert.deepEqual([...new Set(asked)], ['xn--bcher-kva.test']);
    assert.deepEqual(web.log.slice(-3), ['GET /robots.txt', 'HEAD /caf%C3%A9/na%C3%AFve', 'GET /caf%C3%A9/na%C3%AFve']);
  });

  test('the archive choice: closest good capture before the access date, else the closest after', async () => {
    const client = createArchiveClient({ baseUrl: archive.origin, hostDelayMs: 0, outboundAllow: LOCAL });
    const gone = await findArchive(client, 'http://example.test/gone', '2011-05-03');
    assert.equal(gone.snapshot?.capturedAt, '2011-04-01T12:00:00.000Z', 'not the closer capture after the date, not the 404 capture');
    assert.ok(gone.lookups <= 5);
    const later = await findArchive(client, 'http://example.test/later', '2011-05-03');
    assert.equal(later.snapshot?.capturedAt, '2012-01-01T00:00:00.000Z', 'the only good capture is after');
    const none = await findArchive(client, 'http://example.test/never', '2011-05-03');
    assert.deepEqual([none.snapshot, none.error, none.lookups], [null, null, 1]);
    const down = await findArchive(createArchiveClient({ baseUrl: `http://127.0.0.1:${await closedPort()}`, hostDelayMs: 0, timeoutMs: 500, outboundAllow: LOCAL }), 'http://example.test/gone', null);
    assert.match(down.error ?? '', /archive look-up failed/);
  });
});
