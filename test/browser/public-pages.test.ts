import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { demoContent } from '../../src/demo/content.js';
import { axeViolations } from '../support/axe.js';
import { openBrowserOn, SCREENSHOT_DIR } from '../support/browser.js';
import { createTestSite, type TestSite } from '../support/site.js';

const published = demoContent.articles.filter((a) => (a.status ?? 'published') === 'published');
const pathOf = (a: (typeof published)[number]) => `/${a.publishedAt.slice(0, 4)}/${a.publishedAt.slice(5, 7)}/${a.slug}`;
// The article with a note cited more than once, so back-links a, b appear.
const multiCited = published.find((a) => /\[\^(\w+)\][\s\S]*\[\^\1\][\s\S]*\[\^\1\]:/.test(a.body)) ?? published[0]!;

describe('public pages in headless Chromium', () => {
  let site: TestSite;
  let browser: Browser;
  let base: string;

  before(async () => {
    site = await createTestSite('sqlite', () => new Date('2026-11-27T12:00:00.000Z'));
    await site.services.transfer.seedDemo(demoContent);
    ({ base, browser } = await openBrowserOn(site));
  });
  after(async () => {
    await browser?.close();
    await site?.close();
  });

  const pages: Array<[string, string]> = [
    ['home', '/'],
    ['article', pathOf(multiCited)],
    ['section', '/section/water'],
    ['nested-section', '/section/water/water-treatment'],
    ['author', `/author/${demoContent.authors[0]!.slug}`],
    ['about', '/about'],
    ['search', '/search?q=water+reserv*'],
    ['search-empty', '/search?q=%22no+such+words%22'],
    ['not-found', '/no-such-page'],
  ];

  for (const [name, path] of pages) {
    test(`${name} page has no accessibility violations, in light and dark`, async () => {
      for (const colorScheme of ['light', 'dark'] as const) {
        const context = await browser.newContext({ colorScheme, viewport: { width: 1280, height: 900 } });
        const page = await context.newPage();
        const refused: string[] = [];
        page.on('console', (message) => {
          if (/Content Security Policy/i.test(message.text())) refused.push(message.text());
        });
        const response = await page.goto(base + path);
        assert.equal(response?.status(), name === 'not-found' ? 404 : 200);
        assert.match(response?.headers()['content-security-policy'] ?? '', /script-src 'self'/);
        assert.deepEqual(await axeViolations(page), [], `${name} (${colorScheme})`);
        // Nothing the page itself loads or runs is refused by its Content-Security-Policy.
        assert.deepEqual(refused, [], `${name}: CSP refused something`);
        await page.screenshot({ path: join(SCREENSHOT_DIR, `${name}-${colorScheme}.png`), fullPage: true });
        await context.close();
      }
    });
  }

  test('a phone-sized screen needs no sideways scrolling', async () => {
    const context = await browser.newContext({ viewport: { width: 375, height: 740 }, deviceScaleFactor: 2, isMobile: true });
    const page = await context.newPage();
    for (const path of ['/', pathOf(multiCited)]) {
      await page.goto(base + path);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      assert.ok(overflow <= 0, `${path} overflows by ${overflow}px`);
    }
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'article-phone.png'), fullPage: true });
    await context.close();
  });

  test('a marker jumps to its note and each back-link returns to its marker', async () => {
    const context = await browser.newContext({ viewport: { width: 1000, height: 700 } });
    const page = await context.newPage();
    await page.goto(base + pathOf(multiCited));
    const markers = page.locator('.article-body sup.note-ref a');
    const count = await markers.count();
    assert.ok(count >= 3);
    const marker = markers.nth(count - 1);
    const markerId = await marker.getAttribute('id');
    const noteId = (await marker.getAttribute('href'))!.slice(1);
    await marker.click();
    assert.equal(new URL(page.url()).hash, `#${noteId}`);
    const note = page.locator(`[id="${noteId}"]`);
    assert.ok(await note.isVisible());
    assert.ok(await note.evaluate((el) => el.getBoundingClientRect().top >= 0 && el.getBoundingClientRect().top < window.innerHeight), 'note scrolled into view');
    const back = note.locator(`a.note-backlink[href="#${markerId}"]`);
    assert.equal(await back.count(), 1, 'the note links back to this marker');
    await back.click();
    assert.equal(new URL(page.url()).hash, `#${markerId}`);
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'article-back-at-marker.png') });
    await context.close();
  });

  test('the header search box works without JavaScript and lands on marked results', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(base + '/');
    await page.getByRole('searchbox', { name: 'Search articles' }).fill('reservoir');
    await page.getByRole('button', { name: 'Search' }).first().click();
    await page.waitForURL(/\/search\?q=reservoir/);
    assert.ok((await page.locator('.search-results > li').count()) > 0);
    assert.ok((await page.locator('.search-results mark').count()) > 0, 'matches are marked');
    assert.equal(await page.locator('#search-q').inputValue(), 'reservoir');
    await page.selectOption('#search-section', 'water');
    await page.locator('.search-form button[type="submit"]').click();
    await page.waitForURL(/section=water/);
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'search-results.png'), fullPage: true });
    await context.close();
  });

  test('articles read fully without JavaScript, and the first Tab reaches the skip link', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(base + pathOf(multiCited));
    assert.equal(await page.locator('h1').textContent(), multiCited.title);
    assert.ok((await page.locator('.notes-list > li').count()) >= 3);
    assert.ok(await page.locator('nav[aria-label="Breadcrumb"]').isVisible());
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Skip to content');
    await context.close();
  });
});
