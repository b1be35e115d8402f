// Delivery: stock out first-expiring-first on a 'sale' document, the invoice (due by the customer's terms), the
// receipt when paid on the spot, order status, outbox and audit — in one transaction; partial delivery; expired
// stock never sold; refusals (short stock, closed period, wrong quantities) that write nothing; reversal.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { customerBalance, ledgerBalance, verifyLedger } from '../../electron/core/finance/balances';
import { expectedCash } from '../../electron/core/finance/handover';
import { closePeriod } from '../../electron/core/finance/periods';
import { cancelOrder, reverseOrder } from '../../electron/core/sales/orders-close';
import { confirmOrder } from '../../electron/core/sales/orders-confirm';
import { deliverOrder } from '../../electron/core/sales/orders-deliver';
import { createOrder, type CreateOrderInput } from '../../electron/core/sales/orders-edit';
import { getOrder } from '../../electron/core/sales/orders-read';
import { createReturn } from '../../electron/core/sales/returns-post';
import { reverseReturn } from '../../electron/core/sales/returns-reverse';
import { createAdjustment } from '../../electron/core/stock/adjustments';
import { checkLedger } from '../../electron/core/stock/check';
import { onHand, orderCounts, orderWorld, reserved, type OrderWorld } from './sales-orders-fixtures';

let w: OrderWorld;
beforeEach(async () => {
  w = await orderWorld();
});
afterEach(() => w.close());

const refusal = (fn: () => unknown) => {
  try {
    fn();
  } catch (e) {
    return e as { code: string; params: Record<string, string | number> };
  }
  throw new Error('expected a refusal');
};

function confirmed(input: Partial<CreateOrderInput> & Pick<CreateOrderInput, 'lines'>) {
  const o = createOrder(w.t.core, w.clerk, { kind: 'presale', customerId: w.tianhe, warehouseId: w.main, ...input });
  const r = confirmOrder(w.t.core, w.clerk, { id: o.id });
  expect(r.status).toBe('confirmed');
  return r.order;
}

const movesOf = (docId: string) =>
  w.t.sqlite
    .prepare('SELECT b.batch_no AS batch, m.qty FROM stock_moves m JOIN batches b ON b.id = m.batch_id WHERE m.doc_id = ? ORDER BY m.rowid')
    .all(docId) as { batch: string; qty: number }[];

