// Screenshots for the README (docs/screenshots/), taken from the real app on demo data: the Chinese sign-in
// page, the products table and the product form. Each is asserted to show what the README says it shows.
import { mkdirSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPage } from './helpers/browser';
import { expectText, expectVisible } from './helpers/expect-ui';
import { startTestHost, type TestHost } from './helpers/host';
import { signIn } from './helpers/session';

const outDir = resolve(import.meta.dirname, '../../docs/screenshots');

let host: TestHost;
let browser: Browser;
let page: Page;

async function shoot(name: string): Promise<void> {
  const path = resolve(outDir, `${name}.png`);
  // Let transitions (drawer slide-in, notifications) settle so the picture is what a person sees.
  await page.waitForTimeout(400);
  await page.screenshot({ path });
  expect(statSync(path).size).toBeGreaterThan(10_000);
}

beforeAll(async () => {
  mkdirSync(outDir, { recursive: true });
  host = await startTestHost({ demo: true });
  browser = await launchBrowser();
  ({ page } = await openPage(browser, host.url));
  await page.setViewportSize({ width: 1280, height: 800 });
});
afterAll(async () => {
  await browser?.close();
  await host?.stop();
});

describe('README screenshots', () => {
  it('login: the sign-in page in Chinese', async () => {
    await expectVisible(page.getByRole('heading', { name: '登录' }));
    await expectVisible(page.getByText('经销商管理系统'));
    await shoot('login');
  });

  it('products: the catalog table with demo data', async () => {
    await signIn(page, 'owner', 'demo-1234');
    await page.getByRole('navigation').getByRole('link', { name: /商品/ }).click();
    const { n, first } = host.app.core.sqlite.prepare('SELECT count(*) AS n, min(sku) AS first FROM products').get() as { n: number; first: string };
    expect(n).toBeGreaterThan(20);
    await expectText(page.getByTestId('products-count'), `共 ${n} 条`);
    await expectVisible(page.getByRole('table', { name: '商品' }).getByRole('cell', { name: first, exact: true }));
    // Move the focus off the search box so its focus ring does not draw the eye.
    await page.getByRole('table', { name: '商品' }).focus();
    await shoot('products');
  });

  it('product form: packaging units with barcodes', async () => {
    await page.keyboard.press('Enter');
    const form = page.getByRole('dialog', { name: /^编辑商品：/ });
    await expectVisible(form);
    await expectVisible(form.getByRole('table', { name: '包装单位' }));
    await shoot('product-form');
  });
});
