import { test } from 'node:test';
import assert from 'node:assert/strict';
import { emptyCounts, healthyCount, linkHealthLine, sourcesLine, summariseSources, type NoteLinkState } from './link-summary.js';

test('with every link failing, the site line says none reach their source', () => {
  const counts = { ...emptyCounts(), error: 12 };
  assert.equal(healthyCount(counts), 0);
  assert.equal(linkHealthLine(12, counts, 12), '0 of 12 cited links reach their source — 12 error — archive look-up failed for 12.');
});

test('unchecked links are counted as unchecked, never as healthy', () => {
  const counts = { ...emptyCounts(), unchecked: 3 };
  assert.equal(linkHealthLine(3, counts, 0), '0 of 3 cited links reach their source — 3 not yet checked — none checked yet.');
  const mixed = { ...emptyCounts(), ok: 2, redirected: 1, paywalled: 1, dead: 1, refused: 1, timeout: 1, unchecked: 1 };
  assert.equal(linkHealthLine(8, mixed, 0),
    '3 of 8 cited links reach their source — 1 dead · 1 timed out · 1 refused (not a public address) · 1 paywalled · 1 redirected · 2 ok · 1 not yet checked.');
  assert.equal(linkHealthLine(0, emptyCounts(), 0), 'no cited links yet.');
});

const link = (url: string, status: NoteLinkState['status'], lastCheckedAt: string | null = null, archived = false): NoteLinkState => ({ url, status, lastCheckedAt, archived });

test('the article line: sources, date of the latest check, dead links and their archived copies', () => {
  const summary = summariseSources(14, [
    link('a', 'ok', '2026-11-20T10:00:00Z'), link('a', 'ok', '2026-11-20T10:00:00Z'), link('b', 'dead', '2026-11-28T09:00:00Z', true), link('c', 'redirected', '2026-11-27T09:00:00Z'),
  ]);
  assert.deepEqual([summary.links, summary.lastCheckedAt, summary.goneArchived], [3, '2026-11-28T09:00:00Z', 1]);
  assert.equal(sourcesLine(summary, '28 November 2026'), '14 sources · links checked 28 November 2026 · 1 dead, archived copy shown');
});

test('the article line is honest about links not checked or not reached', () => {
  assert.equal(sourcesLine(summariseSources(2, [link('a', null), link('b', null)]), null), '2 sources · 2 links not yet checked');
  assert.equal(sourcesLine(summariseSources(1, []), null), '1 source · no links to check');
  const failing = summariseSources(3, [link('a', 'error', '2026-11-28T09:00:00Z'), link('b', 'dead', '2026-11-28T09:00:00Z'), link('c', null)]);
  assert.equal(sourcesLine(failing, '28 Nov'), '3 sources · links checked 28 Nov · 1 dead, no archived copy found · 1 not reached at last check · 1 not yet checked');
  assert.equal(sourcesLine(summariseSources(2, [link('a', 'ok', '2026-11-28T09:00:00Z')]), '28 Nov'), '2 sources · links checked 28 Nov · all reachable');
});
