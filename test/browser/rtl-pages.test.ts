import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { axeViolations } from '../support/axe.js';
import { openBrowserOn, SCREENSHOT_DIR } from '../support/browser.js';
import { createTestSite, type TestSite } from '../support/site.js';

// Original test text: a city's reservoirs, once in Arabic and once in Persian, each with a
// note cited twice (back-links a, b), a short note cited once, and a Latin URL inside.
const ARABIC = {
  language: 'ar', slug: 'khazzanat', title: 'خزانات المدينة: إصلاح الشبكة قبل البناء', author: 'ليلى حداد',
  sections: [['miyah', 'المياه'], ['shabaka', 'الشبكة']],
  body: `تعتمد المدينة في مياه الشرب على خزانين رئيسيين بُنيا في ستينيات القرن الماضي.[^khazzan] وتشير تقارير هيئة المياه إلى أن نسبة الفاقد في الشبكة تجاوزت الثلث.[^taqrir]

ويرى المهندسون أن إصلاح الأنابيب القديمة أقل كلفة من بناء خزان ثالث.[^khazzan]

[^khazzan]: هيئة المياه، «دليل الخزانات»، ٢٠٢٤. https://water.example.org/reservoirs
[^taqrir]: سارة الخطيب، «الفاقد في الشبكات»، ٢٠٢٥.
`,
};
const PERSIAN = {
  language: 'fa', slug: 'sadha', title: 'سدهای شهر: نوسازی شبکه پیش از ساختن', author: 'نگار احمدی',
  sections: [['ab', 'آب'], ['shabake', 'شبکه']],
  body: `شهر برای آب آشامیدنی به دو سد بزرگ وابسته است.[^sad] گزارش‌های سازمان آب نشان می‌دهد که بیش از یک‌سوم آب در شبکه هدر می‌رود.[^gozaresh]

کارشناسان می‌گویند نوسازی لوله‌های فرسوده از ساختن سد سوم ارزان‌تر است.[^sad]

[^sad]: سازمان آب، «راهنمای سدها»، ۱۴۰۳. https://water.example.org/dams
[^gozaresh]: مریم رضایی، «هدررفت آب»، ۱۴۰۴.
`,
};

type Box = { left: number; right: number; top: number; bottom: number };

async function boxes(page: Page, selector: string): Promise<Box[]> {
  return page.$$eval(selector, (nodes) => nodes.map((n) => {
    const r = n.getBoundingClientRect();
    return { left: r.left, right: r.right, top: r.top, bottom: r.bottom };
  }));
}

describe('Arabic and Persian article pages in headless Chromium', () => {
  let site: TestSite;
  let browser: Browser;
  let base: string;

  before(async () => {
    site = await createTestSite('sqlite', () => new Date('2026-11-27T12:00:00.000Z'));
    for (const article of [ARABIC, PERSIAN]) {
      const [[top, topName], [child, childName]] = article.sections as [[string, string], [string, string]];
      await site.services.structure.createSection({ slug: top, name: topName });
      await site.services.structure.createSection({ slug: child, name: childName, parentSlug: top });
      await site.services.structure.createAuthor({ slug: `${article.slug}-author`, name: article.author });
      await site.services.articles.save({
        title: article.title, slug: article.slug, body: article.body, status: 'published', language: article.language,
        publishedAt: '2026-01-15T10:00:00.000Z', authorSlugs: [`${article.slug}-author`], tagSlugs: [], sectionSlug: child,
      });
    }
    ({ base, browser } = await openBrowserOn(site));
  });
  after(async () => {
    await browser?.close();
    await site?.close();
  });

  for (const article of [ARABIC, PERSIAN]) {
    test(`${article.language}: right to left, screenshot saved, no accessibility violations`, async () => {
      for (const colorScheme of ['light', 'dark'] as const) {
        const context = await browser.newContext({ colorScheme, viewport: { width: 1280, height: 900 } });
        const page = await context.newPage();
        const response = await page.goto(`${base}/2026/01/${article.slug}`);
        assert.equal(response?.status(), 200);
        assert.equal(await page.getAttribute('html', 'lang'), article.language);
        assert.equal(await page.getAttribute('html', 'dir'), 'rtl');
        assert.equal(await page.$eval('main', (m) => getComputedStyle(m).direction), 'rtl');
        assert.equal(await page.locator('.breadcrumbs li').count(), 4);
        assert.equal(await page.locator('.notes-list > li').count(), 2);
        assert.deepEqual(await axeViolations(page), [], `${article.language} (${colorScheme})`);
        await page.screenshot({ path: join(SCREENSHOT_DIR, `article-${article.language}-${colorScheme}.png`), fullPage: true });
        await context.close();
      }
    });

    test(`${article.language}: the breadcrumb trail and the note back-links run right to left`, async () => {
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      await page.goto(`${base}/2026/01/${article.slug}`);
      // Home is the right-most crumb; each next one sits to its left.
      const crumbs = await boxes(page, '.breadcrumbs li a');
      for (let i = 1; i < crumbs.length; i++) assert.ok(crumbs[i]!.right <= crumbs[i - 1]!.left, `crumb ${i} is left of crumb ${i - 1}`);
      // The separator stands between two crumbs, so it follows the trail too.
      const separator = await page.$eval('.breadcrumbs li + li', (li) => getComputedStyle(li, '::before').content);
      assert.equal(separator, '"«"');
      // Notes are numbered on the right: the list's indent is on its right side.
      const [list] = await boxes(page, '.notes-list');
      const items = await boxes(page, '.notes-list > li');
      for (const item of items) {
        assert.ok(Math.abs(item.left - list!.left) < 1, 'note starts at the list’s left edge');
        assert.ok(list!.right - item.right > 10, 'the number’s room is on the right');
      }
      // A note cited once ends with its back-link, left of the note's text on the same line.
      const text = (await boxes(page, '.notes-list > li:nth-child(2) .note-text'))[0]!;
      const back = (await boxes(page, '.notes-list > li:nth-child(2) .note-backlink'))[0]!;
      assert.ok(Math.abs(back.top - text.top) < 8, 'back-link on the note’s line');
      assert.ok(back.right <= text.left + 1, 'back-link after the text, to its left');
      assert.equal(await page.textContent('.notes-list > li:nth-child(2) .note-backlink'), '↪');
      // A note cited twice has back-links a then b, reading leftwards.
      const letters = await boxes(page, '.notes-list > li:nth-child(1) .note-backlink');
      assert.equal(letters.length, 2);
      assert.ok(letters[1]!.right <= letters[0]!.left, 'b is left of a');
      // The Latin URL inside the note keeps its own direction.
      assert.ok(await page.locator('.notes-list a[href="https://water.example.org/reservoirs"], .notes-list a[href="https://water.example.org/dams"]').count() >= 1);
      await page.close();
    });
  }
});
