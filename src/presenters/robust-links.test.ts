import { test } from 'node:test';
import assert from 'node:assert/strict';
import { withRobustLink } from './robust-links.js';

const view = { id: 'n-1', number: 1, html: 'Report, <a href="https://x.example/a?b=1&amp;c=2">online</a>, see <a href="https://other.example/">also</a>.', backlinks: [] };

test('the first note link carries the Robust Links attributes, escaped', () => {
  const out = withRobustLink(view, { originalUrl: 'https://x.example/a?b=1&c=2', versionUrl: 'https://web.archive.org/web/20260601/https://x.example/a?b=1&c=2', versionDate: '2026-06-01' });
  assert.equal(
    out.html,
    'Report, <a data-originalurl="https://x.example/a?b=1&amp;c=2" data-versionurl="https://web.archive.org/web/20260601/https://x.example/a?b=1&amp;c=2" data-versiondate="2026-06-01" href="https://x.example/a?b=1&amp;c=2">online</a>, see <a href="https://other.example/">also</a>.',
  );
});

test('no version, or no link, leaves the note as it is', () => {
  assert.equal(withRobustLink(view, undefined), view);
  const plain = { ...view, html: 'No link here.' };
  assert.equal(withRobustLink(plain, { originalUrl: 'a', versionUrl: 'b', versionDate: '2026-01-01' }), plain);
});
