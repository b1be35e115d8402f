// Outbound trace-code scanning for sales orders, on a real database: a scanned case is checked by trace's
// checkOutbound and bound to the order line; delivering ships it to the store ('shipped' events) in the delivery's
// transaction and logs diversion for a store outside the territory. Refusals (already shipped, another
// distributor's code, wrong product, more than the line, never received, unknown, nested, another warehouse,
// waiting on another order) say why and bind nothing.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { orderCodes, scanOrderCode, unbindOrderCode } from '../../electron/core/sales/order-codes';
import { cancelOrder } from '../../electron/core/sales/orders-close';
import { confirmOrder } from '../../electron/core/sales/orders-confirm';
import { createOrder, removeLine } from '../../electron/core/sales/orders-edit';
import { deliverOrder } from '../../electron/core/sales/orders-deliver';
import { AppError } from '../../electron/core/shared/errors';
import { codeState, listDiversionAlerts } from '../../electron/core/trace';
import { confirmedOrder, fulfilmentCounts, salesWorld, type SalesWorld } from './sales-docs-fixtures';
import { receiveBlind } from './stock-fixtures';

let w: SalesWorld;
beforeEach(async () => {
  w = await salesWorld();
});
afterEach(() => w.close());

const colaCases = (n: number, customerId = w.tianhe) =>
  confirmedOrder(w, { customerId, lines: [{ productId: w.cola.id, unitId: w.cola.units.case, qty: n, priceFen: 4800 }] });

/** Runs `fn`, expects an AppError with `code` (and params), and that nothing was written. */
function refused(fn: () => unknown, code: string, params?: Record<string, unknown>) {
  const before = fulfilmentCounts(w);
  let err: unknown;
  try {
    fn();
  } catch (e) {
    err = e;
  }
  expect(err, `expected ${code}`).toBeInstanceOf(AppError);
  expect((err as AppError).code).toBe(code);
  if (params) expect((err as AppError).params).toMatchObject(params);
  expect(fulfilmentCounts(w)).toEqual(before);
}

