import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { HOSTILE_COMMENTS } from '../fixtures/hostile-comments.js';
import { axeViolations } from '../support/axe.js';
import { openBrowserOn, SCREENSHOT_DIR } from '../support/browser.js';
import { hostileInput } from '../support/comments.js';
import { buildArticle, seedStructure } from '../support/factories.js';
import { createTestSite, type TestSite } from '../support/site.js';

/** Records dialogs and whether any payload set the canary. */
async function watch(page: Page) {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  return { dialogs, pwned: () => page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned) };
}

describe('comments in headless Chromium', () => {
  let site: TestSite;
  let browser: Browser;
  let base: string;

  before(async () => {
    site = await createTestSite('sqlite');
    await seedStructure(site.services);
    await site.services.articles.save(buildArticle({ slug: 'hostile', title: 'Hostile input', publishedAt: '2026-01-15T10:00:00.000Z' }));
    await site.services.articles.save(buildArticle({ slug: 'talk', title: 'A discussed article', publishedAt: '2026-01-15T10:00:00.000Z' }));
    await site.services.comments.updateSettings({ commentMinFillSeconds: 0, commentRateLimitPerMinute: 1000, commentMaxLinks: 100, commentsPerPage: 200 });
    const { comments, reader } = site.services;
    await comments.updateSettings({ commentModeration: 'none' });
    const token = (await reader.article('hostile')).comments.formToken!;
    for (const entry of HOSTILE_COMMENTS.filter((e) => e.expect === 'stored')) await comments.post(hostileInput(entry, token));
    const talk = (await reader.article('talk')).comments.formToken!;
    const say = (name: string, body: string, parentId: number | null = null, website = '') =>
      comments.post({ articleSlug: 'talk', parentId, name, email: `${name.toLowerCase()}@example.org`, website, body, honeypot: '', formToken: talk, ip: '127.0.0.9', viewerToken: null });
    const first = await say('Ada', 'The 1948 figures in note 2 are per capita, not per household.\n\nSee https://example.org/water-report for the table.', null, 'https://ada.example');
    const reply = await say('Ben', 'Good catch, thank you. The text will be corrected.', first.commentId);
    await say('Cleo', 'Is the same true of the 1952 survey?', reply.commentId);
    await say('Dan', 'A second thread, on the section about sand beds.');
    await comments.updateSettings({ commentModeration: 'first-time' });
    ({ base, browser } = await openBrowserOn(site));
  });
  after(async () => {
    await browser?.close();
    await site?.close();
  });

  test('an article with every hostile comment published runs no script and opens no dialog', async () => {
    const context = await browser.newContext({ viewport: { width: 1000, height: 900 } });
    const page = await context.newPage();
    const { dialogs, pwned } = await watch(page);
    const response = await page.goto(`${base}/2026/01/hostile`, { waitUntil: 'load' });
    assert.equal(response?.status(), 200);
    await page.mouse.move(200, 300);
    await page.keyboard.press('Tab');
    await page.waitForTimeout(300);
    assert.deepEqual(dialogs, []);
    assert.equal(await pwned(), undefined);
    const stored = HOSTILE_COMMENTS.filter((e) => e.expect === 'stored').length;
    assert.equal(await page.locator('#comments li.comment').count(), stored);
    assert.equal(await page.locator('#comments a[href^="javascript:" i], #comments a[href^="data:" i], #comments [src]').count(), 0);
    const text = await page.locator('#comments .comment-list').innerText();
    assert.ok(text.includes('<script>window.__pwned=1</script>'), 'payloads are visible as text');
    assert.ok(text.includes('<svg onload=alert(1)>'));
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'comments-hostile.png'), fullPage: false });
    await context.close();
  });

  test('a hostile comment sent back with errors is shown in the form, inert', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const { dialogs, pwned } = await watch(page);
    await page.goto(`${base}/2026/01/talk`);
    await page.fill('textarea[name="comment"]', '</textarea><script>window.__pwned=1</script><img src=x onerror=alert(1)>');
    await page.fill('input[name="author"]', '"><svg onload=alert(1)>');
    await page.fill('input[name="email"]', 'not an email');
    await Promise.all([page.waitForLoadState('load'), page.click('#comments button[type="submit"]')]);
    assert.match(await page.locator('.form-errors').innerText(), /does not look like an email address/);
    assert.equal(await page.inputValue('textarea[name="comment"]'), '</textarea><script>window.__pwned=1</script><img src=x onerror=alert(1)>');
    assert.equal(await page.inputValue('input[name="author"]'), '"><svg onload=alert(1)>');
    assert.deepEqual(dialogs, []);
    assert.equal(await pwned(), undefined);
    assert.deepEqual(await axeViolations(page), [], 'the form with errors');
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'comments-form-errors.png'), fullPage: true });
    await context.close();
  });

  test('without JavaScript: write, send, land on the comment marked "awaiting moderation"; reply by link', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1000, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${base}/2026/01/talk`);
    await page.fill('textarea[name="comment"]', 'Written without JavaScript.\n\nSecond paragraph with https://example.org/source.');
    await page.fill('input[name="author"]', 'Noor');
    await page.fill('input[name="email"]', 'noor@example.org');
    await page.check('input[name="remember"]');
    await Promise.all([page.waitForURL(/#comment-\d+$/), page.click('#comments button[type="submit"]')]);
    const id = /#comment-(\d+)$/.exec(page.url())![1]!;
    const mine = page.locator(`#comment-${id}`);
    assert.match(await mine.locator('.comment-awaiting').innerText(), /awaiting moderation/);
    assert.match(await page.locator('.comment-notice').innerText(), /awaiting moderation/);
    assert.equal(await mine.locator('.comment-content p').count(), 2);
    assert.equal(await page.inputValue('input[name="author"]'), 'Noor', 'remembered');
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'comments-no-js-posted.png') });

    const parentId = await page.locator('.comment-reply a').first().evaluate((a) => a.closest('li.comment')!.id);
    await page.locator('.comment-reply a').first().click();
    assert.match(await page.locator('.comment-respond h3').innerText(), /^Reply to Ada$/);
    await page.fill('textarea[name="comment"]', 'A reply, still without JavaScript.');
    await Promise.all([page.waitForURL(/#comment-\d+$/), page.click('#comments button[type="submit"]')]);
    const replyId = /#comment-(\d+)$/.exec(page.url())![1]!;
    assert.equal(await page.locator(`#${parentId} > ol.comment-replies > #comment-${replyId}`).count(), 1, 'nested under its parent');
    assert.match(await page.locator(`#comment-${replyId} .comment-awaiting`).innerText(), /awaiting moderation/);
    await context.close();

    const stranger = await browser.newContext({ javaScriptEnabled: false });
    const other = await stranger.newPage();
    await other.goto(`${base}/2026/01/talk`);
    assert.equal(await other.locator(`#comment-${id}`).count(), 0, 'another reader does not see it');
    await stranger.close();
  });

  test('an article with a comment thread has no accessibility violations, light and dark', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const context = await browser.newContext({ colorScheme, viewport: { width: 1280, height: 900 } });
      const page = await context.newPage();
      await page.goto(`${base}/2026/01/talk`);
      assert.ok((await page.locator('.comment-replies .comment-replies').count()) >= 1, 'a nested thread');
      assert.deepEqual(await axeViolations(page), [], colorScheme);
      await page.locator('#comments').screenshot({ path: join(SCREENSHOT_DIR, `comments-thread-${colorScheme}.png`) });
      await context.close();
    }
    const phone = await browser.newContext({ viewport: { width: 375, height: 740 }, isMobile: true });
    const page = await phone.newPage();
    await page.goto(`${base}/2026/01/hostile`);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.ok(overflow <= 0, `overflows by ${overflow}px`);
    await phone.close();
  });
});
