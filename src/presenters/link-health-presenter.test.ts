import { test } from 'node:test';
import assert from 'node:assert/strict';
import { presentNote } from './article-presenter.js';
import { markFirstLink, presentSourcesLine } from './link-health-presenter.js';

const at = { url: 'https://example.org/r?a=1&b=2', lastCheckedAt: '2026-01-01T00:00:00.000Z' };
const note = { number: 1, label: 'a', rawText: 'x', html: 'Report, <a href="https://example.org/r?a=1&#x26;b=2">online</a>, see <a href="https://example.org/other">also</a>.', url: 'https://example.org/r?a=1&b=2', accessed: '2011-05-03', citations: 1, csl: { type: 'webpage' }, ibidOf: null, recognised: false, styledHtml: null, styledWith: null };

test('a dead link is marked and its archived copy offered with its date', () => {
  const view = presentNote(note, 'x-', undefined, { ...at, noteNumber: 1, status: 'dead', archiveUrl: 'https://web.archive.org/web/20110401/x', archiveCapturedAt: '2011-04-01T00:00:00.000Z' }, 'en-GB');
  assert.match(view.html, /^Report, <a class="note-link-dead" href="https:\/\/example.org\/r/);
  assert.equal((view.html.match(/note-link-dead/g) ?? []).length, 1, 'only the cited link');
  assert.deepEqual(view.deadLink, { archive: { href: 'https://web.archive.org/web/20110401/x', date: { iso: '2011-04-01T00:00:00.000Z', label: '1 April 2011' } } });
});

test('a soft-404 without an archive is marked; a live or unchecked link is left alone', () => {
  assert.deepEqual(presentNote(note, 'x-', undefined, { ...at, noteNumber: 1, status: 'soft-404', archiveUrl: null, archiveCapturedAt: null }).deadLink, { archive: null });
  for (const status of ['ok', 'error', 'timeout', 'paywalled'] as const) {
    const view = presentNote(note, 'x-', undefined, { ...at, noteNumber: 1, status, archiveUrl: 'https://web.archive.org/x', archiveCapturedAt: null });
    assert.equal(view.deadLink, undefined, status);
    assert.equal(view.html, note.html);
  }
  assert.equal(presentNote(note, 'x-').deadLink, undefined);
});

test('a note without a link gains no class', () => {
  assert.equal(markFirstLink('Baker, 1948.'), 'Baker, 1948.');
});

test('the sources line counts notes, and links each once, with the date of the latest check in the page language', () => {
  const notes = [note, { ...note, number: 2 }, { ...note, number: 3, url: null }];
  const dead = { ...at, noteNumber: 1, status: 'dead' as const, lastCheckedAt: '2026-11-28T09:00:00.000Z', archiveUrl: 'https://web.archive.org/x', archiveCapturedAt: '2011-04-01T00:00:00.000Z' };
  assert.equal(presentSourcesLine(notes, [dead, { ...dead, noteNumber: 2 }], 'en-GB', 'UTC'), '3 sources · links checked 28 November 2026 · 1 dead, archived copy shown');
  assert.equal(presentSourcesLine(notes, [], 'en-GB', 'UTC'), '3 sources · 1 link not yet checked');
  assert.equal(presentSourcesLine([], [], 'en-GB', 'UTC'), null);
});
