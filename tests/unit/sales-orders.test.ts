// Sales orders through core: entering (price list, units, line and order discounts, manual gifts), editing rules,
// confirmation with reservations, the three kinds, cancel, list and last prices.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addLine, createOrder, removeLine, updateLine, updateOrder } from '../../electron/core/sales/orders-edit';
import { cancelOrder } from '../../electron/core/sales/orders-close';
import { confirmOrder } from '../../electron/core/sales/orders-confirm';
import { deliverOrder } from '../../electron/core/sales/orders-deliver';
import { listOrders } from '../../electron/core/sales/orders-list';
import { getOrder, lastPrices } from '../../electron/core/sales/orders-read';
import { availableQty } from '../../electron/core/sales/reservations';
import { onHand, orderCounts, orderWorld, PRICES, reserved, type OrderWorld } from './sales-orders-fixtures';

let w: OrderWorld;
beforeEach(async () => {
  w = await orderWorld();
});
afterEach(() => w.close());

const refusal = (fn: () => unknown) => {
  try {
    fn();
  } catch (e) {
    return e as { code: string; params: Record<string, unknown> };
  }
  throw new Error('expected a refusal');
};

describe('entering an order', () => {
  it('prices lines from the customer price list in any unit, keeps unit and factor, and totals the order', () => {
    const o = createOrder(w.t.core, w.clerk, {
      kind: 'presale',
      customerId: w.tianhe,
      warehouseId: w.main,
      lines: [
        { productId: w.cola.id, unitId: w.cola.units.case, qty: 2 },
        { productId: w.cola.id, unitId: w.cola.units.box, qty: 3 },
        // Tea has no box price: the base unit's price × 6.
        { productId: w.tea.id, unitId: w.tea.units.box, qty: 1 },
      ],
    });
    expect(o.number).toMatch(/^SO-20260315-\d{4}$/);
    expect(o.status).toBe('draft');
    expect(o.salespersonName).toBe('张三');
    expect(o.lines.map((l) => [l.unitName, l.factor, l.qty, l.qtyBase, l.priceFen, l.grossFen])).toEqual([
      ['箱', 24, 2, 48, PRICES.colaCase, 2 * PRICES.colaCase],
      ['盒', 6, 3, 18, PRICES.colaBox, 3 * PRICES.colaBox],
      ['盒', 6, 1, 6, PRICES.teaBottle * 6, PRICES.teaBottle * 6],
    ]);
    expect(o.amountFen).toBe(2 * 6500 + 3 * 1700 + 2100);
    expect(o.grossFen).toBe(o.amountFen);
  });

  it('spreads the order discount over the lines with allocate so the lines sum exactly to the total', () => {
    const o = createOrder(w.t.core, w.clerk, {
      kind: 'presale',
      customerId: w.yuexiu,
      warehouseId: w.main,
      orderDiscountFen: 100,
      lines: [
        { productId: w.cola.id, qty: 1 },
        { productId: w.tea.id, qty: 1 },
        { productId: w.chips.id, qty: 1, lineDiscountFen: 50 },
      ],
    });
    // Bases 300, 350, 450 (chips 500 − 50): 100 fen over 1100 → 27.27, 31.8, 40.9 → 27, 32, 41 by largest remainder.
    expect(o.lines.map((l) => l.orderDiscountFen)).toEqual([27, 32, 41]);
    expect(o.lines.reduce((s, l) => s + l.orderDiscountFen, 0)).toBe(100);
    expect(o.lines.map((l) => l.netFen)).toEqual([273, 318, 409]);
    expect(o.amountFen).toBe(1000);
    expect(o.discountFen).toBe(150);
    expect(o.lines.reduce((s, l) => s + l.netFen, 0)).toBe(o.amountFen);
  });

  it('keeps a manual gift at zero price and no share of the order discount', () => {
    const o = createOrder(w.t.core, w.clerk, {
      kind: 'presale',
      customerId: w.yuexiu,
      warehouseId: w.main,
      orderDiscountFen: 30,
      lines: [
        { productId: w.cola.id, unitId: w.cola.units.box, qty: 1 },
        { productId: w.chips.id, qty: 2, isGift: true, priceFen: 999 },
      ],
    });
    const gift = o.lines[1]!;
    expect([gift.isGift, gift.priceFen, gift.netFen, gift.orderDiscountFen, gift.promotionId]).toEqual([true, 0, 0, 0, null]);
    expect(o.amountFen).toBe(1700 - 30);
  });

  it('refuses bad lines with a translated reason and writes nothing', () => {
    const o = createOrder(w.t.core, w.clerk, { kind: 'presale', customerId: w.yuexiu, warehouseId: w.main });
    const before = orderCounts(w);
    expect(refusal(() => addLine(w.t.core, w.clerk, { orderId: o.id, line: { productId: w.cola.id, qty: 1.5 } })).code).toBe('STOCK_QTY_INVALID');
    expect(refusal(() => addLine(w.t.core, w.clerk, { orderId: o.id, line: { productId: w.cola.id, qty: 0 } })).code).toBe('STOCK_QTY_INVALID');
    expect(refusal(() => addLine(w.t.core, w.clerk, { orderId: o.id, line: { productId: w.cola.id, qty: 1, priceFen: 2.5 } })).code).toBe('MONEY_FORMAT');
    expect(refusal(() => addLine(w.t.core, w.clerk, { orderId: o.id, line: { productId: w.cola.id, qty: 1, lineDiscountFen: 301 } })).code).toBe('SALES_DISCOUNT_TOO_BIG');
    expect(refusal(() => updateOrder(w.t.core, w.clerk, { id: o.id, orderDiscountFen: 1 })).code).toBe('SALES_ORDER_DISCOUNT_TOO_BIG');
    expect(orderCounts(w)).toEqual(before);
    // No price list: a price must be typed.
    const p = createOrder(w.t.core, w.clerk, { kind: 'presale', customerId: w.panyu, warehouseId: w.main });
    const mid = orderCounts(w);
    expect(refusal(() => addLine(w.t.core, w.clerk, { orderId: p.id, line: { productId: w.cola.id, qty: 1 } }))).toMatchObject({
      code: 'SALES_PRICE_MISSING',
      params: { product: '可口可乐 500ml', unit: '瓶' },
    });
    expect(orderCounts(w)).toEqual(mid);
    expect(addLine(w.t.core, w.clerk, { orderId: p.id, line: { productId: w.cola.id, qty: 1, priceFen: 320 } }).amountFen).toBe(320);
  });

  it('edits lines of a draft: a unit change or a gift made a sale takes the list price; removal re-totals', () => {
    let o = createOrder(w.t.core, w.clerk, { kind: 'presale', customerId: w.yuexiu, warehouseId: w.main, lines: [{ productId: w.cola.id, qty: 6 }, { productId: w.chips.id, qty: 1 }] });
    o = updateLine(w.t.core, w.clerk, { orderId: o.id, lineId: o.lines[0]!.id, unitId: w.cola.units.box, qty: 2 });
    expect(o.lines[0]).toMatchObject({ unitName: '盒', qty: 2, qtyBase: 12, priceFen: PRICES.colaBox });
    o = updateLine(w.t.core, w.clerk, { orderId: o.id, lineId: o.lines[1]!.id, isGift: true });
    expect(o.lines[1]).toMatchObject({ isGift: true, priceFen: 0, netFen: 0 });
    o = updateLine(w.t.core, w.clerk, { orderId: o.id, lineId: o.lines[1]!.id, isGift: false });
    expect(o.lines[1]).toMatchObject({ isGift: false, priceFen: PRICES.chips, netFen: PRICES.chips });
    o = removeLine(w.t.core, w.clerk, { orderId: o.id, lineId: o.lines[1]!.id });
    expect(o.lines).toHaveLength(1);
    expect(o.amountFen).toBe(2 * PRICES.colaBox);
  });
});

