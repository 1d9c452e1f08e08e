import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { demoContent } from '../../src/demo/content.js';
import { axeViolations } from '../support/axe.js';
import { openBrowserOn, SCREENSHOT_DIR } from '../support/browser.js';
import { createTestSite, type TestSite } from '../support/site.js';

// A long menu with a nested group, as an owner with many desks might build it.
const MENU = [
  { label: 'Water', url: '/section/water', children: [
    { label: 'Treatment', url: '/section/water/water-treatment', children: [] },
    { label: 'Supply', url: '/section/water', children: [] },
  ] },
  ...Array.from({ length: 14 }, (_, i) => ({ label: `Desk number ${i + 1}`, url: `/section/desk-${i + 1}`, children: [] })),
];

describe('header menu and branding in headless Chromium', () => {
  let site: TestSite;
  let browser: Browser;
  let base: string;

  before(async () => {
    site = await createTestSite('sqlite', () => new Date('2026-11-27T12:00:00.000Z'));
    await site.services.transfer.seedDemo(demoContent);
    await site.services.settings.update({ primaryMenu: MENU, accentColor: '#7a1f3d', footerText: 'Reader-funded since 2019.' });
    ({ base, browser } = await openBrowserOn(site));
  });
  after(async () => {
    await browser?.close();
    await site?.close();
  });

  for (const width of [320, 390]) {
    test(`at ${width} px a long menu scrolls sideways in one row instead of filling the screen`, async () => {
      const context = await browser.newContext({ viewport: { width, height: 800 } });
      const page = await context.newPage();
      await page.goto(base + '/');
      const sizes = await page.evaluate(() => {
        const nav = document.querySelector('.site-nav > ul')!;
        return { page: document.documentElement.scrollWidth, nav: nav.getBoundingClientRect().height, scrolls: nav.scrollWidth > nav.clientWidth };
      });
      assert.ok(sizes.page <= width, `page is ${sizes.page} px wide at ${width}`);
      assert.ok(sizes.nav < 80, `menu is ${sizes.nav} px tall`);
      assert.ok(sizes.scrolls, 'the menu row scrolls');
      assert.deepEqual(await axeViolations(page), []);
      await page.screenshot({ path: join(SCREENSHOT_DIR, `menu-phone-${width}.png`) });
      await context.close();
    });
  }

  test('on a wide screen nested links drop down on keyboard focus, in the accent colour the owner chose', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, colorScheme: 'light' });
    const page = await context.newPage();
    await page.goto(base + '/');
    const treatment = page.locator('.site-nav .submenu a', { hasText: 'Treatment' });
    assert.equal(await treatment.isVisible(), false, 'hidden until asked for');
    // Checked closed: an open drop-down covers the row below it, as drop-downs do.
    assert.deepEqual(await axeViolations(page), []);
    await page.locator('.site-nav > ul > li > a', { hasText: 'Water' }).focus();
    await page.keyboard.press('Tab');
    assert.equal(await treatment.isVisible(), true, 'shown when the keyboard reaches it');
    assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Treatment');
    const accent = await page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--accent').trim());
    assert.equal(accent, '#7a1f3d');
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'menu-desktop-open.png') });
    await context.close();
  });
});
