// Fulfilment from the order list: a consolidated pick list (PDF) of every confirmed order still to pick, and the
// owner reversing a delivered order (stock back, receivable cancelled, the order kept as 已冲销).
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectText, expectVisible } from './helpers/expect-ui';
import type { TestHost } from './helpers/host';
import { openSalesRig, STORE, TEA, WATER, type SalesRig } from './sales-seed';
import { ownerApi, type ApiClient } from './warehouse-seed';

let rig: SalesRig;
let host: TestHost;
let page: Page;
let errors: string[];
let api: ApiClient;
const numbers: string[] = [];

const db = () => host.app.core.sqlite;
const idOf = (sql: string, ...args: string[]) => (db().prepare(sql).get(...args) as { id: string }).id;
const onHand = (sku: string) =>
  (db().prepare('SELECT coalesce(sum(b.qty), 0) AS qty FROM stock_balances b JOIN products p ON p.id = b.product_id WHERE p.sku = ?').get(sku) as { qty: number }).qty;

beforeAll(async () => {
  rig = await openSalesRig();
  ({ host, page, errors } = rig);
  api = await ownerApi(host.url);
  const customerId = idOf('SELECT id FROM customers WHERE code = ?', STORE.code);
  const warehouseId = idOf(`SELECT id FROM warehouses WHERE kind = 'main'`);
  const caseOf = (sku: string) => idOf('SELECT u.id FROM product_units u JOIN products p ON p.id = u.product_id WHERE p.sku = ? AND u.factor = 24', sku);
  const productOf = (sku: string) => idOf('SELECT id FROM products WHERE sku = ?', sku);
  // Two presale orders: 2 + 1 cases of tea, 1 + 2 cases of water.
  for (const [tea, water] of [
    [2, 1],
    [1, 2],
  ] as const) {
    const order = await api.salesOrders.create.mutate({
      kind: 'presale',
      customerId,
      warehouseId,
      lines: [
        { productId: productOf(TEA.sku), unitId: caseOf(TEA.sku), qty: tea },
        { productId: productOf(WATER.sku), unitId: caseOf(WATER.sku), qty: water },
      ],
    });
    await api.salesOrders.confirm.mutate({ id: order.id });
    numbers.push(order.number);
  }
});
afterAll(async () => {
  await rig?.close();
});

describe('fulfilment from the order list', () => {
  it('downloads one pick list for all confirmed orders, totals in cases', async () => {
    await page.getByRole('link', { name: /销售/ }).click();
    await page.getByRole('tab', { name: '订单' }).click();
    await page.getByRole('button', { name: '拣货单' }).click();
    const dialog = page.getByRole('dialog', { name: '合并拣货单' });
    await expectVisible(dialog);
    const [download] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: '下载拣货单 PDF' }).click()]);
    expect(download.suggestedFilename()).toMatch(/\.pdf$/);
    const file = join(mkdtempSync(join(tmpdir(), 'dms-pick-')), 'pick.pdf');
    await download.saveAs(file);
    const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
    expect(text).toContain(TEA.name);
    expect(text).toContain(WATER.name);
    // 3 cases of each over the two orders, both order numbers listed.
    expect(text).toMatch(/3\s*箱/);
    for (const n of numbers) expect(text).toContain(n);
    execFileSync('pdftoppm', ['-png', '-r', '60', '-singlefile', file, 'docs/screenshots/sales-pick-list']);
    expect(errors).toEqual([]);
  });

  it('lets the owner reverse a delivered order: stock comes back, the order shows 已冲销', async () => {
    const before = onHand(TEA.sku);
    const id = idOf('SELECT id FROM sales_orders WHERE number = ?', numbers[0] ?? '');
    await api.salesOrders.deliver.mutate({ orderId: id });
    expect(onHand(TEA.sku)).toBe(before - 48);
    await page.getByRole('textbox', { name: '单号' }).fill(numbers[0] ?? '');
    await page.getByText(numbers[0] ?? '', { exact: true }).dblclick();
    await expectText(page.getByTestId('order-status'), '已出库');
    await page.getByRole('button', { name: '冲销' }).click();
    const dialog = page.getByRole('dialog', { name: `冲销订单 ${numbers[0]}` });
    await dialog.getByRole('textbox', { name: '冲销原因' }).fill('送错门店');
    await dialog.getByRole('button', { name: '确认冲销' }).click();
    await expectVisible(page.getByText(`${numbers[0]} 已冲销`));
    await expectText(page.getByTestId('order-status'), '已冲销');
    expect(onHand(TEA.sku)).toBe(before);
    const ar = db().prepare(`SELECT coalesce(sum(amount), 0) AS balance FROM ar_entries`).get() as { balance: number };
    expect(ar.balance).toBe(0);
    expect(errors).toEqual([]);
  });
});