describe('scanning codes for an order', () => {
  it('binds a case to the line, counts it, and ships it to the store on delivery', () => {
    const order = colaCases(2);
    const [k1, k2] = w.ours.cases;
    const r = scanOrderCode(w.t.core, w.clerk, { orderId: order.id, code: k1! });
    expect(r.bound).toMatchObject({ code: k1, level: 'case', qtyBase: 24, lineNo: 1, productName: '可口可乐 500ml', shipped: false });
    expect(r.warnings).toEqual([]);
    expect(r.line).toMatchObject({ qtyBase: 48, boundQtyBase: 24, shippedQtyBase: 0 });
    scanOrderCode(w.t.core, w.clerk, { orderId: order.id, code: ` ${k2!} ` });
    expect(orderCodes(w.t.core, order.id).lines[0]).toMatchObject({ boundQtyBase: 48 });

    const delivered = deliverOrder(w.t.core, w.clerk, { orderId: order.id });
    expect(delivered.status).toBe('delivered');
    const after = orderCodes(w.t.core, order.id);
    expect(after.codes.map((c) => [c.code, c.shipped])).toEqual([
      [k1, true],
      [k2, true],
    ]);
    expect(after.lines[0]).toMatchObject({ boundQtyBase: 0, shippedQtyBase: 48, deliveredQtyBase: 48 });
    for (const code of [k1!, `${k1}B2I3`]) {
      const state = codeState(w.t.core, code, code === k1 ? [] : [`${k1}B2`, k1!]);
      expect(state).toMatchObject({ status: 'at_customer', customerId: w.tianhe });
      expect(state.event).toMatchObject({ kind: 'shipped', docType: 'sales_order', docId: order.id, note: order.number });
    }
    const events = w.t.sqlite.prepare("SELECT count(*) AS n FROM outbox WHERE topic = 'trace.events' AND entity_id = ?").get(order.id) as { n: number };
    expect(events.n).toBe(1);
    // Inside the territory: no diversion logged.
    expect(listDiversionAlerts(w.t.core, { limit: 10, direction: 'out' })).toEqual([]);
  });

  it('counts a box as its six bottles, and refuses the case around a box already scanned', () => {
    const order = confirmedOrder(w, { customerId: w.tianhe, lines: [{ productId: w.cola.id, unitId: w.cola.units.box, qty: 2, priceFen: 1250 }] });
    const k1 = w.ours.cases[0]!;
    expect(scanOrderCode(w.t.core, w.clerk, { orderId: order.id, code: `${k1}B1` }).line.boundQtyBase).toBe(6);
    refused(() => scanOrderCode(w.t.core, w.clerk, { orderId: order.id, code: k1 }), 'TRACE_SCAN_CONTAINS', { inner: `${k1}B1` });
    refused(() => scanOrderCode(w.t.core, w.clerk, { orderId: order.id, code: `${k1}B1` }), 'TRACE_SCAN_DUPLICATE');
    refused(() => scanOrderCode(w.t.core, w.clerk, { orderId: order.id, code: `${k1}B1I2` }), 'TRACE_SCAN_INSIDE', { outer: `${k1}B1` });
  });

  it('refuses a code already shipped to a store', () => {
    const first = colaCases(1);
    const k1 = w.ours.cases[0]!;
    scanOrderCode(w.t.core, w.clerk, { orderId: first.id, code: k1 });
    deliverOrder(w.t.core, w.clerk, { orderId: first.id });
    const second = colaCases(1, w.yuexiu);
    refused(() => scanOrderCode(w.t.core, w.clerk, { orderId: second.id, code: k1 }), 'TRACE_AT_CUSTOMER', { code: k1, customer: '天河便利店' });
    refused(() => scanOrderCode(w.t.core, w.clerk, { orderId: second.id, code: `${k1}B3` }), 'TRACE_AT_CUSTOMER');
  });

  it("refuses another distributor's code, an unknown code and a code never received", () => {
    const order = colaCases(1);
    refused(() => scanOrderCode(w.t.core, w.clerk, { orderId: order.id, code: w.foreign.cases[0]! }), 'TRACE_FOREIGN', { registeredTo: 'D-OTHER' });
    refused(() => scanOrderCode(w.t.core, w.clerk, { orderId: order.id, code: 'NO-SUCH-CODE' }), 'TRACE_CODE_UNKNOWN');
    refused(() => scanOrderCode(w.t.core, w.clerk, { orderId: order.id, code: w.notReceived.cases[0]! }), 'TRACE_NOT_RECEIVED');
  });

  it('refuses a product the order does not have, a line of another product, and more than the line holds', () => {
    const tea = confirmedOrder(w, { customerId: w.tianhe, lines: [{ productId: w.tea.id, qty: 10, priceFen: 300 }] });
    refused(() => scanOrderCode(w.t.core, w.clerk, { orderId: tea.id, code: w.ours.cases[0]! }), 'SALES_CODE_WRONG_PRODUCT', { product: '可口可乐 500ml', number: tea.number });

    const mixed = confirmedOrder(w, {
      customerId: w.tianhe,
      lines: [
        { productId: w.tea.id, qty: 5, priceFen: 300 },
        { productId: w.cola.id, unitId: w.cola.units.box, qty: 3, priceFen: 1250 },
      ],
    });
    refused(() => scanOrderCode(w.t.core, w.clerk, { orderId: mixed.id, code: w.ours.cases[0]!, lineId: mixed.lines[0]!.id }), 'SALES_CODE_WRONG_LINE', { lineNo: 1 });
    // 3 boxes = 18 bottles: a case of 24 does not fit, a box does (three times), a fourth box does not.
    refused(() => scanOrderCode(w.t.core, w.clerk, { orderId: mixed.id, code: w.ours.cases[0]! }), 'SALES_CODE_OVER_QTY', { qty: 24, left: 18 });
    for (const b of ['B1', 'B2', 'B3']) scanOrderCode(w.t.core, w.clerk, { orderId: mixed.id, code: `${w.ours.cases[0]}${b}` });
    refused(() => scanOrderCode(w.t.core, w.clerk, { orderId: mixed.id, code: `${w.ours.cases[1]}B1` }), 'SALES_CODE_OVER_QTY', { qty: 6, left: 0 });
  });

  it('refuses a code of another batch for a line that names its batch', () => {
    receiveBlind(w, w.main, [{ productId: w.cola.id, qty: 24, batchNo: 'B2512', producedOn: '2025-12-01' }]);
    const batchId = (w.t.sqlite.prepare("SELECT id FROM batches WHERE batch_no = 'B2512'").get() as { id: string }).id;
    const order = confirmedOrder(w, { customerId: w.tianhe, lines: [{ productId: w.cola.id, unitId: w.cola.units.case, qty: 1, priceFen: 4800, batchId }] });
    refused(() => scanOrderCode(w.t.core, w.clerk, { orderId: order.id, code: w.ours.cases[0]! }), 'SALES_CODE_WRONG_BATCH', { batch: 'B2601', lineNo: 1, lineBatch: 'B2512' });
  });

  it('refuses a code in another warehouse than the order ships from', () => {
    receiveBlind(w, w.second, [{ productId: w.cola.id, qty: 48, batchNo: 'B2601', producedOn: '2026-01-10' }]);
    const order = confirmedOrder(w, { customerId: w.tianhe, warehouseId: w.second, lines: [{ productId: w.cola.id, unitId: w.cola.units.case, qty: 1, priceFen: 4800 }] });
    refused(() => scanOrderCode(w.t.core, w.clerk, { orderId: order.id, code: w.ours.cases[0]! }), 'SALES_CODE_OTHER_WAREHOUSE', { actual: '总仓', warehouse: '二号仓' });
  });

  it('keeps a code on one order at a time, and frees it when that order is cancelled', () => {
    const a = colaCases(1);
    const b = colaCases(1, w.yuexiu);
    const k1 = w.ours.cases[0]!;
    scanOrderCode(w.t.core, w.clerk, { orderId: a.id, code: k1 });
    refused(() => scanOrderCode(w.t.core, w.clerk, { orderId: b.id, code: k1 }), 'SALES_CODE_ON_OTHER_ORDER', { number: a.number });
    refused(() => scanOrderCode(w.t.core, w.clerk, { orderId: b.id, code: `${k1}B4I6` }), 'SALES_CODE_ON_OTHER_ORDER', { number: a.number });
    cancelOrder(w.t.core, w.owner, { id: a.id, reason: '客户取消' });
    expect(scanOrderCode(w.t.core, w.clerk, { orderId: b.id, code: k1 }).bound.code).toBe(k1);
    refused(() => scanOrderCode(w.t.core, w.clerk, { orderId: a.id, code: w.ours.cases[1]! }), 'SALES_CODE_ORDER_STATUS', { number: a.number, statusZh: '已取消' });
  });

  it('unbinds a waiting code, and refuses to unbind one that shipped', () => {
    const order = colaCases(1);
    const [k1, k2] = w.ours.cases;
    scanOrderCode(w.t.core, w.clerk, { orderId: order.id, code: k1! });
    expect(unbindOrderCode(w.t.core, w.clerk, { orderId: order.id, code: k1! }).codes).toEqual([]);
    refused(() => unbindOrderCode(w.t.core, w.clerk, { orderId: order.id, code: k1! }), 'SALES_CODE_NOT_BOUND');
    scanOrderCode(w.t.core, w.clerk, { orderId: order.id, code: k2! });
    deliverOrder(w.t.core, w.clerk, { orderId: order.id });
    refused(() => unbindOrderCode(w.t.core, w.clerk, { orderId: order.id, code: k2! }), 'SALES_CODE_SHIPPED');
    expect(codeState(w.t.core, k1!, []).status).toBe('in_stock');
  });
  it('a counter sale scans before confirming; confirming delivers and ships the codes; a removed line lets its codes go', () => {
    const order = createOrder(w.t.core, w.clerk, {
      kind: 'counter',
      customerId: w.tianhe,
      warehouseId: w.main,
      lines: [
        { productId: w.cola.id, unitId: w.cola.units.case, qty: 1, priceFen: 4800 },
        { productId: w.cola.id, unitId: w.cola.units.box, qty: 1, priceFen: 1250 },
      ],
    });
    const [k1, k2] = w.ours.cases;
    scanOrderCode(w.t.core, w.clerk, { orderId: order.id, code: `${k2}B1`, lineId: order.lines[1]!.id });
    removeLine(w.t.core, w.clerk, { orderId: order.id, lineId: order.lines[1]!.id });
    expect(orderCodes(w.t.core, order.id).codes).toEqual([]);
    scanOrderCode(w.t.core, w.clerk, { orderId: order.id, code: k1! });
    const r = confirmOrder(w.t.core, w.clerk, { id: order.id, payment: { method: 'cash', amountFen: 4800 } });
    expect(r.status).toBe('delivered');
    expect(orderCodes(w.t.core, order.id).codes).toEqual([expect.objectContaining({ code: k1, shipped: true })]);
    expect(codeState(w.t.core, k1!, []).status).toBe('at_customer');
    expect(codeState(w.t.core, `${k2}B1`, [k2!]).status).toBe('in_stock');
  });
});

