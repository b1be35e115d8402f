// The catalog at a big distributor's scale: 50,000 products and 20,000 stores. The table keeps only the rows in
// view in the page, jumps to the last row, filters through the server, and a scan finds any product. Signed in
// as the warehouse clerk, whose navigation leaves out what a clerk may not use.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bulkEan13, generateCatalog } from '../../scripts/seed/bulk-catalog';
import { launchBrowser, openPage } from './helpers/browser';
import { expectHidden, expectText, expectVisible } from './helpers/expect-ui';
import { startTestHost, type TestHost } from './helpers/host';
import { signIn } from './helpers/session';
import { scanLikeWedge } from './helpers/wedge';

let host: TestHost;
let browser: Browser;
let page: Page;
let errors: string[];

beforeAll(async () => {
  host = await startTestHost({ demo: true });
  generateCatalog(host.app.core, { products: 50_000, customers: 20_000 });
  browser = await launchBrowser();
  ({ page, errors } = await openPage(browser, host.url));
  await signIn(page, 'clerk', 'demo-1234');
});
afterAll(async () => {
  await browser?.close();
  await host?.stop();
});

const table = () => page.getByRole('table', { name: '商品' });
/** The generated 50,000 plus the demo catalog, in SKU order as the table shows them. */
const products = () =>
  host.app.core.sqlite.prepare('SELECT count(*) AS n, min(sku) AS first, max(sku) AS last FROM products').get() as { n: number; first: string; last: string };

describe('50,000 products', () => {
  it('shows the clerk the sections a clerk uses', async () => {
    await expectText(page.getByTestId('current-role'), '库管');
    const nav = page.getByRole('navigation');
    await expectVisible(nav.getByRole('link', { name: /商品/ }));
    await expectVisible(nav.getByRole('link', { name: /客户/ }));
    expect(await nav.getByRole('link', { name: /账号/ }).count()).toBe(0);
    expect(await nav.getByRole('link', { name: /价格/ }).count()).toBe(0);
  });

  it('lists them all while keeping only the visible rows in the page', async () => {
    const { n, first } = products();
    expect(n).toBeGreaterThanOrEqual(50_000);
    await expectText(page.getByTestId('products-count'), `共 ${n} 条`, 30_000);
    await expectVisible(table().getByRole('cell', { name: first, exact: true }));
    const rowsInPage = await table().getByRole('row').count();
    expect(rowsInPage).toBeGreaterThan(10);
    expect(rowsInPage).toBeLessThan(80);
  });

  it('jumps to the last row with End and back with Home', async () => {
    await table().focus();
    const { first, last } = products();
    await page.keyboard.press('End');
    await expectVisible(table().getByRole('cell', { name: last, exact: true }), 20_000);
    await page.keyboard.press('Home');
    await expectVisible(table().getByRole('cell', { name: first, exact: true }), 20_000);
  });

  it('filters through the server as the clerk types', async () => {
    await page.keyboard.press('F3');
    await page.keyboard.type('BK04999');
    await expectText(page.getByTestId('products-count'), '共 10 条', 20_000);
    await expectVisible(table().getByRole('cell', { name: 'BK049990' }));
    await expectHidden(table().getByRole('cell', { name: 'BK000001' }));
  });

  it('opens any of them by scanning its barcode', async () => {
    await scanLikeWedge(page, bulkEan13(12_345));
    const form = page.getByRole('dialog', { name: /^编辑商品：/ });
    await expectVisible(form, 20_000);
    expect(await form.getByRole('textbox', { name: '商品编码', exact: true }).inputValue()).toBe('BK012345');
    // A clerk may change the catalog: the form can be saved.
    await expectVisible(form.getByRole('button', { name: '保存' }));
    await page.keyboard.press('Escape');
    await expectHidden(form);
  });

  it('lists 20,000 stores the same way (Alt+2 opens the clerk’s second section)', async () => {
    await page.keyboard.press('Alt+Digit2');
    await expectVisible(page.getByRole('heading', { name: '客户' }));
    const stores = page.getByRole('table', { name: '客户' });
    const { first } = host.app.core.sqlite.prepare('SELECT min(code) AS first FROM customers').get() as { first: string };
    await expectVisible(stores.getByRole('cell', { name: first, exact: true }), 20_000);
    expect(await stores.getByRole('row').count()).toBeLessThan(80);
    expect(errors).toEqual([]);
  });
});
