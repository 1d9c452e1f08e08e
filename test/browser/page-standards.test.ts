import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { demoContent } from '../../src/demo/content.js';
import { axeViolations } from '../support/axe.js';
import { openBrowserOn } from '../support/browser.js';
import { cookiesOf, postComment } from '../support/comments.js';
import { createTestSite, type TestSite } from '../support/site.js';

// The page types public-pages.test.ts leaves out (tag, sources, corrections) and every
// comment state, each held to axe-core in light and dark and to the Nu Html Checker.

const published = demoContent.articles.filter((a) => (a.status ?? 'published') === 'published');
const pathOf = (a: (typeof published)[number]) => `/${a.publishedAt.slice(0, 4)}/${a.publishedAt.slice(5, 7)}/${a.slug}`;
const [open, pending, closed] = [published[0]!, published[1]!, published[2]!];

describe('every public page type and comment state meets the standards', () => {
  let site: TestSite;
  let browser: Browser;
  let base: string;
  /** The HTML the server sent, by page name, for the Nu Html Checker at the end. */
  const sent = new Map<string, string>();

  before(async () => {
    site = await createTestSite('sqlite', () => new Date('2026-11-27T12:00:00.000Z'));
    await site.services.transfer.seedDemo(demoContent);
    const { comments, reader } = site.services;
    await comments.updateSettings({ commentMinFillSeconds: 0, commentRateLimitPerMinute: 1000, commentModeration: 'none' });
    const token = (await reader.article(open.slug)).comments.formToken!;
    await comments.post({ articleSlug: open.slug, parentId: null, name: 'Ada', email: 'ada@example.org', website: 'https://ada.example', body: 'The figures in note 2 are per capita.\n\nSee https://example.org/table.', honeypot: '', formToken: token, ip: '127.0.0.9', viewerToken: null });
    await comments.updateSettings({ commentModeration: 'all' });
    await comments.setOpen(closed.slug, false);
    const article = await site.site.store.repos.articles.findBySlug(open.slug);
    await site.site.store.repos.corrections.insert({ articleId: article!.id, kind: 'correction', text: 'The figure is per capita, not per household.', date: '2026-11-20T09:00:00.000Z', userId: null, createdAt: '2026-11-20T09:00:00.000Z' });
    ({ base, browser } = await openBrowserOn(site));
  });
  after(async () => {
    await browser?.close();
    await site?.close();
  });

  /** Checks the page as shown in light and dark, and keeps the HTML the server sent. */
  async function check(name: string, page: Page, html: string): Promise<void> {
    sent.set(name, html);
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      assert.deepEqual(await axeViolations(page), [], `${name} (${colorScheme})`);
    }
  }

  const plain: Array<[string, string]> = [
    ['tag', `/tag/${demoContent.tags[0]!.slug}`],
    ['sources', '/sources'],
    ['corrections', '/corrections'],
    ['article-with-correction-and-comment', pathOf(open)],
    ['comments-closed', pathOf(closed)],
  ];
  for (const [name, path] of plain) {
    test(`${name} page: no axe violation in light and dark`, async () => {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      const page = await context.newPage();
      const response = await page.goto(base + path);
      assert.equal(response?.status(), 200, path);
      await check(name, page, (await site.inject(path)).body);
      if (name === 'comments-closed') assert.equal(await page.locator('form.comment-form').count(), 0, 'no form on a closed article');
      if (name === 'article-with-correction-and-comment') assert.ok((await page.locator('#comments li.comment').count()) >= 1, 'the posted comment shows');
      await context.close();
    });
  }

  test('a held comment as its author sees it, and a form re-shown with errors: no axe violation', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    page.setDefaultTimeout(15_000);
    await page.goto(base + pathOf(pending));
    await page.fill('textarea[name="comment"]', 'A held comment.');
    await page.fill('input[name="author"]', 'Noor');
    await page.fill('input[name="email"]', 'not an email');
    await Promise.all([page.waitForLoadState('load'), page.click('#comments button[type="submit"]')]);
    assert.equal(await page.locator('.form-errors').count(), 1, 'errors are listed');
    // The same answers fetched beside the browser, for the Nu Html Checker.
    const invalid = await postComment(site, pathOf(pending), { author: 'Noor', email: 'not an email', comment: 'A held comment.' });
    await check('comment-form-errors', page, invalid.body);
    await page.fill('input[name="email"]', 'noor@example.org');
    await Promise.all([page.waitForURL(/#comment-\d+$/), page.click('#comments button[type="submit"]')]);
    assert.match(await page.locator('.comment-awaiting').first().innerText(), /awaiting moderation/);
    const held = await postComment(site, pathOf(pending), { author: 'Noor', email: 'noor@example.org', comment: 'Another held comment.' });
    assert.equal(held.statusCode, 303);
    const asAuthor = await site.inject({ url: pathOf(pending), headers: { cookie: cookiesOf(held) } });
    assert.match(asAuthor.body, /awaiting moderation/);
    await check('comment-held-for-author', page, asAuthor.body);
    await context.close();
  });

  test('the Nu Html Checker (vnu) finds no error on any of these pages, nor on section, author and empty search', async () => {
    assert.equal(sent.size, 7, [...sent.keys()].join(', '));
    // Page types axe sees in public-pages.test.ts that html-validity.test.ts's vnu sample leaves out.
    const nested = demoContent.sections.find((s) => s.parent)!;
    for (const [name, path] of [['section', '/section/water'], ['nested-section', `/section/${nested.parent!}/${nested.slug}`],
      ['author', `/author/${demoContent.authors[0]!.slug}`], ['search-empty', '/search?q=%22no+such+words%22']] as const) {
      const response = await site.inject(path);
      assert.equal(response.statusCode, 200, path);
      sent.set(name, response.body);
    }
    const jar = createRequire(import.meta.url).resolve('vnu-jar/build/dist/vnu.jar');
    const dir = mkdtempSync(join(tmpdir(), 'dossier-vnu-'));
    try {
      const files = [...sent].map(([name, html]) => {
        const file = join(dir, `${name}.html`);
        writeFileSync(file, html);
        return file;
      });
      const result = spawnSync('java', ['-jar', jar, '--errors-only', '--format', 'gnu', ...files], { encoding: 'utf8' });
      const errors = (result.stderr + result.stdout).trim();
      assert.equal(errors, '', `vnu reported:\n${errors}`);
      assert.equal(result.status, 0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
