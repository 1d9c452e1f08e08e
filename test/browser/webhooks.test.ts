import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser } from 'playwright-core';
import { axeViolations } from '../support/axe.js';
import { openBrowserOn, signInOnPage } from '../support/browser.js';
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
      await signInOnPage(page, base, ADMIN);
      await page.goto(`${base}/admin/settings/webhooks`);
      // The add form (each webhook has a form of its own too, with the same labels).
      const add = page.locator('form[action="/admin/settings/webhooks"]');
      await add.getByLabel('Address (URL)').fill(`https://hooks.example.org/${colorScheme}`);
      await page.getByRole('button', { name: 'Add webhook' }).click();
      assert.equal(await page.evaluate(() => document.activeElement?.id), 'error-summary', 'no event chosen: focus moves to the error summary');
      assert.equal(await add.getByLabel('Address (URL)').inputValue(), `https://hooks.example.org/${colorScheme}`);
      await add.getByLabel('article.published').check();
      await add.getByLabel('link.dead').check();
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

  test('change a webhook in its own form: a refusal keeps it open with focus on the problem; a new secret is shown once', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await signInOnPage(page, base, ADMIN);
    const hook = await site.services.webhooks.add({ url: 'https://hooks.example.org/before', events: 'link.dead' });
    await page.goto(`${base}/admin/settings/webhooks`);
    const form = page.locator(`form[action="/admin/settings/webhooks/${hook.id}"]`);
    assert.equal(await form.isVisible(), false, 'closed until asked for');
    await page.getByText(`Change webhook #${hook.id}`).click();
    assert.equal(await form.getByLabel('Address (URL)').inputValue(), 'https://hooks.example.org/before');
    assert.equal(await form.getByLabel('link.dead').isChecked(), true);
    await form.getByLabel('Address (URL)').fill('https://hooks.example.org/after');
    await form.getByLabel('link.dead').uncheck();
    await form.getByRole('button', { name: `Save webhook #${hook.id}` }).click();
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'error-summary', 'no event chosen: focus moves to the problem');
    assert.match(await page.locator('#error-summary').textContent() ?? '', /Choose at least one event/);
    assert.equal(await form.getByLabel('Address (URL)').inputValue(), 'https://hooks.example.org/after', 'what was typed is kept');
    assert.deepEqual(await axeViolations(page), [], 'a refused change');
    await form.getByLabel('article.updated').check();
    await form.getByLabel('Make a new secret').check();
    await form.getByRole('button', { name: `Save webhook #${hook.id}` }).click();
    await page.getByRole('heading', { name: `Webhook #${hook.id} saved: copy its new secret now` }).waitFor();
    const secret = await page.locator('code.secret').textContent();
    assert.match(secret ?? '', /^[0-9a-f]{64}$/);
    assert.notEqual(secret, hook.secret);
    const [changed] = (await site.services.webhooks.list()).filter((h) => h.id === hook.id);
    assert.deepEqual([changed?.url, changed?.events], ['https://hooks.example.org/after', ['article.updated']]);
    await page.goto(`${base}/admin/settings/webhooks`);
    assert.equal(await page.locator('code.secret').count(), 0, 'not shown again');
    await context.close();
  });
});
