// 访销 presale order end to end, as the owner at the clerk's PC: a case of 王老吉 priced 75.00 (under the brand's
// 80.00 limit) needs the owner's approval with a reason; once confirmed, a partial delivery takes the tea and one
// of three cases of water; the order list shows it under 部分出库; the store then returns the case of tea against
// the order (销退换赠) and the difference comes off its balance.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectText, expectVisible } from './helpers/expect-ui';
import type { TestHost } from './helpers/host';
import { scanLikeWedge } from './helpers/wedge';
import { openSalesRig, startOrder, STORE, TEA, TEA_CODES, WATER, type SalesRig } from './sales-seed';

let rig: SalesRig;
let host: TestHost;
let page: Page;
let errors: string[];
let number = '';

beforeAll(async () => {
  rig = await openSalesRig();
  ({ host, page, errors } = rig);
});
afterAll(async () => {
  await rig?.close();
});

const scan = async (code: string) => {
  await scanLikeWedge(page, code);
  await page.waitForTimeout(150);
};
const db = () => host.app.core.sqlite;

describe('presale order', () => {
  it('needs the owner to approve a price under the brand limit, with the reason recorded', async () => {
    await startOrder(page, '访销');
    number = ((await page.getByRole('heading', { level: 3 }).textContent()) ?? '').replace('访销 ', '');
    expect(number).toMatch(/^SO-\d{8}-\d{4}$/);
    await scan(TEA.kase);
    for (let i = 0; i < 3; i++) await scan(WATER.kase);
    await expectText(page.getByTestId('order-total'), '应收 ¥211.00');
    const tea = page.getByTestId('order-line').filter({ hasText: TEA.name });
    const price = tea.getByRole('textbox', { name: '单价 ¥' });
    await price.click();
    await price.fill('75');
    await price.press('Enter');
    await expectText(page.getByTestId('order-total'), '应收 ¥201.00');

    await page.keyboard.press('F9');
    const dialog = page.getByRole('dialog', { name: '需要店主审批' });
    await expectVisible(dialog.getByTestId('needed-approval').filter({ hasText: TEA.name }));
    await expectText(page.getByTestId('order-status'), '待审批');
    await dialog.getByRole('textbox', { name: '审批原因' }).fill('老客户年终让利');
    await page.screenshot({ path: 'docs/screenshots/sales-approval.png' });
    await dialog.getByRole('button', { name: '批准并确认' }).click();
    await expectText(page.getByTestId('order-status'), '已确认');
    const approval = db().prepare('SELECT kind, reason FROM sales_approvals').all();
    expect(approval).toEqual([{ kind: 'price_limit', reason: '老客户年终让利' }]);
    expect(errors).toEqual([]);
  });

  it('delivers part of the order: all the tea, one case of water', async () => {
    await page.keyboard.press('F10');
    await expectVisible(page.getByRole('heading', { name: new RegExp(`出库 ${number}`) }));
    const water = page.getByTestId('delivery-line').filter({ hasText: WATER.name });
    const qty = water.getByRole('textbox', { name: `${WATER.name} 本次出库数量` });
    expect(await qty.inputValue()).toBe('72');
    await qty.fill('24');
    await qty.press('Enter');
    // Trace codes scanned out: the case binds to the tea line; the same case again and a code nobody issued are
    // refused, each with its reason, and bind nothing.
    const flags = page.getByTestId('code-flags');
    await scan(TEA_CODES.kase);
    await expectVisible(flags.getByText(`${TEA_CODES.kase} 已绑定：${TEA.name}`));
    await scan(TEA_CODES.kase);
    await expectVisible(flags.getByText(new RegExp(`^${TEA_CODES.kase}：`)));
    await scan('99887766');
    await expectVisible(flags.getByText(/^99887766：/));
    expect(db().prepare('SELECT count(*) AS n FROM order_trace_codes').get()).toEqual({ n: 1 });
    await page.getByRole('button', { name: /确认出库/ }).click();
    await expectVisible(page.getByText(`${number} 已出库`));
    await expectText(water.locator('td').nth(4), '48瓶');
    await expectVisible(page.getByTestId('deliveries'));
    await page.screenshot({ path: 'docs/screenshots/sales-delivery.png' });
    const status = db().prepare('SELECT status FROM sales_orders WHERE number = ?').get(number) as { status: string };
    expect(status.status).toBe('partially_delivered');
  });

  it('lists the order under 部分出库 with its amounts', async () => {
    await page.getByRole('button', { name: '返回' }).click();
    await page.getByRole('tab', { name: '订单' }).click();
    await page.getByText('部分出库', { exact: true }).first().click();
    const table = page.getByRole('table', { name: '销售订单' });
    await expectVisible(table.getByText(number));
    await expectText(page.getByTestId('order-count'), '共 1 单');
    await expectVisible(table.getByText('201.00'));
    await page.screenshot({ path: 'docs/screenshots/sales-order-list.png' });
  });

  it('takes the case of tea back against the order: the difference comes off the balance', async () => {
    await page.getByRole('tab', { name: '退换赠' }).click();
    const orderBox = page.getByRole('textbox', { name: '原订单号（可选）' });
    await orderBox.fill(number);
    await orderBox.press('Enter');
    await expectVisible(page.getByRole('combobox', { name: '客户' }).and(page.locator(`[value*="${STORE.name}"]`)));
    await scan(TEA.kase);
    const line = page.getByTestId('return-line').filter({ hasText: TEA.name });
    await expectVisible(line);
    // Credited at the order's net price, which the clerk cannot type over.
    expect(await line.getByRole('textbox', { name: '单价 ¥' }).count()).toBe(0);
    await expectText(page.getByTestId('return-totals'), /退货金额 ¥75\.00.*差额 ¥75\.00（冲减客户应收）/);
    await page.screenshot({ path: 'docs/screenshots/sales-returns.png' });
    await page.keyboard.press('Control+Enter');
    await expectVisible(page.getByText(/RT-?\S* 已过账|已过账/));
    const ret = db().prepare('SELECT r.status, r.diff_fen AS diff, o.number FROM sales_returns r JOIN sales_orders o ON o.id = r.order_id').all();
    expect(ret).toEqual([{ status: 'posted', diff: -7500, number }]);
    expect(errors).toEqual([]);
  });

  it('signs the delivery note back with the signed image: the rest leaves and the order is delivered', async () => {
    await page.getByRole('tab', { name: '订单' }).click();
    await page.getByRole('table', { name: '销售订单' }).getByText(number).dblclick();
    await expectText(page.getByTestId('order-status'), '部分出库');
    await page.keyboard.press('F10');
    await expectVisible(page.getByRole('heading', { name: new RegExp(`出库 ${number}`) }));
    // A 1×1 PNG stands for the photo of the signed note.
    const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64');
    await page.locator('input[type="file"]').setInputFiles({ name: 'signed.png', mimeType: 'image/png', buffer: png });
    await page.getByRole('button', { name: '回单签收' }).click();
    await expectVisible(page.getByTestId('code-flags').getByText(`${number} 已回单签收`));
    await expectText(page.getByTestId('order-status'), '已出库');
    expect(db().prepare('SELECT count(*) AS n FROM delivery_attachments').get()).toEqual({ n: 1 });
    expect(errors).toEqual([]);
  });
});
