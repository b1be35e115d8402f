// 盘点 by scanner: 48 bottles on the book (received over the API); the clerk starts a stocktake, counts blind by
// scanning a case barcode and loose bottles as a keyboard-wedge scanner types them, finishes counting, sees book
// against counted with the loss in red, and the owner's approval posts the difference: stock is what was counted.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPage } from './helpers/browser';
import { expectText, expectVisible } from './helpers/expect-ui';
import { startTestHost, type TestHost } from './helpers/host';
import { OWNER, setupOwnerViaApi, signIn } from './helpers/session';
import { scanLikeWedge } from './helpers/wedge';
import { ean13, ownerApi, seedDrink, seedMainWarehouse } from './warehouse-seed';

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
});
