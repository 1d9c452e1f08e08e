// Notes pleasant to read: on wide screens a note marker shows its note in a pop-over on hover
// and keyboard focus (role="tooltip", named by aria-describedby, Escape hides it, focus stays on
// the marker); on phones a tap jumps to the note; without JavaScript the numbered list and the
// marker links work as before.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { demoContent } from '../../src/demo/content.js';
import { axeViolations } from '../support/axe.js';
import { openBrowserOn, SCREENSHOT_DIR } from '../support/browser.js';
import { createTestSite, type TestSite } from '../support/site.js';

const published = demoContent.articles.filter((a) => (a.status ?? 'published') === 'published');
const pathOf = (a: (typeof published)[number]) => `/${a.publishedAt.slice(0, 4)}/${a.publishedAt.slice(5, 7)}/${a.slug}`;
const withNotes = published.find((a) => /\[\^(\w+)\][\s\S]*\[\^\1\][\s\S]*\[\^\1\]:/.test(a.body)) ?? published[0]!;
const MARKERS = '.article-body sup.note-ref a';
// An Arabic article long enough for a table of contents, with notes (original test text).
const ARABIC_BODY = `تعتمد المدينة على خزانين رئيسيين.[^khazzan]

## الخزانات

بُني الخزانان في ستينيات القرن الماضي، وتشير التقارير إلى أن الفاقد تجاوز الثلث.[^taqrir]

## الشبكة

يرى المهندسون أن إصلاح الأنابيب أقل كلفة من بناء خزان ثالث.[^khazzan]

## الكلفة

لم تُنشر الأرقام بعد.

[^khazzan]: هيئة المياه، «دليل الخزانات»، ٢٠٢٤. https://water.example.org/reservoirs
[^taqrir]: سارة الخطيب، «الفاقد في الشبكات»، ٢٠٢٥.
`;

/** The text of the note a marker links to, as the notes list shows it. */
async function noteTextOf(page: Page, marker: ReturnType<Page['locator']>): Promise<string> {
  const noteId = (await marker.getAttribute('href'))!.slice(1);
  const text = await page.locator(`[id="${noteId}"] .note-text`).textContent();
  return text!.replace(/\s+/g, ' ').trim();
}

