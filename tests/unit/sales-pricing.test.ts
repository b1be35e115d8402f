// Price limits (限价) and the owner's approval, and promotions applied to an order (E's applyPromotions): gift lines
// at zero price with their promotion and value, discounts on lines, and the order discount after them.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { translate } from '../../electron/core/shared/messages';
import { createPromotion } from '../../electron/core/sales/promotions-manage';
import { setPriceLimitPolicy } from '../../electron/core/sales/orders-checks';
import { approveOrder, confirmOrder, orderNeeds } from '../../electron/core/sales/orders-confirm';
import { createOrder, updateLine, updateOrder } from '../../electron/core/sales/orders-edit';
import { getOrder } from '../../electron/core/sales/orders-read';
import { COLA_CASE_LIMIT, orderCounts, orderWorld, type OrderWorld } from './sales-orders-fixtures';

let w: OrderWorld;
beforeEach(async () => {
  w = await orderWorld();
});
afterEach(() => w.close());

const refusal = (fn: () => unknown) => {
  try {
    fn();
  } catch (e) {
    return e as { code: 'SALES_PRICE_BELOW_LIMIT'; params: Record<string, string | number> };
  }
  throw new Error('expected a refusal');
};

const colaCases = (priceFen: number, qty = 2, customerId = w.yuexiu) =>
  createOrder(w.t.core, w.clerk, { kind: 'presale', customerId, warehouseId: w.main, lines: [{ productId: w.cola.id, unitId: w.cola.units.case, qty, priceFen }] });

describe('price limits', () => {
  it('passes a price inside the limits, in any unit (compared per base unit)', () => {
    expect(confirmOrder(w.t.core, w.clerk, { id: colaCases(COLA_CASE_LIMIT.min).id }).status).toBe('confirmed');
    // 4 boxes at 15.00 = 2.50/瓶 = 60.00/箱: exactly the minimum.
    const boxes = createOrder(w.t.core, w.clerk, { kind: 'presale', customerId: w.yuexiu, warehouseId: w.main, lines: [{ productId: w.cola.id, unitId: w.cola.units.box, qty: 4, priceFen: 1500 }] });
    expect(confirmOrder(w.t.core, w.clerk, { id: boxes.id }).status).toBe('confirmed');
  });

  it('a clerk confirming below the minimum gets the order pending with what the owner must approve; nothing reserved', () => {
    const o = colaCases(5900);
    const r = confirmOrder(w.t.core, w.clerk, { id: o.id });
    expect(r.status).toBe('pending_approval');
    expect(r.needed).toEqual([
      expect.objectContaining({
        kind: 'price_limit',
        lineId: o.lines[0]!.id,
        code: 'SALES_PRICE_BELOW_LIMIT',
        params: expect.objectContaining({ product: '可口可乐 500ml', price: '59.00', min: '60.00', unit: '箱' }),
      }),
    ]);
    expect(translate('SALES_PRICE_BELOW_LIMIT', 'zh-CN', r.needed[0]!.params)).toBe('“可口可乐 500ml”成交价 59.00 元/箱 低于品牌限价 60.00 元/箱');
    expect(translate('SALES_PRICE_BELOW_LIMIT', 'en', r.needed[0]!.params)).toContain("below the brand's minimum of 60.00 yuan/箱");
    expect(r.order.lines[0]!.reservedQtyBase).toBe(0);
    expect(orderNeeds(w.t.core, o.id)).toHaveLength(1);
  });

  it('the owner approves with a reason (recorded: who, when, reason, line and price), then the clerk confirms', () => {
    const o = colaCases(7600);
    confirmOrder(w.t.core, w.clerk, { id: o.id });
    expect(refusal(() => approveOrder(w.t.core, w.clerk, { id: o.id, reason: '老客户' })).code).toBe('SALES_APPROVE_OWNER');
    const approved = approveOrder(w.t.core, w.owner, { id: o.id, reason: '新品上市，店家要求调高' });
    expect(approved.approvals).toEqual([
      expect.objectContaining({
        kind: 'price_limit',
        lineId: o.lines[0]!.id,
        reason: '新品上市，店家要求调高',
        approvedBy: w.owner.userId,
        approverName: w.owner.name,
        approvedAt: '2026-03-15T02:00:00.000Z',
        detail: expect.objectContaining({ priceFen: 7600, maxPriceFen: COLA_CASE_LIMIT.max, code: 'SALES_PRICE_ABOVE_LIMIT' }),
      }),
    ]);
    expect(confirmOrder(w.t.core, w.clerk, { id: o.id }).status).toBe('confirmed');
    const audit = w.t.sqlite.prepare("SELECT user_id AS userId FROM audit_log WHERE action = 'salesOrders.approve'").all();
    expect(audit).toEqual([{ userId: w.owner.userId }]);
  });

  it('an approval covers that price only: changing the line needs a new one', () => {
    const o = colaCases(5900);
    confirmOrder(w.t.core, w.clerk, { id: o.id });
    approveOrder(w.t.core, w.owner, { id: o.id, reason: '清库存' });
    updateLine(w.t.core, w.clerk, { orderId: o.id, lineId: o.lines[0]!.id, priceFen: 5000 });
    expect(getOrder(w.t.core, o.id).status).toBe('draft');
    expect(confirmOrder(w.t.core, w.clerk, { id: o.id }).status).toBe('pending_approval');
  });

  it('the order discount counts toward the selling price; an owner confirming approves inline with a reason', () => {
    const o = colaCases(6000);
    updateOrder(w.t.core, w.owner, { id: o.id, orderDiscountFen: 200 });
    expect(orderNeeds(w.t.core, o.id).map((n) => n.code)).toEqual(['SALES_PRICE_BELOW_LIMIT']);
    // Without a reason the owner gets the same answer as a clerk.
    expect(confirmOrder(w.t.core, w.owner, { id: o.id }).status).toBe('pending_approval');
    const r = confirmOrder(w.t.core, w.owner, { id: o.id, approvalReason: '整单让利' });
    expect(r.status).toBe('confirmed');
    expect(r.order.approvals.map((a) => [a.kind, a.reason])).toEqual([['price_limit', '整单让利']]);
  });

  it("under the 'block' policy a price outside the limits is refused and nothing changes", () => {
    setPriceLimitPolicy(w.t.core, w.owner, 'block');
    const o = colaCases(5900);
    const before = orderCounts(w);
    const e = refusal(() => confirmOrder(w.t.core, w.owner, { id: o.id, approvalReason: '试试' }));
    expect(e).toMatchObject({ code: 'SALES_PRICE_BELOW_LIMIT', params: { price: '59.00', min: '60.00' } });
    expect(orderCounts(w)).toEqual(before);
    expect(getOrder(w.t.core, o.id).status).toBe('draft');
  });

  it('gifts are never checked against limits', () => {
    const o = createOrder(w.t.core, w.clerk, { kind: 'presale', customerId: w.yuexiu, warehouseId: w.main, lines: [{ productId: w.cola.id, unitId: w.cola.units.case, qty: 1, isGift: true }] });
    expect(confirmOrder(w.t.core, w.clerk, { id: o.id }).status).toBe('confirmed');
  });
});

