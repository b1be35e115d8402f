// Store rebates (the distributor's own policies for its stores) on the sell-out basis: delivered order lines at what
// the store pays, net of posted returns; a return drops the store below its tier. Closing credits the store's
// rebate account; paying out is a credit on its receivable or goods it takes on a later order.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { closePeriod, recomputeAccruals } from '../../electron/core/rebates/accruals';
import { createPolicy } from '../../electron/core/rebates/policies';
import { rebateStatement } from '../../electron/core/rebates/statement';
import { consumeGoodsEntitlement, goodsOwed, payStoreRebate, releaseGoodsEntitlement } from '../../electron/core/rebates/store';
import { customerBalance } from '../../electron/core/finance';
import { confirmOrder } from '../../electron/core/sales/orders-confirm';
import { deliverOrder } from '../../electron/core/sales/orders-deliver';
import { addLine, createOrder } from '../../electron/core/sales/orders-edit';
import { reverseOrder } from '../../electron/core/sales/orders-close';
import { createReturn } from '../../electron/core/sales/returns-post';
import { errorOf, rebateCounts } from './rebates-fixtures';
import { orderWorld, type OrderWorld } from './sales-orders-fixtures';

let w: OrderWorld;
beforeEach(async () => {
  w = await orderWorld();
});
afterEach(() => w.close());

function sell(lines: { productId: string; unitId: string; qty: number }[]) {
  const o = createOrder(w.t.core, w.clerk, { kind: 'presale', customerId: w.tianhe, warehouseId: w.main, lines });
  confirmOrder(w.t.core, w.clerk, { id: o.id });
  return deliverOrder(w.t.core, w.clerk, { orderId: o.id });
}

const storePolicy = (code: string, settlement: 'credit' | 'goods' = 'credit') =>
  createPolicy(w.t.core, w.owner, {
    code,
    name: settlement === 'credit' ? '门店月度进货返利' : '门店陈列返货',
    scope: 'store',
    brandId: w.brandId,
    customerId: w.tianhe,
    version: {
      validFrom: '2026-01-01',
      periodKind: 'month',
      basis: 'sellout',
      measure: 'quantity',
      kind: 'tiered',
      tierMode: 'whole',
      tiers: [
        { from: 5, value: 200 },
        { from: 10, value: 300 },
      ],
      settlement,
      goodsProductId: settlement === 'goods' ? w.chips.id : null,
    },
  }).policy;

