// Debian's Chromium driven by playwright-core. Every page collects uncaught errors so a test can assert the UI
// ran clean.
import { chromium, type Browser, type Page } from 'playwright-core';

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
}

export interface TestPage {
  page: Page;
  /** Uncaught exceptions and console errors seen so far. */
  errors: string[];
}

export async function openPage(browser: Browser, url: string): Promise<TestPage> {
  const context = await browser.newContext({ viewport: { width: 1366, height: 820 }, locale: 'zh-CN', deviceScaleFactor: 1 });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    // Failed API calls are logged by the browser as resource errors; the tests assert on what the UI shows instead.
    if (m.type() === 'error' && !m.text().includes('Failed to load resource')) errors.push(m.text());
  });
  await page.goto(url);
  return { page, errors };
}