describe('kinds and warehouses', () => {
  it('sells presale and counter from a main warehouse and van sales from a van; drivers only from their own van', () => {
    expect(refusal(() => createOrder(w.t.core, w.clerk, { kind: 'van', customerId: w.yuexiu, warehouseId: w.main })).code).toBe('SALES_WAREHOUSE_KIND');
    expect(refusal(() => createOrder(w.t.core, w.clerk, { kind: 'presale', customerId: w.yuexiu, warehouseId: w.van })).code).toBe('SALES_WAREHOUSE_KIND');
    expect(refusal(() => createOrder(w.t.core, w.driver, { kind: 'presale', customerId: w.yuexiu, warehouseId: w.main })).code).toBe('SALES_DRIVER_KIND');
    expect(refusal(() => createOrder(w.t.core, w.driver, { kind: 'van', customerId: w.yuexiu, warehouseId: w.otherVan })).code).toBe('SALES_VAN_NOT_YOURS');
    const v = createOrder(w.t.core, w.driver, { kind: 'van', customerId: w.yuexiu, warehouseId: w.van, lines: [{ productId: w.tea.id, qty: 6 }] });
    expect(v.salespersonName).toBe('王师傅');
  });

  it('a van sale confirms and delivers at once from the van, cash collected by the driver', () => {
    const v = createOrder(w.t.core, w.driver, { kind: 'van', customerId: w.yuexiu, warehouseId: w.van, lines: [{ productId: w.tea.id, unitId: w.tea.units.case, qty: 1 }] });
    const r = confirmOrder(w.t.core, w.driver, { id: v.id, payment: { method: 'cash', amountFen: PRICES.teaCase } });
    expect(r.status).toBe('delivered');
    expect(onHand(w, w.van, w.tea.id)).toBe(24);
    const receipt = w.t.sqlite.prepare("SELECT method, amount, employee_id AS collector FROM ar_items WHERE kind = 'receipt'").get();
    expect(receipt).toEqual({ method: 'cash', amount: PRICES.teaCase, collector: w.vanDriver });
    const open = w.t.sqlite.prepare("SELECT o.open FROM ar_item_open o JOIN ar_items i ON i.id = o.item_id WHERE i.kind = 'invoice'").get() as { open: number };
    expect(open.open).toBe(0);
    expect(reserved(w, w.van, w.tea.id)).toBe(0);
  });
});

