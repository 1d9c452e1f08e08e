import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser } from 'playwright-core';
import { axeViolations } from '../support/axe.js';
import { openBrowserOn } from '../support/browser.js';
import { seedStructure } from '../support/factories.js';
import { createTestSite, type TestSite } from '../support/site.js';

const ADMIN = { email: 'hooks-admin@example.org', password: 'a long test password for hooks' };

describe('browser: the webhooks screen', () => {
  let site: TestSite;
  let base: string;
  let browser: Browser;

  before(async () => {
    site = await createTestSite('sqlite', () => new Date('2026-06-01T12:00:00.000Z'));
    await seedStructure(site.services);
    await site.services.accounts.add({ email: ADMIN.email, name: 'Hook Admin', role: 'administrator', password: ADMIN.password, authorSlug: null });
    ({ base, browser } = await openBrowserOn(site));
  });
  after(async () => {
    await browser?.close();
    await site?.close();
  });

  test('add a webhook with the form, copy its secret, read the log; no accessibility violations, light and dark', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const context = await browser.newContext({ colorScheme, viewport: { width: 1280, height: 900 } });
      const page = await context.newPage();
      await page.goto(`${base}/admin/login`);
      await page.getByLabel('Email').fill(ADMIN.email);
      await page.getByLabel('Password').fill(ADMIN.password);
      await page.getByRole('button', { name: 'Sign in' }).click();
      await page.waitForURL(`${base}/admin`);
      await page.goto(`${base}/admin/settings/webhooks`);
      await page.getByLabel('Address (URL)').fill(`https://hooks.example.org/${colorScheme}`);
      await page.getByRole('button', { name: 'Add webhook' }).click();
      assert.equal(await page.evaluate(() => document.activeElement?.id), 'error-summary', 'no event chosen: focus moves to the error summary');
      assert.equal(await page.getByLabel('Address (URL)').inputValue(), `https://hooks.example.org/${colorScheme}`);
      await page.getByLabel('article.published').check();
      await page.getByLabel('link.dead').check();
      await page.getByRole('button', { name: 'Add webhook' }).click();
      const secret = await page.locator('code.secret').textContent();
      assert.match(secret ?? '', /^[0-9a-f]{64}$/);
      const [hook] = (await site.services.webhooks.list()).slice(-1);
      const log = { webhookId: hook!.id, event: 'article.published', url: hook!.url, durationMs: 12, createdAt: '2026-06-01T12:00:00.000Z' };
      await site.site.store.repos.webhooks.addDelivery({ ...log, attempt: 1, statusCode: 500, error: null });
      await site.site.store.repos.webhooks.addDelivery({ ...log, attempt: 2, statusCode: 200, error: null });
      await page.goto(`${base}/admin/settings/webhooks`);
      assert.equal(await page.getByText('Failed: HTTP 500').count(), colorScheme === 'light' ? 1 : 2, 'one failed attempt per webhook in the log');
      assert.deepEqual(await axeViolations(page), [], `webhooks (${colorScheme})`);
      await context.close();
    }
  });
});
