// salesReturns.* through the IPC client the renderer uses: roles, translated refusals that write nothing, what an
// order can still take back, the prices a return without its order takes, list and get.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { confirmOrder } from '../../electron/core/sales/orders-confirm';
import { deliverOrder } from '../../electron/core/sales/orders-deliver';
import { createOrder } from '../../electron/core/sales/orders-edit';
import { clientFor, quickSession, type Client } from '../helpers/api';
import { orderWorld, type OrderWorld } from './sales-orders-fixtures';

let w: OrderWorld;
beforeEach(async () => {
  w = await orderWorld();
});
afterEach(() => w.close());

const as = async (role: 'owner' | 'accountant' | 'clerk' | 'driver', lang: 'zh-CN' | 'en' = 'zh-CN'): Promise<Client> => clientFor(w.t, await quickSession(w.t, role), lang);
const rows = (table: string) => (w.t.sqlite.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;

function deliveredCola() {
  const o = createOrder(w.t.core, w.clerk, { kind: 'presale', customerId: w.yuexiu, warehouseId: w.main, lines: [{ productId: w.cola.id, unitId: w.cola.units.case, qty: 1 }] });
  confirmOrder(w.t.core, w.clerk, { id: o.id });
  return deliverOrder(w.t.core, w.clerk, { orderId: o.id });
}

describe('salesReturns API', () => {
  it('a clerk returns against the order, the accountant reads, only the owner reverses', async () => {
    const o = deliveredCola();
    const clerk = await as('clerk');
    const accountant = await as('accountant');
    const returnable = await clerk.salesReturns.returnable.query({ orderId: o.id });
    expect(returnable.lines).toEqual([expect.objectContaining({ productName: '可口可乐 500ml', unitName: '箱', deliveredQtyBase: 24, returnedQtyBase: 0, openQtyBase: 24, netPriceFen: 6500 })]);
    const prices = await clerk.salesReturns.prices.query({ customerId: w.yuexiu, productIds: [w.cola.id, w.tea.id] });
    expect(prices).toEqual([expect.objectContaining({ productId: w.cola.id, unitName: '箱', netPriceFen: 6500, orderNumber: o.number })]);

    const draft = await clerk.salesReturns.create.mutate({
      customerId: w.yuexiu,
      warehouseId: w.main,
      orderId: o.id,
      reason: '破损',
      lines: [{ kind: 'return', orderLineId: returnable.lines[0]!.orderLineId, unitId: w.cola.units.bottle, qty: 6 }],
    });
    expect(draft).toMatchObject({ status: 'draft', returnFen: 1625, customerName: '越秀超市' });
    await expect(accountant.salesReturns.post.mutate({ id: draft.id })).rejects.toThrow(/无权/);
    const posted = await clerk.salesReturns.post.mutate({ id: draft.id });
    expect(posted).toMatchObject({ status: 'posted', diffFen: -1625 });
    expect(posted.arDocNo).toMatch(/^CR-20260315-\d{4}$/);
    expect((await accountant.salesReturns.list.query({ customerId: w.yuexiu })).rows.map((r) => r.number)).toEqual([posted.number]);
    expect((await accountant.salesReturns.get.query({ id: posted.id })).lines[0]).toMatchObject({ qty: 6, unitName: '瓶', amountFen: 1625 });

    await expect(clerk.salesReturns.reverse.mutate({ id: posted.id, reason: '录错' })).rejects.toThrow(/无权/);
    const owner = await as('owner');
    expect(await owner.salesReturns.reverse.mutate({ id: posted.id, reason: '录错' })).toMatchObject({ status: 'reversed' });
  });

  it('refuses returning more than delivered in the caller’s language, naming the line, and writes nothing', async () => {
    const o = deliveredCola();
    const before = ['sales_returns', 'stock_moves', 'ar_items', 'audit_log'].map(rows);
    const input = {
      customerId: w.yuexiu,
      warehouseId: w.main,
      orderId: o.id,
      post: true,
      lines: [{ kind: 'return' as const, orderLineId: o.lines[0]!.id, qty: 2 }],
    };
    const zh = await (await as('clerk')).salesReturns.create.mutate(input).catch((e: unknown) => e as { message: string; data: { appCode: string } });
    expect(zh).toMatchObject({ message: '“可口可乐 500ml”最多还能退 24（已发货 24，已退 0，基本单位），本次要退 48', data: { appCode: 'SALES_RETURN_TOO_MANY', details: { field: 'lines.0' } } });
    const en = await (await as('clerk', 'en')).salesReturns.create.mutate(input).catch((e: unknown) => e as Error);
    expect((en as Error).message).toBe('At most 24 of "可口可乐 500ml" can still be returned (24 delivered, 0 already returned, base units); 48 asked');
    // A driver (not linked to a van here) may not take goods back into the main warehouse.
    await expect((await as('driver')).salesReturns.create.mutate({ ...input, lines: [{ kind: 'return', orderLineId: o.lines[0]!.id, qty: 1 }] })).rejects.toThrow(
      '司机只能把退换货记在自己的车上',
    );
    expect(['sales_returns', 'stock_moves', 'ar_items', 'audit_log'].map(rows)).toEqual(before);
  });
});
