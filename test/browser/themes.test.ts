import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { resolve, join } from 'node:path';
import type { Browser } from 'playwright-core';
import { demoContent } from '../../src/demo/content.js';
import { axeViolations } from '../support/axe.js';
import { openBrowserOn, SCREENSHOT_DIR } from '../support/browser.js';
import { createTestSite, type TestSite } from '../support/site.js';

const article = demoContent.articles.find((a) => (a.status ?? 'published') === 'published')!;
const articlePath = `/${article.publishedAt.slice(0, 4)}/${article.publishedAt.slice(5, 7)}/${article.slug}`;

describe('the broadsheet theme in headless Chromium', () => {
  let site: TestSite;
  let browser: Browser;
  let base: string;

  before(async () => {
    site = await createTestSite('sqlite', () => new Date('2026-11-27T12:00:00.000Z'), { themesDir: resolve('themes') });
    await site.services.transfer.seedDemo(demoContent);
    await site.services.settings.update({ theme: 'broadsheet' });
    ({ base, browser } = await openBrowserOn(site));
  });
  after(async () => {
    await browser?.close();
    await site?.close();
  });

  for (const width of [390, 1280]) {
    test(`home and article at ${width} px: the theme's masthead and serif type, no axe violations, no sideways scroll`, async () => {
      for (const colorScheme of ['light', 'dark'] as const) {
        const context = await browser.newContext({ colorScheme, viewport: { width, height: 900 } });
        const page = await context.newPage();
        for (const [name, path] of [['home', '/'], ['article', articlePath]] as const) {
          const response = await page.goto(base + path);
          assert.equal(response?.status(), 200);
          assert.equal(await page.locator('header.broadsheet-masthead').count(), 1);
          const bodyFont = await page.evaluate(() => getComputedStyle(document.body).fontFamily);
          assert.match(bodyFont, /Georgia|Times/, 'the theme stylesheet applies');
          assert.deepEqual(await axeViolations(page), [], `${name} ${width}px (${colorScheme})`);
          const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
          assert.ok(overflow <= 0, `${path} overflows by ${overflow}px at ${width}px`);
          await page.screenshot({ path: join(SCREENSHOT_DIR, `theme-broadsheet-${name}-${width}-${colorScheme}.png`), fullPage: true });
        }
        await context.close();
      }
    });
  }
});