describe('confirmation and reservations', () => {
  it('reserves stock on confirmation: available = on hand − reserved; a second order cannot take the same stock', () => {
    const before = availableQty(w.t.core, w.main, w.chips.id);
    expect(before).toBe(100);
    const a = createOrder(w.t.core, w.clerk, { kind: 'presale', customerId: w.yuexiu, warehouseId: w.main, lines: [{ productId: w.chips.id, qty: 70 }] });
    expect(confirmOrder(w.t.core, w.clerk, { id: a.id }).status).toBe('confirmed');
    expect(availableQty(w.t.core, w.main, w.chips.id)).toBe(30);
    expect(onHand(w, w.main, w.chips.id)).toBe(100);
    const b = createOrder(w.t.core, w.clerk, { kind: 'presale', customerId: w.yuexiu, warehouseId: w.main, lines: [{ productId: w.chips.id, qty: 31 }] });
    const counts = orderCounts(w);
    expect(refusal(() => confirmOrder(w.t.core, w.clerk, { id: b.id }))).toMatchObject({
      code: 'SALES_RESERVE_SHORT',
      params: { needed: 31, available: 30, onHand: 100, reserved: 70 },
    });
    expect(orderCounts(w)).toEqual(counts);
    expect(getOrder(w.t.core, b.id).status).toBe('draft');
    cancelOrder(w.t.core, w.clerk, { id: a.id, reason: '客户取消' });
    expect(availableQty(w.t.core, w.main, w.chips.id)).toBe(100);
    expect(confirmOrder(w.t.core, w.clerk, { id: b.id }).status).toBe('confirmed');
  });

  it('never counts expired batches as available', () => {
    w.setToday('2026-04-25T02:00:00Z');
    // Cola: 240 of C-LATE are sellable, the 48 of C-EARLY expired on 04-20.
    expect(availableQty(w.t.core, w.main, w.cola.id)).toBe(240);
    const o = createOrder(w.t.core, w.clerk, { kind: 'presale', customerId: w.yuexiu, warehouseId: w.main, lines: [{ productId: w.cola.id, qty: 241 }] });
    expect(refusal(() => confirmOrder(w.t.core, w.clerk, { id: o.id })).code).toBe('SALES_RESERVE_SHORT');
  });

  it('a confirmed order no longer changes; cancelling releases its reservation', () => {
    const o = createOrder(w.t.core, w.clerk, { kind: 'presale', customerId: w.yuexiu, warehouseId: w.main, lines: [{ productId: w.chips.id, qty: 5 }] });
    confirmOrder(w.t.core, w.clerk, { id: o.id });
    expect(refusal(() => addLine(w.t.core, w.clerk, { orderId: o.id, line: { productId: w.chips.id, qty: 1 } }))).toMatchObject({
      code: 'SALES_ORDER_NOT_EDITABLE',
      params: { statusZh: '已确认' },
    });
    expect(reserved(w, w.main, w.chips.id)).toBe(5);
    const c = cancelOrder(w.t.core, w.clerk, { id: o.id, reason: '重复下单' });
    expect([c.status, c.closeReason]).toEqual(['cancelled', '重复下单']);
    expect(reserved(w, w.main, w.chips.id)).toBe(0);
    expect(refusal(() => cancelOrder(w.t.core, w.clerk, { id: o.id, reason: 'again' })).code).toBe('SALES_ORDER_STATUS');
  });
});

