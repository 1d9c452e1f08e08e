import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { axeViolations } from '../support/axe.js';
import { openBrowserOn, SCREENSHOT_DIR, signInOnPage } from '../support/browser.js';
import { seedStructure } from '../support/factories.js';
import { createTestSite, type TestSite } from '../support/site.js';

const ADMIN = { name: 'Ada Admin', email: 'ada@example.org', password: 'correct horse battery' };

describe('the admin in headless Chromium', () => {
  let site: TestSite;
  let browser: Browser;
  let base: string;
  let articlePath = '';
  let articleEditPath = '';
  /** What the admin's Content-Security-Policy refused while the tests drove it (should be nothing). */
  const cspRefusals: string[] = [];

  async function signedIn(email = ADMIN.email, password = ADMIN.password, options: Parameters<Browser['newContext']>[0] = {}): Promise<{ context: BrowserContext; page: Page }> {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, ...options });
    const page = await context.newPage();
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) cspRefusals.push(`${page.url()}: ${message.text()}`);
    });
    await signInOnPage(page, base, { email, password });
    return { context, page };
  }

  before(async () => {
    site = await createTestSite('sqlite');
    await seedStructure(site.services);
    ({ base, browser } = await openBrowserOn(site));
  });
  after(async () => {
    await browser?.close();
    await site?.close();
  });

  test('set up the administrator, sign in, write an article with two notes, publish it, read it', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${base}/admin`);
    assert.equal(new URL(page.url()).pathname, '/admin/setup', 'the first visit goes to setup');
    await page.getByLabel('Your name').fill(ADMIN.name);
    await page.getByLabel('Email').fill(ADMIN.email);
    await page.getByLabel('Password').fill('short');
    await page.getByRole('button', { name: 'Create administrator' }).click();
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'error-summary', 'focus moves to the error summary');
    assert.equal(await page.getByLabel('Email').inputValue(), ADMIN.email, 'what was typed is kept');
    await page.getByLabel('Password').fill(ADMIN.password);
    await page.getByRole('button', { name: 'Create administrator' }).click();
    await page.waitForURL(`${base}/admin?done=saved`);
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.waitForURL(/\/admin\/login/);
    await context.close();

    const { context: signedInContext, page: admin } = await signedIn();
    await admin.getByRole('link', { name: 'New article' }).first().click();
    await admin.getByLabel('Title', { exact: true }).fill('Rain gauges on the ridge');
    const body = admin.getByLabel('Text (Markdown)');
    await body.fill('Rain gauges were installed in 1911.');
    await body.press('End');
    await admin.getByRole('button', { name: 'Insert note' }).click();
    await admin.keyboard.type('Hale, Dana. *Ridge Records*. Valley Press, 1950.');
    // Back to the end of the first paragraph to write on; the cursor was in the new note.
    await body.evaluate((el: HTMLTextAreaElement) => el.setSelectionRange(el.value.indexOf('\n'), el.value.indexOf('\n')));
    await admin.keyboard.type(' They still report daily.');
    await admin.getByRole('button', { name: 'Insert note' }).click();
    await admin.keyboard.type('Water Board. *Annual Report*. 2024.');
    await admin.locator('#preview .notes-list > li').nth(1).waitFor();
    assert.equal(await body.inputValue(), 'Rain gauges were installed in 1911.[^1] They still report daily.[^2]\n\n[^1]: Hale, Dana. *Ridge Records*. Valley Press, 1950.\n[^2]: Water Board. *Annual Report*. 2024.');
    // Renumbering after an edit that put note 2 first relabels the notes in reading order.
    await body.evaluate((el: HTMLTextAreaElement) => { el.value = el.value.replace('1911.[^1] They still report daily.[^2]', '1911.[^2] They still report daily.[^1]'); });
    await admin.getByRole('button', { name: 'Renumber notes' }).click();
    await admin.waitForFunction(() => (document.querySelector('#field-body') as HTMLTextAreaElement).value.includes('[^1]: Water Board'));
    assert.equal(await admin.locator('#preview sup.note-ref').count(), 2);
    assert.match(await admin.locator('#lint-count').textContent() ?? '', /No problems/);
    await admin.getByLabel('Section').selectOption('water');
    await admin.getByLabel('First author').selectOption('ada');
    await admin.screenshot({ path: join(SCREENSHOT_DIR, 'admin-editor.png'), fullPage: true });
    await admin.getByRole('button', { name: 'Publish', exact: true }).click();
    await admin.waitForURL(/done=published/);
    articleEditPath = new URL(admin.url()).pathname;
    const view = admin.getByRole('link', { name: 'View on site' });
    articlePath = (await view.getAttribute('href'))!;
    await view.click();
    assert.equal(await admin.locator('h1').textContent(), 'Rain gauges on the ridge');
    assert.equal(await admin.locator('.notes-list > li').count(), 2);
    assert.match(await admin.locator('.notes-list').textContent() ?? '', /Annual Report.*Ridge Records/s);
    await admin.goto(`${base}/admin`);
    await admin.screenshot({ path: join(SCREENSHOT_DIR, 'admin-dashboard.png'), fullPage: true });
    await signedInContext.close();
  });

  test('a contributor cannot publish, not even with a crafted POST', async () => {
    await site.services.accounts.add({ email: 'cora@example.org', name: 'Cora', role: 'contributor', password: ADMIN.password });
    const { context, page } = await signedIn('cora@example.org');
    await page.goto(`${base}/admin/articles/new`);
    assert.equal(await page.getByRole('button', { name: 'Publish' }).count(), 0);
    const status = await page.evaluate(async () => {
      const form = document.querySelector<HTMLFormElement>('form#editor')!;
      const data = new URLSearchParams();
      for (const [k, v] of new FormData(form)) if (typeof v === 'string') data.append(k, v);
      data.set('title', 'Crafted');
      data.set('body', 'Published by a contributor?');
      data.set('action', 'publish');
      return (await fetch('/admin/articles', { method: 'POST', body: data })).status;
    });
    assert.equal(status, 403);
    assert.equal((await fetch(`${base}/${new Date().toISOString().slice(0, 7).replace('-', '/')}/crafted`)).status, 404);
    await context.close();
  });

  test('a stale save from a second tab is refused and its text kept', async () => {
    const { context, page: tabA } = await signedIn();
    const tabB = await context.newPage();
    await tabA.goto(base + articleEditPath);
    await tabB.goto(base + articleEditPath);
    await tabA.getByLabel('Dek (subtitle)').fill('Saved from tab A.');
    await tabA.getByRole('button', { name: 'Update' }).click();
    await tabA.waitForURL(/done=saved/);
    await tabB.getByLabel('Dek (subtitle)').fill('Typed in tab B.');
    await tabB.getByRole('button', { name: 'Update' }).click();
    await tabB.locator('#conflict').waitFor();
    assert.match(await tabB.locator('#conflict').textContent() ?? '', /changed since you opened it \(by Ada Admin at .*\)\. Your text is kept below/);
    assert.equal(await tabB.getByLabel('Dek (subtitle)').inputValue(), 'Typed in tab B.');
    await tabB.screenshot({ path: join(SCREENSHOT_DIR, 'admin-stale-save.png') });
    await context.close();
  });

  test('a correction appears on the public page', async () => {
    const { context, page } = await signedIn();
    await page.goto(base + articleEditPath);
    await page.getByLabel('What changed').fill('An earlier version gave the wrong year for the first gauge.');
    await page.getByRole('button', { name: 'Append to the article' }).click();
    await page.waitForURL(/done=corrected/);
    await page.goto(base + articlePath);
    assert.match(await page.locator('.corrections li').textContent() ?? '', /^Correction, .+ \d{4}: An earlier version gave the wrong year/);
    assert.deepEqual(await axeViolations(page), [], 'the article page with a correction');
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'article-with-correction.png') });
    await context.close();
  });

  const screens = ['/admin/login', '/admin', '/admin/articles', 'EDITOR', '/admin/articles/new', '/admin/sections', '/admin/tags', '/admin/authors', '/admin/redirects', '/admin/media', '/admin/settings', '/admin/users', '/admin/account', '/admin/comments', 'REVISIONS'];
  test('admin screens have no accessibility violations, in light and dark', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const context = await browser.newContext({ colorScheme, viewport: { width: 1280, height: 900 } });
      const anonymous = await context.newPage();
      await anonymous.goto(`${base}/admin/login`);
      assert.deepEqual(await axeViolations(anonymous), [], `login (${colorScheme})`);
      await context.close();
      const { context: signed, page } = await signedIn(ADMIN.email, ADMIN.password, { colorScheme });
      for (const screen of screens.slice(1)) {
        const path = screen === 'EDITOR' ? articleEditPath : screen === 'REVISIONS' ? `${articleEditPath}/revisions` : screen;
        const response = await page.goto(base + path);
        assert.equal(response?.status(), 200, path);
        assert.deepEqual(await axeViolations(page), [], `${path} (${colorScheme})`);
      }
      await page.goto(`${base}/admin/sections`);
      await page.screenshot({ path: join(SCREENSHOT_DIR, `admin-sections-${colorScheme}.png`), fullPage: true });
      await signed.close();
    }
  });

  test('on a phone-sized screen the dashboard and editor need no sideways scrolling', async () => {
    const { context, page } = await signedIn(ADMIN.email, ADMIN.password, { viewport: { width: 375, height: 740 }, deviceScaleFactor: 2, isMobile: true });
    for (const [name, path] of [['dashboard', '/admin'], ['editor', articleEditPath], ['sections', '/admin/sections']] as const) {
      await page.goto(base + path);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      assert.ok(overflow <= 0, `${path} overflows by ${overflow}px`);
      await page.screenshot({ path: join(SCREENSHOT_DIR, `admin-${name}-phone.png`), fullPage: true });
    }
    await context.close();
  });

  test('keyboard: the first Tab reaches the skip link; a lint finding moves the cursor to its place', async () => {
    const { context, page } = await signedIn();
    await page.goto(`${base}/admin/articles/new`);
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Skip to content');
    await page.getByLabel('Text (Markdown)').fill('First line.\nA claim.[^gone]\n');
    const finding = page.locator('#lint-list button').first();
    await finding.waitFor();
    await finding.focus();
    await page.keyboard.press('Enter');
    const caret = await page.evaluate(() => {
      const el = document.activeElement as HTMLTextAreaElement;
      return [el.id, el.value.slice(0, el.selectionStart).split('\n').length];
    });
    assert.deepEqual(caret, ['field-body', 2]);
    await context.close();
  });
  test('the editor and admin screens run under their Content-Security-Policy with nothing refused', () => {
    assert.deepEqual(cspRefusals, []);
  });
});
