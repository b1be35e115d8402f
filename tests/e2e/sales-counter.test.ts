// 门市 counter sale by scanner, end to end: the clerk picks the store by its pinyin initials (thbld → 天河便利店),
// scans a case of 王老吉 twice and three bottles of water as a USB keyboard-wedge scanner types them, sees the
// customer's price and the total to the fen, takes ¥200 cash with F10 (change ¥24.00), and the receipt comes out of
// the receipt printer (a TCP listener here): GB18030 text with the goods and total, a cut, then the drawer kick.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TcpPrinter } from '../helpers/virtual-printer';
import { expectText, expectVisible } from './helpers/expect-ui';
import type { TestHost } from './helpers/host';
import { scanLikeWedge } from './helpers/wedge';
import { openSalesRig, startOrder, STORE, TEA, WATER, type SalesRig } from './sales-seed';

let rig: SalesRig;
let host: TestHost;
let printer: TcpPrinter;
let page: Page;
let errors: string[];

beforeAll(async () => {
  rig = await openSalesRig();
  ({ host, printer, page, errors } = rig);
});
afterAll(async () => {
  await rig?.close();
});

const scan = async (code: string) => {
  await scanLikeWedge(page, code);
  await page.waitForTimeout(150);
};

describe('counter sale by scanner', () => {
  it('scans, shows prices and totals, takes cash, prints the receipt with cut and drawer kick', async () => {
    await startOrder(page, '门市');
    const lines = page.getByRole('table', { name: '订单明细' });
    await scan(TEA.kase);
    await expectVisible(lines.getByText(TEA.name));
    await expectText(page.getByTestId('order-total'), '应收 ¥85.00');
    await scan(TEA.kase);
    await expectText(page.getByTestId('order-total'), '应收 ¥170.00');
    for (let i = 0; i < 3; i++) await scan(WATER.bottle);
    await expectText(page.getByTestId('order-total'), '应收 ¥176.00');
    await expectVisible(lines.getByText('客户价 85.00'));
    const rows = lines.getByTestId('order-line');
    expect(await rows.count()).toBe(2);
    expect(await rows.nth(0).getByRole('textbox', { name: '数量' }).inputValue()).toBe('2');
    expect(await rows.nth(1).getByRole('textbox', { name: '数量' }).inputValue()).toBe('3');
    await page.screenshot({ path: 'docs/screenshots/sales-order-entry.png' });

    await page.keyboard.press('F10');
    const pay = page.getByRole('dialog', { name: '收款出库' });
    await expectText(pay.getByTestId('payment-due'), '应收 ¥176.00');
    const received = pay.getByRole('textbox', { name: '实收 ¥' });
    await received.fill('200');
    await expectText(pay.getByTestId('payment-change'), '找零 ¥24.00');
    await received.press('Enter');
    await expectText(page.getByTestId('order-status'), '已出库');

    const [job] = await printer.waitForJobs(1, 15_000);
    const d = job!.decoded;
    expect(d.problems).toEqual([]);
    expect(d.lines.some((l) => l.includes(TEA.name))).toBe(true);
    expect(d.lines.some((l) => l.includes(WATER.name))).toBe(true);
    expect(d.lines.some((l) => l.includes(STORE.name))).toBe(true);
    expect(d.lines.some((l) => l.includes('176.00'))).toBe(true);
    // Chinese really went out as GB18030: 王 is 0xCD 0xF5.
    expect(job!.bytes.includes(Buffer.from([0xcd, 0xf5]))).toBe(true);
    expect(d.cuts).toHaveLength(1);
    expect(d.drawers).toHaveLength(1);
    const at = (type: string) => d.events.findIndex((e) => e.type === type);
    expect(at('drawer')).toBeGreaterThan(at('cut'));

    // The on-screen preview is the same receipt, laid out by the printer code as SVG.
    await page.getByRole('button', { name: '小票预览' }).click();
    await expectVisible(page.getByTestId('receipt-preview').locator('svg'));
    await page.screenshot({ path: 'docs/screenshots/sales-receipt-preview.png' });
    await page.keyboard.press('Escape');

    const stock = host.app.core.sqlite.prepare('SELECT sum(qty) AS q FROM stock_balances').get() as { q: number };
    // 10 cases of each and the traced case's 6 bottles, less 2 cases and 3 bottles sold.
    expect(stock.q).toBe(480 + 6 - 48 - 3);
    expect(errors).toEqual([]);
  });
});
