// 促销 in Chromium: the owner creates a 买10箱赠1箱 promotion on 农夫山泉 (the product found by its pinyin initials); a
// period that ends before it starts is refused with the server's message next to the end date; the promotion shows
// as running. A presale order of 25 cases (through the API) gets 2 gift cases; once delivered, the promotion cost
// report shows the gifts at the customer's price (2 × ¥42.00) and exports them to .xlsx. The owner then sets the
// store's credit terms (¥5,000.00, 30 days overdue, refused when exceeded). A 满减 promotion, its product scanned, is
// refused on the tier that has neither rate nor amount, then saved and ended early.
import ExcelJS from 'exceljs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { businessDate } from '../../electron/core/shared/dates';
import { launchBrowser, openPage } from './helpers/browser';
import { expectText, expectVisible } from './helpers/expect-ui';
import { startTestHost, type TestHost } from './helpers/host';
import { OWNER, setupOwnerViaApi, signIn } from './helpers/session';
import { scanLikeWedge } from './helpers/wedge';
import { PRICES, STORE, WATER, seedSales, type SalesWorld } from './sales-seed';

let host: TestHost;
let browser: Browser;
let page: Page;
let errors: string[];
let world: SalesWorld;
let today: string;

const PROMO = '农夫山泉买10赠1';
const db = () => host.app.core.sqlite;

beforeAll(async () => {
  host = await startTestHost();
  await setupOwnerViaApi(host.url);
  // No printer is used here: the seed only records its address.
  world = await seedSales(host.url, 9);
  // 25 cases sold and 2 given: more water than the seed's 10 cases.
  const session = await world.api.receiving.start.mutate({ warehouseId: world.warehouseId });
  await world.api.receiving.count.mutate({ sessionId: session.id, productId: world.water.id, unitId: world.water.kase, qty: 20, batchNo: 'B2612', producedOn: '2026-11-20' });
  await world.api.receiving.post.mutate({ sessionId: session.id });
  today = businessDate(host.app.core.now(), host.app.core.timeZone);
  browser = await launchBrowser();
  ({ page, errors } = await openPage(browser, host.url));
  await signIn(page, OWNER.username, OWNER.password);
});
afterAll(async () => {
  await browser?.close();
  await host?.stop();
});

/** A Mantine Select/MultiSelect by its label (a combobox, or a textbox inside the pills input). */
const field = (label: string | RegExp) => {
  const name = typeof label === 'string' ? { name: label, exact: true } : { name: label };
  return page.getByRole('combobox', name).or(page.getByRole('textbox', name)).first();
};

async function pickByTyping(label: string, text: string, option: RegExp) {
  const box = field(label);
  await box.click();
  await box.pressSequentially(text);
  await page.getByRole('option', { name: option }).first().click({ timeout: 8000 }).catch(async (e: unknown) => {
    await page.screenshot({ path: '/tmp/engI-fail.png' });
    throw e;
  });
}

