import { existsSync, mkdirSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import type { TestSite } from './site.js';

/** Debian's Chromium; `npm test` installs it first when missing (scripts/ensure-test-tools.mjs). */
export const CHROMIUM = process.env['CHROMIUM_PATH'] || '/usr/bin/chromium';

/** Where browser tests leave screenshots for people to look at. */
export const SCREENSHOT_DIR = join(process.cwd(), 'test-output', 'screenshots');

/** Launches headless Chromium with the flags this machine needs. */
export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`Chromium not found at ${CHROMIUM}: install it (apt-get install chromium) or set CHROMIUM_PATH.`);
  }
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/** Serves a test site on a free local port and launches Chromium to look at it. */
export async function openBrowserOn(site: TestSite): Promise<{ base: string; browser: Browser }> {
  await site.app.listen({ port: 0, host: '127.0.0.1' });
  const base = `http://127.0.0.1:${(site.app.server.address() as AddressInfo).port}`;
  return { base, browser: await launchBrowser() };
}

/** Signs in through the admin's own form, as a person would, and waits for the dashboard. */
export async function signInOnPage(page: Page, base: string, account: { email: string; password: string }): Promise<void> {
  await page.goto(`${base}/admin/login`);
  await page.getByLabel('Email').fill(account.email);
  await page.getByLabel('Password').fill(account.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL(`${base}/admin`);
}
