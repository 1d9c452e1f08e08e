import { test } from 'node:test';
import assert from 'node:assert/strict';
import { captureEnabled, captureLine, chooseVersion, needsCapture, type LinkCapture } from './capture.js';

const now = new Date('2026-06-01T12:00:00.000Z');
const capture = (over: Partial<LinkCapture>): LinkCapture => ({
  url: 'https://example.org/', status: 'captured', jobId: 'j', requestedAt: '2026-05-30T00:00:00.000Z', updatedAt: '2026-05-30T00:00:00.000Z',
  snapshotUrl: 'https://web.archive.org/web/20260530000000/https://example.org/', capturedAt: '2026-05-30T00:00:00.000Z', error: null, ...over,
});

test('a link is captured unless a snapshot is newer than the fresh days or a capture is pending', () => {
  assert.equal(needsCapture(null, null, now, 30), true);
  assert.equal(needsCapture(capture({}), null, now, 30), false, 'captured two days ago');
  assert.equal(needsCapture(capture({ capturedAt: '2026-04-01T00:00:00.000Z' }), null, now, 30), true, 'two months ago');
  assert.equal(needsCapture(null, '2026-05-20T00:00:00.000Z', now, 30), false, 'the archive look-up found a recent one');
  assert.equal(needsCapture(capture({ status: 'pending', capturedAt: null, updatedAt: '2026-06-01T11:59:00.000Z' }), null, now, 30), false);
  assert.equal(needsCapture(capture({ status: 'pending', capturedAt: null, updatedAt: '2026-05-29T11:59:00.000Z' }), null, now, 30), true, 'a pending capture lost for days is asked again');
  assert.equal(needsCapture(capture({ status: 'failed', capturedAt: null }), null, now, 30), true);
  assert.equal(needsCapture(capture({}), null, now, 0), true, '0 days: every publish captures');
});

test('capture is on only with an access key and a secret', () => {
  assert.equal(captureEnabled({ captureAccessKey: '', captureSecret: 's' }), false);
  assert.equal(captureEnabled({ captureAccessKey: 'k', captureSecret: '' }), false);
  assert.equal(captureEnabled({ captureAccessKey: 'k', captureSecret: 's' }), true);
});

test('the Robust Links version: our capture, else the archive look-up, else the local copy', () => {
  const ours = { url: 'https://web.archive.org/web/2026/x', at: '2026-05-30T10:00:00.000Z' };
  const found = { url: 'https://web.archive.org/web/2011/x', at: '2011-05-03T00:00:00.000Z' };
  const local = { url: 'https://site.example/sources/copy/1', at: '2026-01-01T00:00:00.000Z' };
  assert.deepEqual(chooseVersion('https://x.example/', { capture: ours, archive: found, local }), { originalUrl: 'https://x.example/', versionUrl: ours.url, versionDate: '2026-05-30' });
  assert.equal(chooseVersion('https://x.example/', { archive: found, local })?.versionDate, '2011-05-03');
  assert.equal(chooseVersion('https://x.example/', { local })?.versionUrl, local.url);
  assert.equal(chooseVersion('https://x.example/', {}), null);
});

test('the capture line counts each status and says when capture is off', () => {
  assert.equal(captureLine({ enabled: false, counts: { pending: 0, captured: 0, failed: 0 }, failures: [] }), 'Archive captures: off (no Save Page Now key set).');
  assert.equal(captureLine({ enabled: true, counts: { pending: 1, captured: 3, failed: 2 }, failures: [] }), 'Archive captures: 3 captured · 1 pending · 2 failed.');
});
