// 采购订单 by scanner: the owner scans a case barcode into a new order (the brand follows the product), types the
// price, saves and submits it; the order shows in the list as submitted, and the next order starts at that price.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { businessDate } from '../../electron/core/shared/dates';
import { launchBrowser, openPage } from './helpers/browser';
import { expectVisible } from './helpers/expect-ui';
import { startTestHost, type TestHost } from './helpers/host';
import { OWNER, setupOwnerViaApi, signIn } from './helpers/session';
import { scanLikeWedge } from './helpers/wedge';
import { ean13, ownerApi, seedMainWarehouse } from './warehouse-seed';

const CASE = ean13('690000007002');

let host: TestHost;
let browser: Browser;
let page: Page;
let errors: string[];

beforeAll(async () => {
  host = await startTestHost();
  await setupOwnerViaApi(host.url);
  const api = await ownerApi(host.url);
  const brand = await api.brands.create.mutate({ name: '农夫山泉' });
  await api.products.create.mutate({
    sku: 'NFSQ-550',
    name: '农夫山泉饮用天然水 550ml',
    spec: '550ml×24',
    brandId: brand.id,
    shelfLifeDays: 365,
    units: [
      { name: '瓶', factor: 1, barcode: ean13('690000007001') },
      { name: '箱', factor: 24, barcode: CASE },
    ],
  });
  await seedMainWarehouse(api);
  // ¥500 of confirmed rebate, deductible up to 10% of an order; a monthly purchase policy: 1% from ¥0, 2% from ¥1,000.
  const today = businessDate(host.app.core.now(), host.app.core.timeZone);
  await api.rebates.confirmCredit.mutate({ brandId: brand.id, amount: 50_000, businessDate: today });
  await api.rebates.setCap.mutate({ brandId: brand.id, capBp: 1_000 });
  await api.rebates.createPolicy.mutate({
    code: 'NFSQ-M',
    name: '月度进货返利',
    scope: 'brand',
    brandId: brand.id,
    version: { validFrom: `${today.slice(0, 7)}-01`, periodKind: 'month', basis: 'purchase', measure: 'amount', kind: 'tiered', tierMode: 'whole', tiers: [{ from: 0, value: 100 }, { from: 100_000, value: 200 }] },
  });
  browser = await launchBrowser();
  ({ page, errors } = await openPage(browser, host.url));
  await signIn(page, OWNER.username, OWNER.password);
});
afterAll(async () => {
  await browser?.close();
  await host?.stop();
});

const orders = () =>
  host.app.core.sqlite.prepare('SELECT o.number, o.status, o.total, l.qty, l.price FROM purchase_orders o JOIN purchase_order_lines l ON l.po_id = o.id ORDER BY o.created_at').all() as {
    number: string;
    status: string;
    total: number;
    qty: number;
    price: number;
  }[];

describe('purchase orders by scanner', () => {
  it('writes, submits and lists an order; the next one starts at the last price', async () => {
    await page.getByRole('link', { name: /采购/ }).click();
    await expectVisible(page.getByText('还没有采购单'));
    await page.getByRole('button', { name: '新建采购单' }).click();
    await page.getByRole('combobox', { name: '收货仓库' }).click();
    await page.getByRole('option', { name: /长沙总仓/ }).click();
    await page.getByRole('heading', { name: '新建采购单' }).focus();
    await scanLikeWedge(page, CASE);
    await scanLikeWedge(page, CASE);
    const lines = page.getByRole('table', { name: '采购明细' });
    await expectVisible(lines.getByText('农夫山泉饮用天然水 550ml'));
    await expect.poll(() => page.getByRole('textbox', { name: /数量/ }).inputValue()).toBe('2');
    await expect.poll(() => page.getByRole('combobox', { name: '品牌' }).inputValue()).toBe('农夫山泉');
    await page.getByRole('textbox', { name: /单价/ }).fill('36.50');
    await expectVisible(page.getByText('合计：¥73.00'));
    await page.screenshot({ path: 'docs/screenshots/purchasing-new.png' });
    await page.getByRole('button', { name: '保存并提交' }).click();
    await expectVisible(page.getByText(/采购单 CG-\d{8}-\d{4} 已提交/));
    expect(orders()).toEqual([expect.objectContaining({ status: 'submitted', total: 7300, qty: 2, price: 3650 })]);

    // The order opens with its rebate panel: 10% of ¥73.00 may be paid with rebate; deduct ¥5.00 of it.
    const rebate = page.getByRole('region', { name: '返利' });
    await expectVisible(rebate.getByText(/本单还可抵 ¥7\.30，应付 ¥73\.00/));
    await expectVisible(rebate.getByText(/月度进货返利：本单到货后第 1 档 → 第 1 档.*再进 ¥927\.00 可达下一档/));
    await rebate.getByRole('textbox', { name: '本次抵扣（元）' }).fill('5');
    await rebate.getByRole('button', { name: '返利抵扣' }).click();
    await expectVisible(page.getByText('已抵扣 ¥5.00'));
    await expectVisible(rebate.getByText(/已抵 ¥5\.00；返利余额 ¥495\.00；本单还可抵 ¥2\.30，应付 ¥68\.00/));
    await page.screenshot({ path: 'docs/screenshots/purchasing-rebate.png' });
    await page.keyboard.press('Escape');
    await expectVisible(page.getByRole('table', { name: '采购订单' }).getByText('已提交'));

    await page.getByRole('button', { name: '新建采购单' }).click();
    await page.getByRole('heading', { name: '新建采购单' }).focus();
    await scanLikeWedge(page, CASE);
    await expect.poll(() => page.getByRole('textbox', { name: /单价/ }).inputValue()).toBe('36.50');
    expect(errors).toEqual([]);
  });
});