describe('note pop-overs in headless Chromium', () => {
  let site: TestSite;
  let browser: Browser;
  let base: string;

  before(async () => {
    site = await createTestSite('sqlite', () => new Date('2026-11-27T12:00:00.000Z'));
    await site.services.transfer.seedDemo(demoContent);
    await site.services.articles.save({
      title: 'خزانات المدينة', slug: 'khazzanat', body: ARABIC_BODY, status: 'published', language: 'ar',
      publishedAt: '2026-01-15T10:00:00.000Z', authorSlugs: [demoContent.authors[0]!.slug], tagSlugs: [], sectionSlug: 'water',
    });
    ({ base, browser } = await openBrowserOn(site));
  });
  after(async () => {
    await browser?.close();
    await site?.close();
  });

  test('on a wide screen, hovering or focusing a marker shows its note; Escape hides it', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const context = await browser.newContext({ colorScheme, viewport: { width: 1280, height: 900 } });
      const page = await context.newPage();
      await page.goto(base + pathOf(withNotes));
      const marker = page.locator(MARKERS).first();
      const tipId = await marker.getAttribute('aria-describedby');
      assert.ok(tipId, 'the marker is described by its pop-over');
      const tip = page.locator(`[id="${tipId}"]`);
      assert.equal(await tip.getAttribute('role'), 'tooltip');
      assert.equal(await tip.isVisible(), false, 'hidden until asked for');

      await marker.hover();
      await tip.waitFor({ state: 'visible' });
      assert.ok((await tip.textContent())!.includes(await noteTextOf(page, marker)), 'the pop-over shows the note');
      const shown = (await tip.boundingBox())!;
      assert.ok(shown.y >= 0 && shown.y + shown.height <= 900, 'the whole note is in the window (above the marker when below would not fit)');
      assert.deepEqual(await axeViolations(page), [], `pop-over open (${colorScheme})`);
      await page.screenshot({ path: join(SCREENSHOT_DIR, `article-note-popover-${colorScheme}.png`) });
      await page.keyboard.press('Escape');
      await tip.waitFor({ state: 'hidden' });
      await page.mouse.move(5, 5);

      // Keyboard: focus shows it, Escape hides it, focus stays on the marker (nothing trapped).
      const second = page.locator(MARKERS).nth(1);
      const secondTip = page.locator(`[id="${await second.getAttribute('aria-describedby')}"]`);
      await second.focus();
      await secondTip.waitFor({ state: 'visible' });
      assert.ok((await secondTip.textContent())!.includes(await noteTextOf(page, second)));
      const box = await secondTip.boundingBox();
      assert.ok(box && box.x >= 0 && box.x + box.width <= 1280, 'the pop-over stays inside the window');
      assert.deepEqual(await axeViolations(page), [], `pop-over open by focus (${colorScheme})`);
      await page.keyboard.press('Escape');
      await secondTip.waitFor({ state: 'hidden' });
      assert.equal(await page.evaluate(() => document.activeElement?.closest('sup.note-ref') !== null), true, 'focus stays on the marker');
      // Leaving and coming back shows it again; Tab onwards hides it.
      await page.keyboard.press('Shift+Tab');
      await page.keyboard.press('Tab');
      await secondTip.waitFor({ state: 'visible' });
      await page.keyboard.press('Tab');
      await secondTip.waitFor({ state: 'hidden' });
      assert.equal(await page.evaluate(() => document.activeElement?.closest('.note-popover')), null, 'focus never enters the pop-over');
      await context.close();
    }
  });

  test('right to left: the pop-over stays inside the window, the contents are in Arabic', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${base}/2026/01/khazzanat`);
    assert.equal(await page.locator('nav.toc h2').textContent(), 'المحتويات');
    assert.equal(await page.locator('nav.toc a').count(), 3);
    await page.locator('nav.toc a').nth(1).click();
    assert.equal(decodeURIComponent(new URL(page.url()).hash), '#khazzanat--الشبكة');
    const marker = page.locator(MARKERS).last();
    const tip = page.locator(`[id="${await marker.getAttribute('aria-describedby')}"]`);
    await marker.focus();
    await tip.waitFor({ state: 'visible' });
    assert.ok((await tip.textContent())!.includes('دليل الخزانات'));
    const box = (await tip.boundingBox())!;
    assert.ok(box.x >= 0 && box.x + box.width <= 1280, 'inside the window');
    assert.deepEqual(await axeViolations(page), []);
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'article-note-popover-rtl.png') });
    await context.close();
  });

  test('on a phone a tap jumps to the note and its back-link returns; no pop-over', async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 800 }, isMobile: true, hasTouch: true });
    const page = await context.newPage();
    await page.goto(base + pathOf(withNotes));
    const marker = page.locator(MARKERS).first();
    const markerId = await marker.getAttribute('id');
    const noteId = (await marker.getAttribute('href'))!.slice(1);
    await marker.tap();
    await page.waitForURL(new RegExp(`#${noteId}$`));
    assert.equal(await page.locator('.note-popover:visible').count(), 0);
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'article-phone-note.png') });
    await page.locator(`[id="${noteId}"] a.note-backlink[href="#${markerId}"]`).tap();
    await page.waitForURL(new RegExp(`#${markerId}$`));
    await context.close();
  });

  test('without JavaScript the numbered notes show and the markers jump to them', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(base + pathOf(withNotes));
    const notes = page.locator('.notes-list > li');
    const count = await notes.count();
    assert.ok(count >= 3);
    assert.deepEqual(await notes.evaluateAll((items) => items.map((li) => li.getAttribute('value'))), Array.from({ length: count }, (_, i) => String(i + 1)));
    assert.equal(await page.locator('.note-popover').count(), 0);
    const marker = page.locator(MARKERS).last();
    assert.equal(await marker.getAttribute('aria-describedby'), null);
    const noteId = (await marker.getAttribute('href'))!.slice(1);
    await marker.click();
    assert.equal(new URL(page.url()).hash, `#${noteId}`);
    const note = page.locator(`[id="${noteId}"]`);
    assert.ok(await note.evaluate((el) => el.getBoundingClientRect().top >= 0 && el.getBoundingClientRect().top < window.innerHeight), 'note scrolled into view');
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'article-no-javascript-note.png') });
    await context.close();
  });
});
