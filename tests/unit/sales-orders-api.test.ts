// salesOrders.* through the IPC client the renderer uses: roles, translated refusals that write nothing, and a
// presale order from entry to approval, confirmation, partial delivery and reversal.
import { TRPCClientError } from '@trpc/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startSession } from '../../electron/core/auth/sessions';
import type { Actor } from '../../electron/core/shared/context';
import { clientFor, type Client } from '../helpers/api';
import { orderCounts, orderWorld, type OrderWorld } from './sales-orders-fixtures';

let w: OrderWorld;
const as = (actor: Actor, lang: 'zh-CN' | 'en' = 'zh-CN'): Client => clientFor(w.t, startSession(w.t.core, actor.userId), lang);
beforeEach(async () => {
  w = await orderWorld();
});
afterEach(() => w.close());

const failure = async (p: Promise<unknown>) => {
  const e = await p.then(
    () => null,
    (err: unknown) => err,
  );
  expect(e).toBeInstanceOf(TRPCClientError);
  return e as { message: string; data: { appCode: string } };
};

describe('salesOrders API', () => {
  it('takes a presale order from entry through approval, partial delivery and reversal', async () => {
    const clerk = as(w.clerk);
    const owner = as(w.owner);
    let o = await clerk.salesOrders.create.mutate({ kind: 'presale', customerId: w.yuexiu, warehouseId: w.main });
    o = await clerk.salesOrders.addLine.mutate({ orderId: o.id, line: { productId: w.cola.id, unitId: w.cola.units.case, qty: 2, priceFen: 5800 } });
    o = await clerk.salesOrders.addLine.mutate({ orderId: o.id, line: { productId: w.chips.id, qty: 10 } });
    const pending = await clerk.salesOrders.confirm.mutate({ id: o.id });
    expect(pending.status).toBe('pending_approval');
    expect(pending.needed.map((n) => n.code)).toEqual(['SALES_PRICE_BELOW_LIMIT']);
    await owner.salesOrders.approve.mutate({ id: o.id, reason: '老客户年终让利' });
    expect((await clerk.salesOrders.confirm.mutate({ id: o.id })).status).toBe('confirmed');
    const chips = o.lines[1]!;
    const part = await clerk.salesOrders.deliver.mutate({ orderId: o.id, lines: [{ lineId: chips.id, qtyBase: 4 }] });
    expect(part.status).toBe('partially_delivered');
    const list = await as(w.accountant).salesOrders.list.query({ status: 'partially_delivered' });
    expect(list.rows.map((r) => r.number)).toEqual([o.number]);
    expect((await clerk.salesOrders.byNumber.query({ number: o.number.toLowerCase() })).id).toBe(o.id);
    const reversed = await owner.salesOrders.reverse.mutate({ id: o.id, reason: '客户退单' });
    expect(reversed.status).toBe('reversed');
    expect(reversed.lines.every((l) => l.reservedQtyBase === 0)).toBe(true);
  });

  it('refuses in the caller language and writes nothing', async () => {
    const o = await as(w.clerk).salesOrders.create.mutate({ kind: 'presale', customerId: w.yuexiu, warehouseId: w.main, lines: [{ productId: w.chips.id, qty: 101 }] });
    const before = orderCounts(w);
    const zh = await failure(as(w.clerk).salesOrders.confirm.mutate({ id: o.id }));
    expect(zh.data.appCode).toBe('SALES_RESERVE_SHORT');
    expect(zh.message).toBe('“总仓”的“薯片 原味”可用库存不足：需要 101，可用 100（在库 100，已被其他订单预留 0）');
    const en = await failure(as(w.clerk, 'en').salesOrders.confirm.mutate({ id: o.id }));
    expect(en.message).toBe('"薯片 原味" in "总仓" is short: 101 needed, 100 available (100 on hand, 0 reserved by other orders)');
    expect(orderCounts(w)).toEqual(before);
  });

  it('lets drivers sell only from their own van, owners alone approve and reverse, accountants only read', async () => {
    const driver = as(w.driver);
    const e = await failure(driver.salesOrders.create.mutate({ kind: 'van', customerId: w.yuexiu, warehouseId: w.otherVan }));
    expect(e.data.appCode).toBe('SALES_VAN_NOT_YOURS');
    const v = await driver.salesOrders.create.mutate({ kind: 'van', customerId: w.yuexiu, warehouseId: w.van, lines: [{ productId: w.tea.id, qty: 12 }] });
    const sold = await driver.salesOrders.confirm.mutate({ id: v.id, payment: { method: 'alipay', amountFen: 4200 } });
    expect(sold.status).toBe('delivered');
    expect((await failure(as(w.clerk).salesOrders.reverse.mutate({ id: v.id, reason: 'x' }))).data.appCode).toBe('FORBIDDEN');
    expect((await failure(as(w.accountant).salesOrders.create.mutate({ kind: 'presale', customerId: w.yuexiu, warehouseId: w.main }))).data.appCode).toBe('FORBIDDEN');
    expect((await as(w.accountant).salesOrders.get.query({ id: v.id })).deliveries).toHaveLength(1);
    const prices = await as(w.clerk).salesOrders.lastPrices.query({ customerId: w.yuexiu, productIds: [w.tea.id] });
    expect(prices.map((p) => [p.priceFen, p.unitName])).toEqual([[350, '瓶']]);
  });

  it('sets credit terms and the price-limit policy (owner)', async () => {
    const owner = as(w.owner);
    const terms = await owner.salesOrders.setCreditTerms.mutate({ customerId: w.tianhe, overdueDays: 15, policy: 'block' });
    expect(terms).toMatchObject({ overdueDays: 15, policy: 'block', creditLimitFen: 100_000 });
    expect((await owner.salesOrders.setSettings.mutate({ priceLimitPolicy: 'block' })).priceLimitPolicy).toBe('block');
    expect((await as(w.clerk).salesOrders.settings.query()).priceLimitPolicy).toBe('block');
    expect((await failure(as(w.clerk).salesOrders.setSettings.mutate({ priceLimitPolicy: 'approval' }))).data.appCode).toBe('FORBIDDEN');
  });
});
