// The catalog as a clerk uses it: create a product with packaging units and barcodes (bad input refused in
// Chinese, next to the field), find it by pinyin initials, and open it by scanning its barcode the way a USB
// scanner in keyboard mode types it — with the IME off and on — without leaving the scan in the search box.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gtinCheckDigit } from '../../electron/core/scan/gtin';
import { launchBrowser, openPage } from './helpers/browser';
import { expectHidden, expectText, expectVisible } from './helpers/expect-ui';
import { startTestHost, type TestHost } from './helpers/host';
import { apiAs, OWNER, setupOwnerViaApi, signIn } from './helpers/session';
import { scanLikeWedge, scanThroughIme } from './helpers/wedge';

const ean13 = (body12: string) => `${body12}${gtinCheckDigit(body12)}`;
const BOTTLE = ean13('690000001234');
const CASE = ean13('690000001235');
/** The bottle's code with its last digit wrong. */
const BOTTLE_TYPO = `${BOTTLE.slice(0, -1)}${(Number(BOTTLE.at(-1)) + 1) % 10}`;
const UNKNOWN = ean13('690000009999');
const NAME = '可口可乐零度 500ml';

let host: TestHost;
let browser: Browser;
let page: Page;
let errors: string[];

const drawer = (title: string) => page.getByRole('dialog', { name: title });
const searchBox = () => page.getByRole('searchbox', { name: /搜索名称/ });
const productCount = () => host.app.core.sqlite.prepare('SELECT count(*) AS n FROM products').get() as { n: number };

beforeAll(async () => {
  host = await startTestHost();
  await setupOwnerViaApi(host.url);
  // Another product, so the searches below have something to leave out.
  const api = await apiAs(host.url, OWNER.username, OWNER.password);
  await api.mutate('products.create', { sku: 'NFSQ-550', name: '农夫山泉 550ml', units: [{ name: '瓶', factor: 1 }] });
  browser = await launchBrowser();
  ({ page, errors } = await openPage(browser, host.url));
  await signIn(page, OWNER.username, OWNER.password);
});
afterAll(async () => {
  await browser?.close();
  await host?.stop();
});

