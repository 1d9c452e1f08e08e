import { test } from 'node:test';
import assert from 'node:assert/strict';
import { chooseSnapshot, nextArchiveProbe, waybackToIso, type ArchiveSnapshot } from './archive-choice.js';

const snap = (capturedAt: string, status: number | null = 200): ArchiveSnapshot => ({ url: `https://archive.test/web/${capturedAt}`, capturedAt, status });

test('chooses the closest good capture on or before the access date', () => {
  const chosen = chooseSnapshot([snap('2011-05-01T00:00:00.000Z'), snap('2011-05-03T18:00:00.000Z'), snap('2011-05-04T00:00:00.000Z'), snap('2010-01-01T00:00:00.000Z')], '2011-05-03');
  assert.equal(chosen?.capturedAt, '2011-05-03T18:00:00.000Z', 'a capture on the access day counts as before');
});

test('skips non-2xx captures; falls back to the closest good capture after the date', () => {
  const candidates = [snap('2011-04-01T00:00:00.000Z', 404), snap('2011-07-01T00:00:00.000Z', 302), snap('2011-09-01T00:00:00.000Z'), snap('2012-01-01T00:00:00.000Z')];
  assert.equal(chooseSnapshot(candidates, '2011-05-03')?.capturedAt, '2011-09-01T00:00:00.000Z');
  assert.equal(chooseSnapshot([snap('2011-04-01T00:00:00.000Z', 404), snap('2011-04-02T00:00:00.000Z', null)], '2011-05-03'), null);
  assert.equal(chooseSnapshot([], '2011-05-03'), null);
});

test('without an access date, the newest good capture', () => {
  assert.equal(chooseSnapshot([snap('2011-01-01T00:00:00.000Z'), snap('2015-01-01T00:00:00.000Z'), snap('2016-01-01T00:00:00.000Z', 500)], null)?.capturedAt, '2015-01-01T00:00:00.000Z');
});

test('probes: the access date first, then ever further back until a good earlier capture is known', () => {
  assert.equal(nextArchiveProbe([], '2011-05-03', 0), '20110503');
  assert.equal(nextArchiveProbe([], null, 0), '');
  assert.equal(nextArchiveProbe([], '2011-05-03', 1), null, 'the archive has nothing');
  assert.equal(nextArchiveProbe([snap('2011-05-01T00:00:00.000Z')], '2011-05-03', 1), null, 'settled');
  const after = [snap('2011-05-05T23:59:59.000Z')];
  const second = nextArchiveProbe(after, '2011-05-03', 1);
  assert.equal(waybackToIso(second!), '2011-04-29T23:59:59.000Z', 'mirrored twice as far back as the capture after');
  const third = nextArchiveProbe(after, '2011-05-03', 2);
  assert.ok(third! < second!, 'further back each time');
  assert.equal(nextArchiveProbe(after, '2011-05-03', 6), null, 'bounded');
  const badBefore = [snap('2011-05-01T00:00:00.000Z', 503)];
  const back = nextArchiveProbe(badBefore, '2011-05-03', 1)!;
  const forth = nextArchiveProbe(badBefore, '2011-05-03', 2)!;
  assert.ok(back < '20110501' && forth > '20110503', 'with no good capture on either side, probes alternate back and forth');
});

test('wayback timestamps parse, short or long', () => {
  assert.equal(waybackToIso('20110503184512'), '2011-05-03T18:45:12.000Z');
  assert.equal(waybackToIso('2011'), '2011-01-01T00:00:00.000Z');
  assert.equal(waybackToIso('nope'), null);
});