describe('promotions', () => {
  it('creates a 买10赠1 promotion; a period ending before it starts is refused on the end date', async () => {
    await page.getByRole('link', { name: /促销/ }).click();
    await expectVisible(page.getByText('还没有促销'));
    await page.getByRole('button', { name: '新建促销' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('textbox', { name: '促销名称' }).fill(PROMO);
    await pickByTyping('商品（名称、编码或拼音首字母）', 'nfsq', new RegExp(WATER.name));
    await field(/计量单位/).click();
    await page.getByRole('option', { name: /箱 ×24/ }).click();
    await dialog.getByRole('textbox', { name: '买（N）' }).fill('10');
    await dialog.getByRole('textbox', { name: '赠（M）' }).fill('1');
    await pickByTyping('赠品', 'nfsq', new RegExp(WATER.name));
    await field('赠品单位').click();
    await page.getByRole('option', { name: /箱 ×24/ }).click();
    // The end date a day before the start: the server refuses it, and says so next to 结束日期.
    const yesterday = new Date(`${today}T00:00:00Z`);
    yesterday.setUTCDate(yesterday.getUTCDate() - 1);
    await dialog.getByLabel('结束日期').fill(yesterday.toISOString().slice(0, 10));
    await dialog.getByRole('button', { name: '保存' }).click();
    await expectVisible(dialog.getByText(/促销结束日期（.*）不能早于开始日期/));
    expect(db().prepare('SELECT count(*) AS n FROM promotions').get()).toEqual({ n: 0 });
    await page.screenshot({ path: 'docs/screenshots/promotions-form.png' });

    await dialog.getByLabel('结束日期').fill(`${today.slice(0, 4)}-12-31`);
    await dialog.getByRole('button', { name: '保存' }).click();
    const table = page.getByRole('table', { name: '促销列表' });
    await expectVisible(table.getByText(PROMO));
    await expectVisible(table.getByText('进行中'));
    await expectVisible(table.getByText(`买 10箱 赠 1箱 ${WATER.name}`));
    await page.screenshot({ path: 'docs/screenshots/promotions-list.png' });
  });

  it('gives 2 gift cases on a presale order of 25 cases, and the delivered gifts are promotion cost', async () => {
    const { api } = world;
    const order = await api.salesOrders.create.mutate({
      kind: 'presale',
      customerId: world.customerId,
      warehouseId: world.warehouseId,
      lines: [{ productId: world.water.id, unitId: world.water.kase, qty: 25 }],
    });
    await api.salesOrders.confirm.mutate({ id: order.id });
    const gifts = db()
      .prepare('SELECT qty_base AS qtyBase, promo_value_fen AS valueFen FROM sales_order_lines WHERE order_id = ? AND is_gift = 1')
      .all(order.id) as { qtyBase: number; valueFen: number }[];
    expect(gifts.map((g) => [g.qtyBase, g.valueFen])).toEqual([[48, 2 * PRICES.waterCase]]);
    await api.salesOrders.deliver.mutate({ orderId: order.id });
    expect((db().prepare('SELECT status FROM sales_orders WHERE id = ?').get(order.id) as { status: string }).status).toBe('delivered');

    await page.getByRole('tab', { name: '促销费用' }).click();
    const table = page.getByRole('table', { name: '促销费用' });
    await expectVisible(table.getByText(PROMO));
    await expectText(page.getByTestId('promotion-cost-total'), '84.00');
    await page.screenshot({ path: 'docs/screenshots/promotions-cost.png' });

    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: '导出 Excel' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/\.xlsx$/);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(await file.path());
    const cells = book.worksheets.flatMap((ws) => ws.getSheetValues().flatMap((row) => (Array.isArray(row) ? row : []))).map(String);
    expect(cells).toContain(PROMO);
    expect(cells.some((c) => c === '84' || c === '84.00')).toBe(true);
  });

  it('sets the store’s credit terms in yuan and overdue days', async () => {
    await page.getByRole('tab', { name: '信用与设置' }).click();
    await pickByTyping('客户', 'thbld', new RegExp(STORE.name));
    await page.getByRole('textbox', { name: /信用额度/ }).fill('5000');
    await page.getByRole('textbox', { name: /允许逾期天数/ }).fill('30');
    await field('超出时').click();
    await page.getByRole('option', { name: '禁止下单' }).click();
    await page.getByRole('button', { name: '保存' }).click();
    await expectVisible(page.getByText('信用条件已保存'));
    const terms = await world.api.salesOrders.creditTerms.query({ customerId: world.customerId });
    expect([terms.creditLimitFen, terms.overdueDays, terms.policy]).toEqual([500_000, 30, 'block']);
    await page.screenshot({ path: 'docs/screenshots/promotions-credit.png' });
  });

  it('refuses a 满减 tier with neither rate nor amount on that tier, then ends the corrected promotion early', async () => {
    await page.getByRole('tab', { name: '促销活动' }).click();
    await expectVisible(page.getByRole('button', { name: '新建促销' }));
    await page.keyboard.press('Alt+N');
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('textbox', { name: '促销名称' }).fill('农夫山泉满千减五十');
    await dialog.getByText('满减/折扣', { exact: true }).click();
    // The product set by scanning a case: the product joins the set and its case becomes the promotion's unit.
    await dialog.getByRole('heading', { name: '新建促销' }).focus();
    await scanLikeWedge(page, WATER.kase);
    await expectVisible(dialog.getByText(`${WATER.sku} ${WATER.name}`));
    await expect.poll(() => field(/计量单位/).inputValue()).toMatch(/^箱/);
    await dialog.getByRole('textbox', { name: '满（元）' }).fill('1000');
    await dialog.getByRole('button', { name: '保存' }).click();
    await expectVisible(dialog.getByText('每档须填写折扣率（0.01%–100%）或减免金额（大于 0）其中之一'));
    expect(db().prepare('SELECT count(*) AS n FROM promotions').get()).toEqual({ n: 1 });
    await page.screenshot({ path: 'docs/screenshots/promotions-tiers.png' });
    await dialog.getByRole('textbox', { name: '减（元）' }).fill('50');
    await dialog.getByRole('button', { name: '保存' }).click();
    const table = page.getByRole('table', { name: '促销列表' });
    await expectVisible(table.getByText('满 ¥1,000.00 减 ¥50.00'));
    expect(db().prepare("SELECT threshold, discount_fen AS off FROM promotion_tiers").all()).toEqual([{ threshold: 100_000, off: 5_000 }]);
    // Ended today: still in force today, so it stays under 进行中 with today as its last day.
    page.once('dialog', (d) => void d.accept());
    await table.getByRole('row', { name: /农夫山泉满千减五十/ }).getByRole('button', { name: '结束' }).click();
    await expectVisible(page.getByText('促销已结束'));
    const ended = db().prepare("SELECT ended_on AS endedOn FROM promotions WHERE name = '农夫山泉满千减五十'").get() as { endedOn: string };
    expect(ended.endedOn).toBe(today);
    await expectVisible(table.getByRole('row', { name: new RegExp(`${today} ~ ${today}`) }));
    expect(errors).toEqual([]);
  });
});