describe('codes in the delivery transaction', () => {
  it('warns of a store outside the territory when scanning and logs the diversion when the goods ship', () => {
    const order = colaCases(1, w.foshan);
    const k1 = w.ours.cases[0]!;
    const r = scanOrderCode(w.t.core, w.clerk, { orderId: order.id, code: k1 });
    expect(r.warnings).toEqual([
      { code: 'TRACE_DIVERSION_REGION', params: { code: k1, customer: '佛山百货', region: '佛山市禅城区', allowed: '广州市' } },
    ]);
    expect(listDiversionAlerts(w.t.core, { limit: 10, direction: 'out' })).toEqual([]);
    deliverOrder(w.t.core, w.clerk, { orderId: order.id });
    expect(listDiversionAlerts(w.t.core, { limit: 10, direction: 'out' })).toEqual([
      expect.objectContaining({ direction: 'out', reason: 'region', code: k1, customerName: '佛山百货', actual: '佛山市禅城区', docType: 'sales_order', docId: order.id, warehouseId: w.main }),
    ]);
  });

  it('binds and ships codes handed to the delivery itself (scanned at the store)', () => {
    const order = colaCases(2);
    const [k1, k2] = w.ours.cases;
    deliverOrder(w.t.core, w.clerk, { orderId: order.id, codes: [k1!, `${k2}B1`, `${k2}B2`, `${k2}B3`, `${k2}B4`] });
    const codes = orderCodes(w.t.core, order.id);
    expect(codes.codes.every((c) => c.shipped)).toBe(true);
    expect(codes.lines[0]).toMatchObject({ shippedQtyBase: 48 });
    expect(codeState(w.t.core, `${k2}B4`, [k2!]).status).toBe('at_customer');
  });

  it('refuses a partial delivery smaller than what was scanned, and posts nothing', () => {
    const order = colaCases(2);
    const [k1, k2] = w.ours.cases;
    scanOrderCode(w.t.core, w.clerk, { orderId: order.id, code: k1! });
    scanOrderCode(w.t.core, w.clerk, { orderId: order.id, code: k2! });
    refused(() => deliverOrder(w.t.core, w.clerk, { orderId: order.id, lines: [{ lineId: order.lines[0]!.id, qtyBase: 24 }] }), 'SALES_CODES_OVER_DELIVERY', {
      lineNo: 1,
      bound: '48瓶',
      qty: '24瓶',
    });
    unbindOrderCode(w.t.core, w.clerk, { orderId: order.id, code: k2! });
    const partial = deliverOrder(w.t.core, w.clerk, { orderId: order.id, lines: [{ lineId: order.lines[0]!.id, qtyBase: 24 }] });
    expect(partial.status).toBe('partially_delivered');
    expect(orderCodes(w.t.core, order.id).lines[0]).toMatchObject({ shippedQtyBase: 24, boundQtyBase: 0, deliveredQtyBase: 24 });
  });

  it('refuses the whole delivery when a code handed to it is bad, and nothing ships', () => {
    const order = colaCases(2);
    refused(() => deliverOrder(w.t.core, w.clerk, { orderId: order.id, codes: [w.ours.cases[0]!, w.foreign.cases[0]!] }), 'TRACE_FOREIGN');
    expect(codeState(w.t.core, w.ours.cases[0]!, []).status).toBe('in_stock');
  });
});