describe('delivering a presale order', () => {
  it('posts stock out by FEFO, the invoice due by the terms, the status, outbox and audit rows together', () => {
    const o = confirmed({ lines: [{ productId: w.cola.id, unitId: w.cola.units.case, qty: 3 }, { productId: w.chips.id, qty: 2, isGift: true }] });
    const d = deliverOrder(w.t.core, w.clerk, { orderId: o.id });
    expect(d.status).toBe('delivered');
    expect(d.deliveredFen).toBe(3 * 6500);
    const delivery = d.deliveries[0]!;
    expect(delivery.stockDocNumber).toMatch(/^XS-20260315-\d{4}$/);
    // 72 bottles: the 48 of C-EARLY (expires 2026-04-20) first, then 24 of C-LATE; the gift chips leave too.
    const docId = delivery.stockDocId;
    expect(movesOf(docId)).toEqual([
      { batch: 'C-EARLY', qty: -48 },
      { batch: 'C-LATE', qty: -24 },
      { batch: 'P1', qty: -2 },
    ]);
    const invoice = w.t.sqlite.prepare('SELECT kind, amount, due_date AS dueDate, source_type AS sourceType, source_no AS sourceNo FROM ar_items WHERE id = ?').get(delivery.invoiceItemId);
    expect(invoice).toEqual({ kind: 'invoice', amount: 19_500, dueDate: '2026-04-14', sourceType: 'delivery', sourceNo: o.number });
    expect(customerBalance(w.t.core, w.tianhe)).toBe(19_500);
    expect(reserved(w, w.main, w.cola.id)).toBe(0);
    const topics = (w.t.sqlite.prepare('SELECT topic FROM outbox ORDER BY seq DESC LIMIT 3').all() as { topic: string }[]).map((r) => r.topic);
    expect(topics.sort()).toEqual(['finance.invoice.posted', 'sales.order.delivered', 'stock.document.posted']);
    expect(w.t.sqlite.prepare("SELECT count(*) AS n FROM audit_log WHERE action = 'salesOrders.deliver' AND entity_id = ?").get(o.id)).toEqual({ n: 1 });
    expect(checkLedger(w.t.core).ok).toBe(true);
  });

  it('delivers part of an order: the rest stays reserved; amounts add up to each line exactly', () => {
    // 7 bottles at 3.00 with 1.00 off: net 20.00, not divisible by 7.
    const o = confirmed({ lines: [{ productId: w.cola.id, qty: 7, lineDiscountFen: 100 }, { productId: w.chips.id, qty: 10 }] });
    const [cola, chips] = o.lines;
    const d1 = deliverOrder(w.t.core, w.clerk, { orderId: o.id, lines: [{ lineId: cola!.id, qtyBase: 3 }, { lineId: chips!.id, qtyBase: 10 }] });
    expect(d1.status).toBe('partially_delivered');
    expect(d1.deliveries[0]!.amountFen).toBe(857 + 5000);
    expect(reserved(w, w.main, w.cola.id)).toBe(4);
    expect(reserved(w, w.main, w.chips.id)).toBe(0);
    const d2 = deliverOrder(w.t.core, w.clerk, { orderId: o.id, lines: [{ lineId: cola!.id, qtyBase: 2 }] });
    const d3 = deliverOrder(w.t.core, w.clerk, { orderId: o.id });
    expect(d3.status).toBe('delivered');
    expect(d3.deliveries.map((x) => x.amountFen)).toEqual([5857, 572, 571]);
    expect(d3.deliveredFen).toBe(o.amountFen);
    expect(d2.lines[0]!.deliveredQtyBase).toBe(5);
    expect(customerBalance(w.t.core, w.tianhe)).toBe(o.amountFen);
    // A line delivered in base units keeps its unit on the order; the stock document says what left.
    expect(reserved(w, w.main, w.cola.id)).toBe(0);
  });

  it('refuses wrong quantities and writes nothing', () => {
    const o = confirmed({ lines: [{ productId: w.chips.id, qty: 5 }] });
    const before = orderCounts(w);
    const line = o.lines[0]!.id;
    expect(refusal(() => deliverOrder(w.t.core, w.clerk, { orderId: o.id, lines: [{ lineId: line, qtyBase: 6 }] }))).toMatchObject({ code: 'SALES_DELIVER_QTY', params: { product: '薯片 原味', qty: 6, open: 5 } });
    expect(refusal(() => deliverOrder(w.t.core, w.clerk, { orderId: o.id, lines: [{ lineId: line, qtyBase: 1.5 }] })).code).toBe('SALES_DELIVER_QTY');
    expect(refusal(() => deliverOrder(w.t.core, w.clerk, { orderId: o.id, lines: [{ lineId: 'x', qtyBase: 1 }] })).code).toBe('SALES_LINE_NOT_FOUND');
    expect(refusal(() => deliverOrder(w.t.core, w.clerk, { orderId: o.id, payment: { method: 'cash', amountFen: 2501 } })).code).toBe('SALES_PAYMENT_TOO_BIG');
    expect(orderCounts(w)).toEqual(before);
    const draft = createOrder(w.t.core, w.clerk, { kind: 'presale', customerId: w.tianhe, warehouseId: w.main, lines: [{ productId: w.chips.id, qty: 1 }] });
    expect(refusal(() => deliverOrder(w.t.core, w.clerk, { orderId: draft.id }))).toMatchObject({ code: 'SALES_ORDER_STATUS', params: { statusZh: '草稿' } });
  });

  it('never sells an expired batch: after C-EARLY expires the delivery takes only C-LATE', () => {
    const o = confirmed({ lines: [{ productId: w.cola.id, qty: 30 }] });
    w.setToday('2026-04-21T02:00:00Z');
    const d = deliverOrder(w.t.core, w.clerk, { orderId: o.id });
    expect(movesOf(d.deliveries[0]!.stockDocId)).toEqual([{ batch: 'C-LATE', qty: -30 }]);
  });

  it('refuses a delivery when only expired stock is left, naming it, and writes nothing', () => {
    // Take C-LATE away so only the 48 of C-EARLY remain, then let them expire.
    createAdjustment(w.t.core, w.owner, { warehouseId: w.main, kind: 'damage', reason: '仓库漏水', lines: [{ productId: w.cola.id, qty: 240, batchId: batchId('C-LATE') }] });
    const o = confirmed({ lines: [{ productId: w.cola.id, qty: 10 }] });
    w.setToday('2026-04-21T02:00:00Z');
    const before = orderCounts(w);
    expect(refusal(() => deliverOrder(w.t.core, w.clerk, { orderId: o.id }))).toMatchObject({ code: 'STOCK_EXPIRED_ONLY', params: { needed: 10, available: 0, expired: 48 } });
    expect(orderCounts(w)).toEqual(before);
    expect(getOrder(w.t.core, o.id).status).toBe('confirmed');
  });

  it('refuses a delivery when the stock is gone (damaged after confirmation) and writes nothing', () => {
    const o = confirmed({ lines: [{ productId: w.chips.id, qty: 90 }] });
    createAdjustment(w.t.core, w.owner, { warehouseId: w.main, kind: 'damage', reason: '鼠咬', lines: [{ productId: w.chips.id, qty: 20 }] });
    const before = orderCounts(w);
    expect(refusal(() => deliverOrder(w.t.core, w.clerk, { orderId: o.id }))).toMatchObject({ code: 'STOCK_INSUFFICIENT', params: { needed: 90, available: 80 } });
    expect(orderCounts(w)).toEqual(before);
  });

  it('refuses a delivery dated in a closed period and writes nothing', () => {
    const o = confirmed({ lines: [{ productId: w.chips.id, qty: 1 }] });
    closePeriod(w.t.core, w.owner, '2026-02');
    const before = orderCounts(w);
    expect(refusal(() => deliverOrder(w.t.core, w.clerk, { orderId: o.id, businessDate: '2026-02-28' }))).toMatchObject({ code: 'PERIOD_CLOSED', params: { month: '2026-02' } });
    expect(orderCounts(w)).toEqual(before);
    expect(deliverOrder(w.t.core, w.clerk, { orderId: o.id, businessDate: '2026-03-14' }).deliveries[0]!.businessDate).toBe('2026-03-14');
  });

  it('cash on delivery: the delivering driver collects it, allocated to the invoice and counted in his handover', () => {
    const o = confirmed({ lines: [{ productId: w.tea.id, unitId: w.tea.units.case, qty: 1 }] });
    deliverOrder(w.t.core, w.driver, { orderId: o.id, payment: { method: 'cash', amountFen: 5000 } });
    const cash = expectedCash(w.t.core, w.vanDriver, '2026-03-15');
    expect(cash.receipts.map((r) => [r.customerName, r.amount, r.sourceType])).toEqual([['天河便利店', 5000, 'delivery']]);
    expect(customerBalance(w.t.core, w.tianhe)).toBe(3000);
  });

  it('a counter sale paid by WeChat delivers at once from the main warehouse, invoice settled', () => {
    const o = createOrder(w.t.core, w.clerk, { kind: 'counter', customerId: w.yuexiu, warehouseId: w.main, lines: [{ productId: w.chips.id, qty: 4 }] });
    const r = confirmOrder(w.t.core, w.clerk, { id: o.id, payment: { method: 'wechat', amountFen: 2000, reference: 'WX420000' } });
    expect(r.status).toBe('delivered');
    expect(onHand(w, w.main, w.chips.id)).toBe(96);
    expect(customerBalance(w.t.core, w.yuexiu)).toBe(0);
    expect(w.t.sqlite.prepare("SELECT method, reference, source_type AS s FROM ar_items WHERE kind = 'receipt'").get()).toEqual({ method: 'wechat', reference: 'WX420000', s: 'counter_sale' });
  });
});

