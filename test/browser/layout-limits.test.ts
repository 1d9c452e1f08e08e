import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { demoContent } from '../../src/demo/content.js';
import { openBrowserOn, SCREENSHOT_DIR } from '../support/browser.js';
import { createTestSite, type TestSite } from '../support/site.js';

// 200 characters with nowhere to break: a title, a dek and an address, as pasted by a writer.
const LONG = 'Unbroken'.repeat(25);
const URL = `https://example.org/${'a'.repeat(200)}`;

describe('page width limits and print in headless Chromium', () => {
  let site: TestSite;
  let browser: Browser;
  let base: string;
  let articlePath: string;

  before(async () => {
    site = await createTestSite('sqlite', () => new Date('2026-11-27T12:00:00.000Z'));
    await site.services.transfer.seedDemo(demoContent);
    await site.services.structure.createSection({ slug: 'long', name: LONG });
    await site.services.structure.createTag({ slug: 'long-tag', name: LONG });
    await site.services.articles.save({
      title: LONG, slug: 'long-title', dek: LONG, status: 'published', publishedAt: '2026-11-26T10:00:00.000Z',
      body: `A claim with a long address ${URL} in the text.[^1]\n\n[^1]: A source at ${URL}\n`,
      authorSlugs: [demoContent.authors[0]!.slug], tagSlugs: ['long-tag'], sectionSlug: 'long',
    });
    articlePath = '/2026/11/long-title';
    ({ base, browser } = await openBrowserOn(site));
  });
  after(async () => {
    await browser?.close();
    await site?.close();
  });

  for (const width of [320, 390]) {
    test(`at ${width} px no page type is wider than the screen, even with a 200-character unbroken title or address`, async () => {
      const context = await browser.newContext({ viewport: { width, height: 800 } });
      const page = await context.newPage();
      const author = `/author/${demoContent.authors[0]!.slug}`;
      for (const path of ['/', articlePath, '/section/long', '/tag/long-tag', author, `/search?q=${LONG}`, '/search?q=water', '/no-such-page', '/sources', '/corrections']) {
        await page.goto(base + path);
        const scroll = await page.evaluate(() => document.documentElement.scrollWidth);
        const culprits = scroll <= width ? [] : await page.evaluate((w) => [...document.querySelectorAll('body *')]
          .filter((e) => e.getBoundingClientRect().right > w && !e.closest('.site-nav')).slice(0, 4).map((e) => `${e.tagName}.${e.className}`), width);
        assert.ok(scroll <= width, `${path} is ${scroll} px wide at ${width}: ${culprits.join(', ')}`);
      }
      await page.goto(base + articlePath);
      await page.screenshot({ path: join(SCREENSHOT_DIR, `long-title-${width}.png`), fullPage: true });
      await context.close();
    });
  }

  test('printed, an article drops navigation and search, and its notes carry their full addresses', async () => {
    const context = await browser.newContext({ viewport: { width: 1000, height: 800 } });
    const page = await context.newPage();
    await page.goto(base + articlePath);
    await page.emulateMedia({ media: 'print' });
    const shown = await page.evaluate(() => ({
      search: getComputedStyle(document.querySelector('.search-box')!).display,
      nav: document.querySelector('.site-nav') ? getComputedStyle(document.querySelector('.site-nav')!).display : 'none',
      after: getComputedStyle(document.querySelector('.notes-list a[href^="http"]')!, '::after').content,
    }));
    assert.equal(shown.search, 'none');
    assert.equal(shown.nav, 'none');
    assert.ok(shown.after.includes(URL), `the note's address is printed: ${shown.after.slice(0, 60)}`);
    const pdf = await page.pdf();
    assert.ok(pdf.length > 1000);
    await context.close();
  });
});
