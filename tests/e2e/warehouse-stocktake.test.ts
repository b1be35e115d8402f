// 盘点 by scanner: 48 bottles on the book (received over the API); the clerk starts a stocktake, counts blind by
// scanning a case barcode and loose bottles as a keyboard-wedge scanner types them, finishes counting, sees book
// against counted with the loss in red, and the owner's approval posts the difference: stock is what was counted.
// Then a stocktake of one category: goods outside it are refused, the counted list follows 40 scans without being
// fetched again, the review lists only the category, and the stocktake is cancelled (no adjustment).
// Then a stocktake by storage location (货位): a location keyed in on the stock screen, only A-01-* counted.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPage } from './helpers/browser';
import { expectText, expectVisible } from './helpers/expect-ui';
import { startTestHost, type TestHost } from './helpers/host';
import { OWNER, setupOwnerViaApi, signIn } from './helpers/session';
import { scanLikeWedge } from './helpers/wedge';
import { ean13, ownerApi, seedDrink, seedMainWarehouse, type ApiClient } from './warehouse-seed';

const NAME = '康师傅冰红茶 500ml';
const BOTTLE = ean13('690000004001');
const CASE = ean13('690000004002');

let host: TestHost;
let browser: Browser;
let page: Page;
let errors: string[];

const onHand = () => (host.app.core.sqlite.prepare('SELECT coalesce(sum(qty), 0) AS qty FROM stock_balances').get() as { qty: number }).qty;

beforeAll(async () => {
  host = await startTestHost();
  await setupOwnerViaApi(host.url);
  const api = await ownerApi(host.url);
  await seedDrink(api, 'KSF-500', NAME, BOTTLE, CASE);
  const main = await seedMainWarehouse(api);
  const receipt = await api.receiving.start.mutate({ warehouseId: main.id });
  await api.receiving.scan.mutate({ sessionId: receipt.id, raw: CASE });
  await api.receiving.scan.mutate({ sessionId: receipt.id, raw: CASE });
  await api.receiving.post.mutate({ sessionId: receipt.id });
  expect(onHand()).toBe(48);
  browser = await launchBrowser();
  ({ page, errors } = await openPage(browser, host.url));
  await signIn(page, OWNER.username, OWNER.password);
});
afterAll(async () => {
  await browser?.close();
  await host?.stop();
});