const batchId = (no: string) => (w.t.sqlite.prepare('SELECT id FROM batches WHERE batch_no = ?').get(no) as { id: string }).id;

describe('reversal and cancellation', () => {
  it('reverses a delivered order: stock back, a credit note allocated to the invoice, balance back to zero', () => {
    const o = confirmed({ lines: [{ productId: w.cola.id, unitId: w.cola.units.case, qty: 1 }] });
    deliverOrder(w.t.core, w.clerk, { orderId: o.id });
    expect(onHand(w, w.main, w.cola.id)).toBe(264);
    expect(refusal(() => reverseOrder(w.t.core, w.clerk, { id: o.id, reason: '送错' })).code).toBe('SALES_REVERSE_OWNER');
    const r = reverseOrder(w.t.core, w.owner, { id: o.id, reason: '客户拒收' });
    expect([r.status, r.deliveredFen, r.closeReason, r.deliveries[0]!.reversed]).toEqual(['reversed', 0, '客户拒收', true]);
    expect(onHand(w, w.main, w.cola.id)).toBe(288);
    expect(customerBalance(w.t.core, w.tianhe)).toBe(0);
    expect(ledgerBalance(w.t.core, w.tianhe)).toBe(0);
    expect(verifyLedger(w.t.core)).toEqual([]);
    const credit = w.t.sqlite.prepare("SELECT amount, source_type AS s, source_no AS no FROM ar_items WHERE kind = 'credit'").get();
    expect(credit).toEqual({ amount: 6500, s: 'sale_reversal', no: o.number });
    expect(checkLedger(w.t.core).ok).toBe(true);
  });

  it('a reversed order cannot be reversed, delivered or cancelled again, and nothing is written', () => {
    const o = confirmed({ lines: [{ productId: w.chips.id, qty: 3 }] });
    deliverOrder(w.t.core, w.clerk, { orderId: o.id });
    reverseOrder(w.t.core, w.owner, { id: o.id, reason: '录错客户' });
    const before = orderCounts(w);
    expect(refusal(() => reverseOrder(w.t.core, w.owner, { id: o.id, reason: 'again' })).code).toBe('SALES_ALREADY_REVERSED');
    expect(refusal(() => deliverOrder(w.t.core, w.clerk, { orderId: o.id })).code).toBe('SALES_ORDER_STATUS');
    expect(refusal(() => cancelOrder(w.t.core, w.clerk, { id: o.id, reason: 'x' })).code).toBe('SALES_ORDER_STATUS');
    expect(orderCounts(w)).toEqual(before);
  });

  it('refuses to reverse an order while a posted return took some of its goods back, and writes nothing', () => {
    const o = confirmed({ lines: [{ productId: w.chips.id, qty: 10 }] });
    deliverOrder(w.t.core, w.clerk, { orderId: o.id });
    const ret = createReturn(w.t.core, w.clerk, { customerId: w.tianhe, warehouseId: w.main, orderId: o.id, post: true, lines: [{ kind: 'return', orderLineId: o.lines[0]!.id, qty: 2 }] });
    const before = orderCounts(w);
    expect(refusal(() => reverseOrder(w.t.core, w.owner, { id: o.id, reason: '整单退回' }))).toMatchObject({ code: 'SALES_REVERSE_HAS_RETURNS', params: { number: o.number } });
    expect(orderCounts(w)).toEqual(before);
    reverseReturn(w.t.core, w.owner, { id: ret.id, reason: '改为整单冲销' });
    expect(reverseOrder(w.t.core, w.owner, { id: o.id, reason: '整单退回' }).status).toBe('reversed');
    expect(onHand(w, w.main, w.chips.id)).toBe(100);
    expect(customerBalance(w.t.core, w.tianhe)).toBe(0);
  });

  it('a paid van sale reversed leaves the money as a prepayment (the credit has nothing open to settle)', () => {
    const v = createOrder(w.t.core, w.driver, { kind: 'van', customerId: w.yuexiu, warehouseId: w.van, lines: [{ productId: w.tea.id, qty: 6 }] });
    confirmOrder(w.t.core, w.driver, { id: v.id, payment: { method: 'cash', amountFen: 2100 } });
    reverseOrder(w.t.core, w.owner, { id: v.id, reason: '退回车上' });
    expect(onHand(w, w.van, w.tea.id)).toBe(48);
    expect(customerBalance(w.t.core, w.yuexiu)).toBe(-2100);
    expect(verifyLedger(w.t.core)).toEqual([]);
  });

  it('cancelling the rest of a partly delivered order releases its reservation and keeps what was delivered', () => {
    const o = confirmed({ lines: [{ productId: w.chips.id, qty: 10 }] });
    deliverOrder(w.t.core, w.clerk, { orderId: o.id, lines: [{ lineId: o.lines[0]!.id, qtyBase: 4 }] });
    const c = cancelOrder(w.t.core, w.clerk, { id: o.id, reason: '余货不要了' });
    expect([c.status, c.deliveredFen]).toEqual(['cancelled', 2000]);
    expect(reserved(w, w.main, w.chips.id)).toBe(0);
    expect(customerBalance(w.t.core, w.tianhe)).toBe(2000);
  });
});
