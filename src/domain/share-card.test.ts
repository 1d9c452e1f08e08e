import { test } from 'node:test';
import assert from 'node:assert/strict';
import sharp from 'sharp';
import { cardVersion, escapeXml, shareCardSvg, wrapTitle } from './share-card.js';

test('titles wrap at word boundaries, words longer than a line are broken, and too many lines end in an ellipsis', () => {
  assert.deepEqual(wrapTitle('How a water meter counts every litre', 16), ['How a water', 'meter counts', 'every litre']);
  assert.deepEqual(wrapTitle(`go ${'x'.repeat(30)}`, 12), [`go ${'x'.repeat(9)}`, 'x'.repeat(12), 'x'.repeat(9)]);
  const many = wrapTitle('one two three four five six seven eight nine ten', 5, 3);
  assert.equal(many.length, 3);
  assert.ok(many.every((l) => [...l].length <= 5));
  assert.ok(many[2]!.endsWith('…'));
  assert.ok(wrapTitle('y'.repeat(300)).every((l) => [...l].length <= 24));
});

test('text is escaped for XML, control characters dropped', () => {
  assert.equal(escapeXml(`<a href="x">'&'</a>\u0001`), '&#60;a href=&#34;x&#34;&#62;&#39;&#38;&#39;&#60;/a&#62;');
});

test('the version changes with the title, site name and update time only', () => {
  const card = { title: 'Pumps', siteName: 'Dossier', updatedAt: '2026-01-01T00:00:00.000Z' };
  assert.equal(cardVersion(card), cardVersion({ ...card }));
  assert.notEqual(cardVersion(card), cardVersion({ ...card, title: 'Pump' }));
  assert.notEqual(cardVersion(card), cardVersion({ ...card, siteName: 'Other' }));
  assert.notEqual(cardVersion(card), cardVersion({ ...card, updatedAt: '2026-01-02T00:00:00.000Z' }));
});

test('a hostile title (markup, entities, quotes, a 300-character word) draws a valid 1200×630 PNG', async () => {
  const title = `<script>alert("x")</script> & 'q' "qq" ]]> <!-- --> &amp; ${'W'.repeat(300)}`;
  const svg = shareCardSvg({ title, siteName: `<Site & "Co">`, updatedAt: null });
  assert.ok(!svg.includes('<script>'));
  const png = await sharp(Buffer.from(svg)).png().toBuffer();
  const info = await sharp(png).metadata();
  assert.deepEqual([info.format, info.width, info.height], ['png', 1200, 630]);
});