describe('stocktake by scanner', () => {
  it('counts blind by scan (a case and loose bottles), reviews the variance and the owner approves it', async () => {
    await page.getByRole('link', { name: /盘点/ }).click();
    await expectVisible(page.getByRole('heading', { name: '盘点' }));
    await page.getByRole('combobox', { name: '盘点仓库' }).click();
    await page.getByRole('option', { name: /长沙总仓/ }).click();
    await page.getByRole('button', { name: '开始盘点' }).click();
    await expectVisible(page.getByText('请扫描箱码、箱条码或瓶条码', { exact: false }));

    await scanLikeWedge(page, CASE);
    await expectText(page.getByTestId('last-count'), new RegExp(`${NAME} \\+24（该商品已盘 24）`));
    for (let i = 0; i < 3; i++) {
      await page.waitForTimeout(150);
      await scanLikeWedge(page, BOTTLE);
    }
    await expectText(page.getByTestId('last-count'), /已盘 27/);
    const counted = page.getByRole('table', { name: '已盘数量' });
    await expectVisible(counted.getByText('27 瓶'));
    // Blind: the book quantity is nowhere on the counting screen.
    expect(await page.getByText('48', { exact: false }).count()).toBe(0);
    await page.screenshot({ path: 'docs/screenshots/warehouse-stocktake-count.png' });

    await page.getByRole('button', { name: /结束盘点/ }).click();
    const review = page.getByRole('table', { name: '差异' });
    await expectVisible(review.getByText('-21'));
    await expectText(page.getByTestId('stocktake-totals'), /账面 48\s+实盘 27\s+盘盈 0\s+盘亏 21/);
    await page.screenshot({ path: 'docs/screenshots/warehouse-stocktake-review.png' });

    await page.getByRole('button', { name: '审批并过账差异' }).click();
    await page.getByRole('dialog', { name: '审批并过账差异' }).getByRole('button', { name: '审批并过账差异' }).click();
    await expectVisible(page.getByText(/盘点 .* 已审批/));
    await expectVisible(page.getByText('已审批', { exact: true }));
    expect(onHand()).toBe(27);
    expect(errors).toEqual([]);
  });

  it('counts one category: others refused, the list patched per scan (not fetched again), review of the category only, cancel', async () => {
    const api: ApiClient = await ownerApi(host.url);
    const water = await api.categories.create.mutate({ name: '饮用水' });
    const snacks = await api.categories.create.mutate({ name: '休闲零食' });
    const waterBottle = ean13('690000004101');
    const chips = ean13('690000004201');
    const product = (sku: string, name: string, categoryId: string, barcode: string) =>
      api.products.create.mutate({ sku, name, categoryId, shelfLifeDays: 365, units: [{ name: '瓶', factor: 1, barcode }] });
    const w = await product('NFSQ-550', '农夫山泉 550ml', water.id, waterBottle);
    const c = await product('LS-70', '乐事薯片 原味 70g', snacks.id, chips);
    const main = (await api.warehouses.list.query()).find((x) => x.code === 'ZC01')!;
    const receipt = await api.receiving.start.mutate({ warehouseId: main.id });
    await api.receiving.count.mutate({ sessionId: receipt.id, productId: w.id, qty: 50 });
    await api.receiving.count.mutate({ sessionId: receipt.id, productId: c.id, qty: 10 });
    await api.receiving.post.mutate({ sessionId: receipt.id });

    await page.getByRole('button', { name: '返回' }).click();
    await page.getByRole('combobox', { name: '盘点仓库' }).click();
    await page.getByRole('option', { name: /长沙总仓/ }).click();
    await page.getByRole('combobox', { name: '盘点范围' }).click();
    await page.getByRole('option', { name: '饮用水' }).click();
    await page.getByRole('button', { name: '开始盘点' }).click();
    await expectVisible(page.getByRole('heading', { name: /盘点 PD-.* · 饮用水/ }));

    let fetches = 0;
    page.on('request', (r) => {
      if (r.url().includes('stocktakes.counted')) fetches++;
    });
    await scanLikeWedge(page, chips);
    await expectVisible(page.getByRole('alert').filter({ hasText: '乐事薯片 原味 70g' }));
    const counted = page.getByRole('table', { name: '已盘数量' });
    for (let i = 1; i <= 40; i++) {
      await page.waitForTimeout(120);
      await scanLikeWedge(page, waterBottle);
    }
    await expectVisible(counted.getByText('40 瓶'));
    await expectText(page.getByTestId('last-count'), /农夫山泉 550ml \+1（该商品已盘 40）/);
    expect(fetches).toBe(0);
    await page.screenshot({ path: 'docs/screenshots/warehouse-stocktake-category.png' });

    await page.getByRole('button', { name: /结束盘点/ }).click();
    const review = page.getByRole('table', { name: '差异' });
    await expectVisible(review.getByText('-10'));
    expect(await review.getByText('乐事薯片', { exact: false }).count()).toBe(0);
    await expectText(page.getByTestId('stocktake-totals'), /账面 50\s+实盘 40/);
    await page.getByRole('button', { name: '作废盘点' }).click();
    await page.getByRole('dialog', { name: '作废盘点' }).getByRole('button', { name: '作废盘点' }).click();
    await expectVisible(page.getByText(/盘点 .* 已作废/));
    const list = page.getByRole('table', { name: '盘点单' });
    await expectVisible(list.getByText('已作废'));
    await expectVisible(list.getByText('饮用水'));
    // Cancelled: nothing adjusted.
    expect(onHand()).toBe(27 + 50 + 10);
    expect(errors).toEqual([]);
  });

  it('sets a 货位 from the stock screen by keyboard, counts location A-01 only, refuses goods shelved elsewhere', async () => {
    const api: ApiClient = await ownerApi(host.url);
    const main = (await api.warehouses.list.query()).find((x) => x.code === 'ZC01')!;
    const bySku = async (sku: string) => (await api.stock.balances.query({ warehouseId: main.id, search: sku })).rows[0]!.productId;
    await api.locations.set.mutate({ warehouseId: main.id, productId: await bySku('NFSQ-550'), location: 'A-01-02' });
    await api.locations.set.mutate({ warehouseId: main.id, productId: await bySku('LS-70'), location: 'A-010-01' });

    // The tea gets its shelf on the stock screen: row, Enter, type, Enter.
    await page.getByRole('link', { name: /库存/ }).click();
    const balances = page.getByRole('table', { name: '按商品' });
    await expectVisible(balances.getByText('A-01-02'));
    await balances.getByText(NAME).click();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: /设置货位：康师傅冰红茶/ });
    await dialog.getByRole('textbox', { name: '货位' }).fill(' a-01 05');
    await page.keyboard.press('Enter');
    await expectVisible(dialog.getByRole('alert').filter({ hasText: '货位“a-01 05”无效' }));
    await dialog.getByRole('textbox', { name: '货位' }).fill(' a-01-05 ');
    await page.keyboard.press('Enter');
    await expectVisible(balances.getByText('A-01-05'));
    await page.screenshot({ path: 'docs/screenshots/warehouse-stock-locations.png' });

    await page.getByRole('link', { name: /盘点/ }).click();
    await page.getByRole('combobox', { name: '盘点仓库' }).click();
    await page.getByRole('option', { name: /长沙总仓/ }).click();
    await page.getByRole('combobox', { name: '盘点范围' }).click();
    await page.getByRole('option', { name: '按货位' }).click();
    await page.getByRole('textbox', { name: '货位前缀' }).fill('a-01');
    await page.keyboard.press('Enter');
    await expectVisible(page.getByRole('heading', { name: /盘点 PD-.* · 货位 A-01/ }));

    await scanLikeWedge(page, ean13('690000004201'));
    await expectVisible(page.getByRole('alert').filter({ hasText: '“乐事薯片 原味 70g”不在本次盘点范围（货位：A-01）' }));
    await page.waitForTimeout(150);
    await scanLikeWedge(page, CASE);
    await expectText(page.getByTestId('last-count'), new RegExp(`${NAME} \\+24`));
    await page.getByRole('button', { name: /结束盘点/ }).click();
    const review = page.getByRole('table', { name: '差异' });
    // Tea 27 on the book, 24 counted; the water (A-01-02) not counted at all; the chips not in scope.
    await expectVisible(review.getByText('-50'));
    await expectVisible(review.getByText('-3'));
    expect(await review.getByText('乐事薯片', { exact: false }).count()).toBe(0);
    await expectText(page.getByTestId('stocktake-totals'), /账面 77\s+实盘 24/);
    await page.getByRole('button', { name: '作废盘点' }).click();
    await page.getByRole('dialog', { name: '作废盘点' }).getByRole('button', { name: '作废盘点' }).click();
    await expectVisible(page.getByRole('table', { name: '盘点单' }).getByText('货位 A-01'));
    expect(onHand()).toBe(27 + 50 + 10);
    expect(errors).toEqual([]);
  });
});
