import { test } from 'node:test';
import assert from 'node:assert/strict';
import sharp from 'sharp';
import { cardVersion, escapeXml, shareCardSvg, titleLayout, wrapTitle } from './share-card.js';

test('titles wrap at word boundaries, words longer than a line are broken, and too many lines end in an ellipsis', () => {
  // Most lower-case letters count 0.73 em, a space 0.36: 9 ems hold two words of four.
  assert.deepEqual(wrapTitle('aaaa bbbb cccc dddd', 9, 5), ['aaaa bbbb', 'cccc dddd']);
  assert.deepEqual(wrapTitle(`go ${'x'.repeat(30)}`, 10, 5), [`go ${'x'.repeat(11)}`, 'x'.repeat(13), 'x'.repeat(6)]);
  const many = wrapTitle('one two three four five six seven eight nine ten', 5, 3);
  assert.equal(many.length, 3);
  assert.ok(many[2]!.endsWith('…'));
  // A 300-character word: five full lines of the smaller size, the last cut with an ellipsis.
  const { lines, fontSize } = titleLayout('W'.repeat(300));
  assert.equal(fontSize, 56);
  assert.equal(lines.length, 5);
  assert.ok(lines.every((l) => [...l].length * 1.12 * 56 <= 1040), 'no line of W (1.12 em each) is wider than the card allows');
  assert.ok(lines[4]!.endsWith('…'));
  assert.deepEqual(titleLayout('Short title'), { lines: ['Short title'], fontSize: 68 });
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