describe('store rebates', () => {
  it('a return drops the store below the tier; closing credits its account; paid as a receivable credit', () => {
    const p = storePolicy('MD-01');
    const order = sell([
      { productId: w.cola.id, unitId: w.cola.units.case, qty: 8 },
      { productId: w.tea.id, unitId: w.tea.units.case, qty: 2 },
    ]);
    // 10 cases: tier 2, 10 × ¥3 = ¥30.00; the basis is what the store pays: 8 × ¥65 + 2 × ¥80 = ¥680.00
    const [a] = recomputeAccruals(w.t.core, w.owner, { periodKey: '2026-03' });
    expect(a).toMatchObject({ partyId: w.tianhe, basisAmount: 68_000, basisQty: 10, tierNo: 2, amount: 3_000 });

    const colaLine = order.lines.find((l) => l.productId === w.cola.id)!;
    w.setToday('2026-03-20T02:00:00Z');
    createReturn(w.t.core, w.clerk, { customerId: w.tianhe, warehouseId: w.main, orderId: order.id, lines: [{ kind: 'return', condition: 'saleable', orderLineId: colaLine.id, unitId: w.cola.units.case, qty: 1 }], post: true });
    // 9 cases: back to tier 1, 9 × ¥2 = ¥18.00
    expect(recomputeAccruals(w.t.core, w.owner, { periodKey: '2026-03' })[0]).toMatchObject({ basisAmount: 61_500, basisQty: 9, tierNo: 1, amount: 1_800 });

    w.setToday('2026-04-02T02:00:00Z');
    const before = rebateCounts(w);
    expect(errorOf(() => payStoreRebate(w.t.core, w.owner, { policyId: p.id, periodKey: '2026-03', customerId: w.tianhe })).code).toBe('REBATE_NOTHING_TO_PAY');
    expect(rebateCounts(w)).toEqual(before);
    closePeriod(w.t.core, w.owner, { periodKey: '2026-03' });
    const owedBefore = customerBalance(w.t.core, w.tianhe);
    const paid = payStoreRebate(w.t.core, w.owner, { policyId: p.id, periodKey: '2026-03', customerId: w.tianhe });
    expect(paid.arDocNo).toMatch(/^CR-20260402-/);
    // The store owes ¥18.00 less.
    expect(customerBalance(w.t.core, w.tianhe)).toBe(owedBefore - 1_800);
    expect(errorOf(() => payStoreRebate(w.t.core, w.owner, { policyId: p.id, periodKey: '2026-03', customerId: w.tianhe })).code).toBe('REBATE_ALREADY_PAID');

    const s = rebateStatement(w.t.core, { accountKind: 'store', accountId: w.tianhe, periodKey: '2026-Q1' });
    expect(s).toMatchObject({ accountName: '天河便利店', accrued: 1_800, credits: 1_800, uses: 0, closing: 1_800 });
    const april = rebateStatement(w.t.core, { accountKind: 'store', accountId: w.tianhe, periodKey: '2026-04' });
    expect(april).toMatchObject({ opening: 1_800, uses: 1_800, closing: 0 });
  });

  it('paid as goods: an entitlement the next order takes as gift lines, oldest first, given back if that order is cancelled', () => {
    const p = storePolicy('MD-02', 'goods');
    sell([{ productId: w.cola.id, unitId: w.cola.units.case, qty: 5 }]);
    w.setToday('2026-04-02T02:00:00Z');
    closePeriod(w.t.core, w.owner, { periodKey: '2026-03' });
    const { entitlement } = payStoreRebate(w.t.core, w.owner, { policyId: p.id, periodKey: '2026-03', customerId: w.tianhe, qtyBase: 6 });
    expect(entitlement).toMatchObject({ productId: w.chips.id, qtyBase: 6, valueFen: 1_000 });
    const before = rebateCounts(w);
    expect(errorOf(() => consumeGoodsEntitlement(w.t.core, w.clerk, { customerId: w.tianhe, productId: w.chips.id, qtyBase: 7, orderId: 'SO-X' })).code).toBe('REBATE_ENTITLEMENT_LOW');
    expect(rebateCounts(w)).toEqual(before);
    const taken = consumeGoodsEntitlement(w.t.core, w.clerk, { customerId: w.tianhe, productId: w.chips.id, qtyBase: 4, orderId: 'order-1', orderNo: 'SO-20260402-0001' });
    // ¥10.00 over 6 bags: 4 bags carry ¥6.67
    expect(taken).toEqual([{ entitlementId: entitlement!.id, policyId: p.id, qtyBase: 4, valueFen: 667 }]);
    expect(goodsOwed(w.t.core, w.tianhe)[0]).toMatchObject({ productName: '薯片 原味', remainingQty: 2 });
    expect(releaseGoodsEntitlement(w.t.core, w.clerk, { orderId: 'order-1' })).toBe(4);
    expect(goodsOwed(w.t.core, w.tianhe)[0]!.remainingQty).toBe(6);
  });
  it('paid as goods on a later order: a 返利货 gift line is checked when added, used on delivery, given back on reversal', () => {
    const p = storePolicy('MD-03', 'goods');
    sell([{ productId: w.cola.id, unitId: w.cola.units.case, qty: 5 }]);
    w.setToday('2026-04-02T02:00:00Z');
    closePeriod(w.t.core, w.owner, { periodKey: '2026-03' });
    payStoreRebate(w.t.core, w.owner, { policyId: p.id, periodKey: '2026-03', customerId: w.tianhe, qtyBase: 6 });

    const order = createOrder(w.t.core, w.clerk, { kind: 'presale', customerId: w.tianhe, warehouseId: w.main, lines: [{ productId: w.cola.id, unitId: w.cola.units.case, qty: 1 }] });
    // More than the store is owed: refused, the order unchanged.
    const before = rebateCounts(w);
    const tooMany = errorOf(() => addLine(w.t.core, w.clerk, { orderId: order.id, line: { productId: w.chips.id, unitId: w.chips.units.bottle, qty: 7, rebateGoods: true } }));
    expect(tooMany.code).toBe('REBATE_ENTITLEMENT_LOW');
    expect(tooMany.params).toMatchObject({ available: 6, needed: 7 });
    expect(rebateCounts(w)).toEqual(before);

    // Four bags as rebate goods: a zero-price gift, nothing used until the goods leave.
    const withGoods = addLine(w.t.core, w.clerk, { orderId: order.id, line: { productId: w.chips.id, unitId: w.chips.units.bottle, qty: 4, rebateGoods: true } });
    const goodsLine = withGoods.lines.find((l) => l.rebateGoods)!;
    expect(goodsLine).toMatchObject({ isGift: true, priceFen: 0, netFen: 0, qtyBase: 4 });
    expect(withGoods.amountFen).toBe(6_500);
    expect(goodsOwed(w.t.core, w.tianhe)[0]!.remainingQty).toBe(6);
    confirmOrder(w.t.core, w.clerk, { id: order.id });
    deliverOrder(w.t.core, w.clerk, { orderId: order.id });
    expect(goodsOwed(w.t.core, w.tianhe)[0]!.remainingQty).toBe(2);

    reverseOrder(w.t.core, w.owner, { id: order.id, reason: '送错货' });
    expect(goodsOwed(w.t.core, w.tianhe)[0]!.remainingQty).toBe(6);
  });
});