describe('promotions on an order', () => {
  it('adds buy-N-get-M gift lines at zero price with the promotion and its value, and re-derives them on change', () => {
    const promo = createPromotion(w.t.core, w.owner, {
      name: '可乐买2箱赠1盒',
      kind: 'gift',
      startsOn: '2026-03-15',
      endsOn: '2026-03-31',
      productIds: [w.cola.id],
      unitId: w.cola.units.case,
      gift: { buyQty: 2, productId: w.cola.id, unitId: w.cola.units.box, qty: 1 },
    });
    let o = colaCases(6500, 5);
    const gifts = o.lines.filter((l) => l.promotionId);
    expect(gifts.map((g) => [g.isGift, g.qtyBase, g.priceFen, g.netFen, g.promotionId, g.promoValueFen])).toEqual([[true, 12, 0, 0, promo.id, 2 * 1700]]);
    expect(o.amountFen).toBe(5 * 6500);
    o = updateLine(w.t.core, w.clerk, { orderId: o.id, lineId: o.lines[0]!.id, qty: 1 });
    expect(o.lines.filter((l) => l.promotionId)).toHaveLength(0);
    o = updateLine(w.t.core, w.clerk, { orderId: o.id, lineId: o.lines[0]!.id, qty: 4 });
    expect(o.lines.filter((l) => l.promotionId).map((g) => g.qtyBase)).toEqual([12]);
    // Gift lines leave stock: they are reserved with the order.
    const r = confirmOrder(w.t.core, w.clerk, { id: o.id });
    expect(r.order.lines.map((l) => l.reservedQtyBase)).toEqual([96, 12]);
  });

  it('records a tiered discount on the lines and spreads the order discount over what is left', () => {
    const promo = createPromotion(w.t.core, w.owner, {
      name: '满100减10',
      kind: 'tiered',
      startsOn: '2026-03-15',
      endsOn: '2026-03-31',
      productIds: [w.cola.id, w.tea.id],
      basis: 'amount',
      tiers: [{ threshold: 10_000, discountFen: 1000 }],
    });
    const o = createOrder(w.t.core, w.clerk, {
      kind: 'presale',
      customerId: w.yuexiu,
      warehouseId: w.main,
      orderDiscountFen: 50,
      lines: [
        { productId: w.cola.id, unitId: w.cola.units.case, qty: 1 },
        { productId: w.tea.id, unitId: w.tea.units.case, qty: 1 },
        { productId: w.chips.id, qty: 1 },
      ],
    });
    const [cola, tea, chips] = o.lines;
    expect([cola!.promoDiscountFen + tea!.promoDiscountFen, chips!.promoDiscountFen]).toEqual([1000, 0]);
    expect(cola!.promotionId).toBe(promo.id);
    expect(o.lines.reduce((s, l) => s + l.orderDiscountFen, 0)).toBe(50);
    expect(o.amountFen).toBe(6500 + 8000 + 500 - 1000 - 50);
    expect(o.discountFen).toBe(1050);
  });
});
