import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { axeViolations } from '../support/axe.js';
import { openBrowserOn, SCREENSHOT_DIR, signInOnPage } from '../support/browser.js';
import { seedStructure } from '../support/factories.js';
import { startResolverServers, type ResolverServers } from '../support/resolvers.js';
import { createTestSite, type TestSite } from '../support/site.js';

// "Add source" as a writer uses it: paste a DOI, review the reference, correct a field,
// insert it as a note at the cursor, publish, and read the note on the public page.

const EMAIL = 'wren@example.org';
const PASSWORD = 'correct horse battery';

describe('"Add source" in the editor, in headless Chromium', () => {
  let site: TestSite;
  let resolvers: ResolverServers;
  let browser: Browser;
  let base: string;
  let page: Page;

  before(async () => {
    resolvers = await startResolverServers(1500);
    site = await createTestSite('sqlite', undefined, resolvers.siteOptions);
    await seedStructure(site.services);
    await site.services.accounts.add({ email: EMAIL, name: 'Wren Editor', role: 'editor', password: PASSWORD, authorSlug: null });
    await site.services.addSource.format({ type: 'book', title: 'Warm-up' }, {});
    ({ base, browser } = await openBrowserOn(site));
    page = await (await browser.newContext({ viewport: { width: 1280, height: 1000 } })).newPage();
    await signInOnPage(page, base, { email: EMAIL, password: PASSWORD });
  });
  after(async () => {
    await browser?.close();
    await site?.close();
    await resolvers?.close();
  });

  test('paste a DOI, review, correct the title, insert at the cursor, publish, read the note', async () => {
    await page.goto(`${base}/admin/articles/new`);
    await page.getByLabel('Title', { exact: true }).fill('Marshes on the move');
    const body = page.getByLabel('Text (Markdown)');
    await body.fill('Salt marshes are retreating inland. Farmers have noticed.');
    // The cursor after the first sentence: the note goes there.
    await body.evaluate((el: HTMLTextAreaElement) => el.setSelectionRange(35, 35));

    await page.getByRole('button', { name: 'Add source' }).click();
    const identifier = page.getByLabel('DOI, ISBN, URL, PMID or arXiv id');
    await identifier.fill('https://doi.org/10.5555/tide.2020.017');
    await identifier.press('Enter');
    const preview = page.locator('#source-preview');
    await preview.getByText('Salt Marsh Retreat on a Warming Coast').waitFor({ timeout: 30_000 });
    assert.match(await preview.textContent() ?? '', /Ines Okafor and Tomas Lindqvist, “Salt Marsh Retreat on a Warming Coast,” Journal of Coastal Change 12, no\. 3 \(2020\): 101–19/);
    assert.equal(await page.getByLabel('Volume').inputValue(), '12');
    assert.equal(await page.getByLabel('Source authors').inputValue(), 'Okafor, Ines; Lindqvist, Tomas');
    assert.deepEqual(await axeViolations(page), [], 'the editor with the review panel open');

    await page.getByLabel('Source title').fill('Salt Marshes in Retreat');
    await preview.getByText('Salt Marshes in Retreat').waitFor({ timeout: 15_000 });
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'admin-add-source-review.png'), fullPage: true });
    await page.getByRole('button', { name: 'Insert', exact: true }).click();
    await page.waitForFunction(() => (document.querySelector('#field-body') as HTMLTextAreaElement).value.includes('[^1]:'));
    const text = await body.inputValue();
    assert.match(text, /^Salt marshes are retreating inland\.\[\^1\] Farmers have noticed\.\n\n\[\^1\]: Ines Okafor and Tomas Lindqvist, “Salt Marshes in Retreat,” \*Journal of Coastal Change\* 12, no\. 3 \(2020\): 101–19/);
    assert.equal(await page.locator('#add-source').isHidden(), true, 'the panel closes');
    assert.equal(await page.evaluate(() => (document.querySelector('#field-body') as HTMLTextAreaElement).selectionEnd), 39, 'the cursor is after the marker');

    await page.getByLabel('Section').selectOption('water');
    await page.getByLabel('First author').selectOption('ada');
    await page.getByRole('button', { name: 'Publish', exact: true }).click();
    await page.waitForURL(/done=published/);
    const view = page.getByRole('link', { name: 'View on site' });
    await page.goto(new URL((await view.getAttribute('href'))!, base).href);
    assert.equal(await page.locator('.notes-list > li').count(), 1);
    const note = await page.locator('.notes-list > li').first().textContent() ?? '';
    assert.match(note, /Okafor/);
    assert.match(note, /Salt Marshes in Retreat/);
    assert.match(note, /101–19/);
    assert.equal(await page.locator('sup.note-ref').count(), 1);
  });

  test('bad input: a hanging resolver, nothing found and Cancel each leave the text as it was', async () => {
    await page.goto(`${base}/admin/articles/new`);
    const body = page.getByLabel('Text (Markdown)');
    await body.fill('Untouched text.');
    await page.getByRole('button', { name: 'Add source' }).click();
    const identifier = page.getByLabel('DOI, ISBN, URL, PMID or arXiv id');
    const message = page.locator('#source-message');

    await identifier.fill('10.5555/hangs');
    await page.getByRole('button', { name: 'Look up' }).click();
    await message.getByText(/no answer from 127\.0\.0\.1:\d+ within 1500 ms/).waitFor({ timeout: 15_000 });
    assert.equal(await page.locator('#source-review').isHidden(), true);

    await identifier.fill('pmid:99999999');
    await identifier.press('Enter');
    await message.getByText(/PubMed has no record/).waitFor({ timeout: 15_000 });

    await identifier.fill('10.5555/html-answer');
    await identifier.press('Enter');
    await message.getByText(/expected JSON but .* answered text\/html/).waitFor({ timeout: 15_000 });

    await identifier.fill('arXiv:2101.00001');
    await identifier.press('Enter');
    await page.locator('#source-preview').getByText('Tidal Models for Small Harbours').waitFor({ timeout: 30_000 });
    await page.getByRole('button', { name: 'Cancel' }).click();
    assert.equal(await page.locator('#add-source').isHidden(), true);
    assert.equal(await body.inputValue(), 'Untouched text.');
  });
});