describe('reading', () => {
  it('lists by status, kind, customer, warehouse and dates, newest first, paged with a total', () => {
    const mk = (customerId: string, kind: 'presale' | 'counter') =>
      createOrder(w.t.core, w.clerk, { kind, customerId, warehouseId: w.main, lines: [{ productId: w.chips.id, qty: 1 }] });
    const a = mk(w.yuexiu, 'presale');
    const b = mk(w.tianhe, 'counter');
    w.setToday('2026-03-16T02:00:00Z');
    const c = mk(w.yuexiu, 'presale');
    confirmOrder(w.t.core, w.clerk, { id: c.id });
    expect(listOrders(w.t.core).rows.map((r) => r.id)).toEqual([c.id, b.id, a.id]);
    expect(listOrders(w.t.core, { status: 'confirmed' }).rows.map((r) => r.id)).toEqual([c.id]);
    expect(listOrders(w.t.core, { kind: 'counter' }).rows.map((r) => r.id)).toEqual([b.id]);
    expect(listOrders(w.t.core, { customerId: w.yuexiu, from: '2026-03-15', to: '2026-03-15' }).rows.map((r) => r.id)).toEqual([a.id]);
    expect(listOrders(w.t.core, { warehouseId: w.van }).total).toBe(0);
    const page = listOrders(w.t.core, { limit: 2, offset: 2 });
    expect([page.total, page.rows.map((r) => r.id)]).toEqual([3, [a.id]]);
    expect(listOrders(w.t.core, { number: c.number.slice(0, 11) }).rows.map((r) => r.id)).toEqual([c.id]);
    expect(page.rows[0]).toMatchObject({ customerName: '越秀超市', warehouseName: '总仓', salespersonName: '张三', amountFen: 500 });
  });

  it('gives the last price sold to this customer per product (not gifts, not drafts)', () => {
    const first = createOrder(w.t.core, w.clerk, { kind: 'presale', customerId: w.yuexiu, warehouseId: w.main, lines: [{ productId: w.cola.id, unitId: w.cola.units.case, qty: 1, priceFen: 6400 }] });
    deliverOrder(w.t.core, w.clerk, { orderId: confirmOrder(w.t.core, w.clerk, { id: first.id }).order.id });
    w.setToday('2026-03-16T02:00:00Z');
    const second = createOrder(w.t.core, w.clerk, {
      kind: 'presale',
      customerId: w.yuexiu,
      warehouseId: w.main,
      lines: [
        { productId: w.cola.id, unitId: w.cola.units.case, qty: 2, priceFen: 6300, lineDiscountFen: 100 },
        { productId: w.chips.id, qty: 1, isGift: true },
      ],
    });
    confirmOrder(w.t.core, w.clerk, { id: second.id });
    createOrder(w.t.core, w.clerk, { kind: 'presale', customerId: w.yuexiu, warehouseId: w.main, lines: [{ productId: w.cola.id, qty: 1, priceFen: 1 }] });
    expect(lastPrices(w.t.core, w.yuexiu, [w.cola.id, w.chips.id, w.tea.id])).toEqual([
      { productId: w.cola.id, unitId: w.cola.units.case, unitName: '箱', factor: 24, priceFen: 6300, netPriceFen: 6250, orderNumber: second.number, businessDate: '2026-03-16' },
    ]);
    expect(lastPrices(w.t.core, w.tianhe, [w.cola.id])).toEqual([]);
  });
});