describe('products', () => {
  it('creates a product with units and barcodes, refusing bad input in Chinese next to the field', async () => {
    // The owner lands on the overview; products is the next section.
    await page.getByRole('navigation').getByRole('link', { name: /商品/ }).click();
    await expectVisible(page.getByRole('heading', { name: '商品' }));
    // Alt+N starts a new record on the screen in view.
    await page.keyboard.press('Alt+KeyN');
    const form = drawer('新建商品');
    await expectVisible(form);

    // Client-side, from the contract's schema: nothing typed yet.
    await form.getByRole('button', { name: '保存' }).click();
    await expectVisible(form.getByText('必填'));
    expect(productCount()).toEqual({ n: 1 });

    await form.getByRole('textbox', { name: '商品编码', exact: true }).fill('KKL-LD-500');
    await form.getByRole('textbox', { name: '商品名称', exact: true }).fill(NAME);
    await form.getByRole('textbox', { name: '规格', exact: true }).fill('500ml×24');
    await form.getByRole('textbox', { name: '保质期（天）', exact: true }).fill('365');
    // The brand is not in the list yet: add it from the form, and it is picked.
    await form.getByRole('button', { name: '新建品牌' }).click();
    const brand = page.getByRole('dialog', { name: '新建品牌' });
    await brand.getByRole('textbox', { name: '名称', exact: true }).fill('可口可乐');
    await brand.getByRole('textbox', { name: '名称', exact: true }).press('Enter');
    await expectHidden(brand);
    // The new brand is picked once the brand list has been fetched again: wait for it rather than read at once.
    await expect.poll(() => form.getByRole('combobox', { name: '品牌', exact: true }).inputValue()).toBe('可口可乐');
    await form.getByRole('textbox', { name: '单位 1', exact: true }).fill('瓶');
    await form.getByRole('textbox', { name: '条码 1', exact: true }).fill(BOTTLE_TYPO);
    await form.getByRole('button', { name: '添加单位' }).click();
    await form.getByRole('textbox', { name: '单位 2', exact: true }).fill('箱');
    await form.getByRole('textbox', { name: '换算数 2', exact: true }).fill('24');
    await form.getByRole('textbox', { name: '条码 2', exact: true }).fill(CASE);

    // Server-side: the check digit, said in Chinese under the barcode it is about; nothing saved.
    await form.getByRole('button', { name: '保存' }).click();
    await expectVisible(form.getByText(`条码“${BOTTLE_TYPO}”校验位错误`, { exact: false }));
    expect(productCount()).toEqual({ n: 1 });

    await form.getByRole('textbox', { name: '条码 1', exact: true }).fill(BOTTLE);
    await form.getByRole('textbox', { name: '条码 1', exact: true }).press('Enter');
    await expectVisible(page.getByText('商品已保存'));
    await expectHidden(form);
    const saved = host.app.core.sqlite
      .prepare(
        `SELECT u.name, u.factor, b.code FROM product_units u JOIN products p ON p.id = u.product_id
         LEFT JOIN barcodes b ON b.unit_id = u.id WHERE p.sku = ? ORDER BY u.factor`,
      )
      .all('KKL-LD-500');
    expect(saved).toEqual([
      { name: '瓶', factor: 1, code: BOTTLE },
      { name: '箱', factor: 24, code: CASE },
    ]);
    expect(host.app.core.sqlite.prepare('SELECT b.name FROM products p JOIN brands b ON b.id = p.brand_id WHERE p.sku = ?').get('KKL-LD-500')).toEqual({
      name: '可口可乐',
    });
  });

  it('finds the product by its pinyin initials', async () => {
    const table = page.getByRole('table', { name: '商品' });
    await expectText(page.getByTestId('products-count'), '共 2 条');
    await expectVisible(table.getByRole('cell', { name: '农夫山泉 550ml' }));
    await page.keyboard.press('F3');
    await searchBox().fill('kklld');
    await expectText(page.getByTestId('products-count'), '共 1 条');
    await expectHidden(table.getByRole('cell', { name: '农夫山泉 550ml' }));
    await expectVisible(table.getByRole('cell', { name: NAME }));
    await expectVisible(table.getByRole('cell', { name: '瓶 / 箱×24' }));
  });

  it('opens the product when its barcode is scanned, and the scan is not left in the search box', async () => {
    await searchBox().focus();
    await scanLikeWedge(page, CASE);
    const form = drawer(`编辑商品：${NAME}`);
    await expectVisible(form);
    expect(await form.getByRole('textbox', { name: '条码 2', exact: true }).inputValue()).toBe(CASE);
    await page.keyboard.press('Escape');
    await expectHidden(form);
    expect(await searchBox().inputValue()).toBe('kklld');
  });

  it('recognises the scan while a Chinese IME is composing, by physical key codes', async () => {
    await searchBox().focus();
    await scanThroughIme(page, BOTTLE);
    const form = drawer(`编辑商品：${NAME}`);
    await expectVisible(form);
    await page.keyboard.press('Escape');
    await expectHidden(form);
    expect(await searchBox().inputValue()).toBe('kklld');
  });

  it('offers to create a product for an unknown barcode, with the barcode filled in', async () => {
    await scanLikeWedge(page, UNKNOWN);
    const offer = page.getByRole('dialog', { name: '未找到该条码' });
    await expectVisible(offer);
    await expectVisible(offer.getByText(`未知条码“${UNKNOWN}”，可以新建商品`));
    await offer.getByRole('button', { name: '用此条码新建商品' }).click();
    const form = drawer('新建商品');
    await expectVisible(form);
    expect(await form.getByRole('textbox', { name: '条码 1', exact: true }).inputValue()).toBe(UNKNOWN);
    await form.getByRole('button', { name: '取消' }).click();
    await expectHidden(form);
  });

  it('says in Chinese when a scanned barcode has a wrong check digit', async () => {
    await scanLikeWedge(page, BOTTLE_TYPO);
    await expectVisible(page.getByText(`条码“${BOTTLE_TYPO}”校验位错误`, { exact: false }));
    expect(errors).toEqual([]);
  });
});
