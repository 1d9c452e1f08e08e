import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { axeViolations } from '../support/axe.js';
import { openBrowserOn, SCREENSHOT_DIR } from '../support/browser.js';
import { PASSWORD } from '../support/admin.js';
import { createTestSite, type TestSite } from '../support/site.js';

const NOTES_HEADING_AR = 'الهوامش';

type Box = { left: number; right: number };
const boxOf = (page: Page, selector: string): Promise<Box> =>
  page.$eval(selector, (node) => { const r = node.getBoundingClientRect(); return { left: r.left, right: r.right }; });

describe('the admin in Arabic, in headless Chromium', () => {
  let site: TestSite;
  let browser: Browser;
  let base: string;
  let page: Page;

  before(async () => {
    site = await createTestSite('sqlite', () => new Date('2026-06-01T12:00:00.000Z'));
    await site.services.settings.update({ title: 'مرصد المياه', language: 'ar' });
    await site.services.structure.createSection({ slug: 'miyah', name: 'المياه' });
    await site.services.structure.createAuthor({ slug: 'layla', name: 'ليلى حداد' });
    await site.services.articles.save({
      title: 'خزانات المدينة', slug: 'khazzanat', body: 'تعتمد المدينة على خزانين.[^1]\n\n[^1]: هيئة المياه، ٢٠٢٤.\n', status: 'draft', language: 'ar',
      publishedAt: null, authorSlugs: ['layla'], tagSlugs: [], sectionSlug: 'miyah',
    });
    await site.services.accounts.add({ email: 'layla@example.org', name: 'ليلى حداد', role: 'administrator', password: PASSWORD, authorSlug: 'layla' });
    ({ base, browser } = await openBrowserOn(site));
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    page = await context.newPage();
    await page.goto(`${base}/admin/login`);
    await page.locator('#field-email').fill('layla@example.org');
    await page.locator('#field-password').fill(PASSWORD);
    await page.locator('form button[type="submit"]').click();
    await page.waitForURL(`${base}/admin`);
  });
  after(async () => {
    await browser?.close();
    await site?.close();
  });

  test('the dashboard is right to left, in Arabic, with no axe violations', async () => {
    assert.equal(await page.getAttribute('html', 'dir'), 'rtl');
    assert.equal(await page.getAttribute('html', 'lang'), 'ar');
    assert.equal(await page.locator('h1').textContent(), 'لوحة التحكم');
    // Right to left: the brand starts at the right edge, navigation reads from the right.
    const brand = await boxOf(page, '.admin-brand');
    const signOut = await boxOf(page, '.admin-signout');
    assert.ok(brand.left > signOut.right, `brand ${JSON.stringify(brand)} is right of sign-out ${JSON.stringify(signOut)}`);
    assert.deepEqual(await axeViolations(page), [], 'Arabic dashboard');
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'admin-dashboard-ar.png'), fullPage: true });
  });

  test('the editor is right to left: labels, lint and script messages in Arabic, Markdown typed in its own direction', async () => {
    await page.goto(`${base}/admin/articles/1`);
    assert.equal(await page.locator('h1').textContent(), 'تحرير «خزانات المدينة»');
    assert.equal(await page.locator('label[for="field-title"]').textContent(), 'العنوان');
    // The editor's form is the start column: on the right in Arabic, the preview to its left.
    const form = await boxOf(page, '#editor');
    const preview = await boxOf(page, '#preview');
    assert.ok(form.left > preview.right - 1, `form ${JSON.stringify(form)} is right of preview ${JSON.stringify(preview)}`);
    // The admin script says what it finds in Arabic, with the Arabic plural form.
    const body = page.locator('#field-body');
    await body.fill('تعتمد المدينة على خزانين.[^1] وفي الشبكة فاقد.[^2] ونص آخر.[^3]\n\n[^1]: هيئة المياه، ٢٠٢٤.\n');
    await page.waitForFunction(() => /ملاحظ/.test(document.querySelector('#lint-count')?.textContent ?? '') && !/لم يُعثر/.test(document.querySelector('#lint-count')?.textContent ?? ''));
    const count = await page.locator('#lint-count').textContent() ?? '';
    assert.match(count, /^(ملاحظتان|[0-9٠-٩]+ ملاحظات):$/, count);
    assert.match(await page.locator('#lint-list button').first().textContent() ?? '', /خطأ|تحذير/);
    assert.equal(await page.locator('#insert-note').textContent(), 'إدراج هامش');
    // The live preview, redrawn by the server as the text changes, speaks the admin's language too.
    assert.equal(await page.locator('#preview .notes h2').textContent(), NOTES_HEADING_AR);
    assert.deepEqual(await axeViolations(page), [], 'Arabic editor');
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'admin-editor-ar.png'), fullPage: true });
  });
});
