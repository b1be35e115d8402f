// Returns, exchanges and gifts (销退换赠) with hand-computed fen, on D's order world (批发价 cola ¥65.00/箱 = 24 瓶,
// tea ¥80.00/箱, ¥3.50/瓶; cola in batches C-EARLY 48 瓶 and C-LATE 240 瓶; business day 2026-03-15).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { customerBalance, verifyLedger } from '../../electron/core/finance/balances';
import { closePeriod } from '../../electron/core/finance/periods';
import { confirmOrder } from '../../electron/core/sales/orders-confirm';
import { deliverOrder } from '../../electron/core/sales/orders-deliver';
import { createOrder, type CreateOrderInput } from '../../electron/core/sales/orders-edit';
import { cancelReturn, createReturn, postReturn, type CreateReturnInput } from '../../electron/core/sales/returns-post';
import { reverseReturn } from '../../electron/core/sales/returns-reverse';
import { orderHasPostedReturns } from '../../electron/core/sales/returns-lines';
import { listReturns, returnableLines } from '../../electron/core/sales/returns-view';
import { checkLedger } from '../../electron/core/stock/check';
import { AppError } from '../../electron/core/shared/errors';
import { onHand, orderWorld, type OrderWorld } from './sales-orders-fixtures';

let w: OrderWorld;
beforeEach(async () => {
  w = await orderWorld();
});
afterEach(() => w.close());

const refusal = (fn: () => unknown) => {
  try {
    fn();
  } catch (e) {
    if (e instanceof AppError) return { code: e.code, params: e.params };
    throw e;
  }
  throw new Error('expected a refusal');
};

function delivered(input: Partial<CreateOrderInput> & Pick<CreateOrderInput, 'lines'>) {
  const o = createOrder(w.t.core, w.clerk, { kind: 'presale', customerId: w.yuexiu, warehouseId: w.main, ...input });
  expect(confirmOrder(w.t.core, w.clerk, { id: o.id }).status).toBe('confirmed');
  return deliverOrder(w.t.core, w.clerk, { orderId: o.id });
}

const ret = (input: Partial<CreateReturnInput> & Pick<CreateReturnInput, 'lines'>) =>
  createReturn(w.t.core, w.clerk, { customerId: w.yuexiu, warehouseId: w.main, post: true, ...input });

/** Everything a return may write, and the cached balances it changes: a refusal must leave all of it alone. */
function snapshot() {
  const q = (sql: string) => w.t.sqlite.prepare(sql).all();
  const counts = Object.fromEntries(
    ['sales_returns', 'sales_return_lines', 'sales_return_codes', 'stock_documents', 'stock_moves', 'batches', 'ar_items', 'ar_entries', 'trace_events', 'outbox', 'audit_log', 'doc_sequences'].map(
      (tb) => [tb, (w.t.sqlite.prepare(`SELECT count(*) AS n FROM ${tb}`).get() as { n: number }).n],
    ),
  );
  return { counts, balances: q('SELECT * FROM stock_balances ORDER BY warehouse_id, product_id, batch_id'), ar: q('SELECT * FROM ar_balances ORDER BY customer_id'), seq: q('SELECT * FROM doc_sequences ORDER BY prefix, day') };
}

const batchQty = (productId: string, batchNo: string) =>
  (
    w.t.sqlite
      .prepare('SELECT coalesce(sum(s.qty), 0) AS q FROM stock_balances s JOIN batches b ON b.id = s.batch_id WHERE s.warehouse_id = ? AND s.product_id = ? AND b.batch_no = ?')
      .get(w.main, productId, batchNo) as { q: number }
  ).q;

const arItem = (id: string | null) => w.t.sqlite.prepare('SELECT kind, amount, source_type AS sourceType, source_no AS sourceNo, business_date AS businessDate FROM ar_items WHERE id = ?').get(id);

describe('returns against the original order', () => {
  /** Cola 2 箱 (¥130.00) + tea 1 箱 (¥80.00), ¥1.00 off the order: allocate(100, [13000, 8000]) = [62, 38]. */
  const order = () =>
    delivered({
      orderDiscountFen: 100,
      lines: [
        { productId: w.cola.id, unitId: w.cola.units.case, qty: 2 },
        { productId: w.tea.id, unitId: w.tea.units.case, qty: 1 },
      ],
    });

  it('credits the order line’s net share, cumulatively exact, back into the batch it left from', () => {
    const o = order();
    const [cola, tea] = o.lines;
    expect([cola!.netFen, tea!.netFen]).toEqual([12_938, 7962]);
    const owed = customerBalance(w.t.core, w.yuexiu);
    expect(owed).toBe(20_900);

    // 7 of 48 bottles: 12,938 × 7 / 48 = 1,886.79 → 1,887.
    const first = ret({ orderId: o.id, reason: '临期退货', lines: [{ kind: 'return', orderLineId: cola!.id, unitId: w.cola.units.bottle, qty: 7 }] });
    expect(first).toMatchObject({ status: 'posted', returnFen: 1887, outFen: 0, diffFen: -1887, orderNumber: o.number, businessDate: '2026-03-15' });
    expect(first.number).toMatch(/^SR-20260315-\d{4}$/);
    expect(first.inDocNumber).toMatch(/^XT-20260315-\d{4}$/);
    expect(first.lines[0]).toMatchObject({ priceSource: 'order', qtyBase: 7, amountFen: 1887, batchNo: 'C-EARLY', priceFen: 270 });
    expect(arItem(first.arItemId)).toEqual({ kind: 'credit', amount: 1887, sourceType: 'return', sourceNo: first.number, businessDate: '2026-03-15' });
    expect(customerBalance(w.t.core, w.yuexiu)).toBe(20_900 - 1887);
    // FEFO sent the 48 bottles of C-EARLY: 7 of them are back in that batch.
    expect(batchQty(w.cola.id, 'C-EARLY')).toBe(7);

    // The other 41: 12,938 − 1,887 = 11,051, so the two returns credit exactly the line's net.
    expect(orderHasPostedReturns(w.t.core, o.id)).toBe(true);
    const second = ret({ orderId: o.id, lines: [{ kind: 'return', orderLineId: cola!.id, unitId: w.cola.units.bottle, qty: 41 }] });
    expect(second.returnFen).toBe(11_051);
    expect(first.returnFen + second.returnFen).toBe(cola!.netFen);
    expect(returnableLines(w.t.core, o.id).lines.map((l) => [l.returnedQtyBase, l.openQtyBase])).toEqual([
      [48, 0],
      [0, 24],
    ]);
    expect(verifyLedger(w.t.core)).toEqual([]);
    expect(checkLedger(w.t.core)).toMatchObject({ ok: true });
    const topics = w.t.sqlite.prepare("SELECT topic FROM outbox WHERE topic LIKE 'sales.return%' OR entity_id = ?").all(first.inDocId) as { topic: string }[];
    expect(topics.map((t) => t.topic)).toEqual(['stock.document.posted', 'sales.return.posted', 'sales.return.posted']);
    const audit = w.t.sqlite.prepare("SELECT action FROM audit_log WHERE entity = 'sales_return'").all() as { action: string }[];
    expect(audit.map((a) => a.action)).toEqual(['salesReturns.create', 'salesReturns.create']);
  });

  it('refuses more than delivered minus already returned, over lines and documents, and changes nothing', () => {
    const o = order();
    const cola = o.lines[0]!;
    ret({ orderId: o.id, lines: [{ kind: 'return', orderLineId: cola.id, unitId: w.cola.units.case, qty: 1 }] });
    const before = snapshot();
    // 24 left: 20 + 5 bottles in one document is one too many.
    expect(
      refusal(() =>
        ret({
          orderId: o.id,
          lines: [
            { kind: 'return', orderLineId: cola.id, unitId: w.cola.units.bottle, qty: 20 },
            { kind: 'return', orderLineId: cola.id, unitId: w.cola.units.bottle, qty: 5 },
          ],
        }),
      ),
    ).toEqual({ code: 'SALES_RETURN_TOO_MANY', params: { product: '可口可乐 500ml', open: 4, delivered: 48, returned: 44, qty: 5 } });
    expect(refusal(() => ret({ orderId: o.id, lines: [{ kind: 'return', orderLineId: cola.id, unitId: w.cola.units.case, qty: 2 }] }))).toMatchObject({
      code: 'SALES_RETURN_TOO_MANY',
      params: { open: 24, qty: 48 },
    });
    // A price cannot be typed on a return against its order, nor an order line named without the order.
    expect(refusal(() => ret({ orderId: o.id, lines: [{ kind: 'return', orderLineId: cola.id, qty: 1, priceFen: 9999 }] })).code).toBe('SALES_RETURN_PRICE_FROM_ORDER');
    expect(refusal(() => ret({ lines: [{ kind: 'return', orderLineId: cola.id, qty: 1 }] })).code).toBe('SALES_RETURN_NO_ORDER_LINE');
    expect(refusal(() => ret({ customerId: w.tianhe, orderId: o.id, lines: [{ kind: 'return', orderLineId: cola.id, qty: 1 }] })).code).toBe('SALES_RETURN_ORDER_CUSTOMER');
    expect(snapshot()).toEqual(before);
  });

  it('checks a draft again when it is posted: another return may have taken the goods back meanwhile', () => {
    const o = order();
    const tea = o.lines[1]!;
    const draft = ret({ post: false, orderId: o.id, lines: [{ kind: 'return', orderLineId: tea.id, unitId: w.tea.units.bottle, qty: 20 }] });
    expect(draft).toMatchObject({ status: 'draft', returnFen: 6635, inDocId: null, arItemId: null });
    ret({ orderId: o.id, lines: [{ kind: 'return', orderLineId: tea.id, unitId: w.tea.units.bottle, qty: 10 }] });
    const before = snapshot();
    expect(refusal(() => postReturn(w.t.core, w.clerk, { id: draft.id }))).toMatchObject({ code: 'SALES_RETURN_TOO_MANY', params: { open: 14, qty: 20 } });
    expect(snapshot()).toEqual(before);
    expect(cancelReturn(w.t.core, w.clerk, { id: draft.id }).status).toBe('cancelled');
    expect(refusal(() => postReturn(w.t.core, w.clerk, { id: draft.id })).code).toBe('SALES_RETURN_NOT_DRAFT');
  });

  it('takes damaged goods in and writes them off on a damage adjustment: saleable stock unchanged, loss at cost', () => {
    const o = order();
    const tea = o.lines[1]!;
    const teaBefore = onHand(w, w.main, w.tea.id);
    const r = ret({ orderId: o.id, reason: '运输破损', lines: [{ kind: 'return', condition: 'damaged', orderLineId: tea.id, unitId: w.tea.units.case, qty: 1 }] });
    expect(r).toMatchObject({ returnFen: 7962, diffFen: -7962 });
    expect(r.damageDocNumber).toMatch(/^TZ-20260315-\d{4}$/);
    expect(onHand(w, w.main, w.tea.id)).toBe(teaBefore);
    const docs = w.t.sqlite
      .prepare('SELECT d.type, d.kind, d.reason, m.qty, b.batch_no AS batch FROM stock_moves m JOIN stock_documents d ON d.id = m.doc_id JOIN batches b ON b.id = m.batch_id WHERE d.id IN (?, ?) ORDER BY m.rowid')
      .all(r.inDocId, r.damageDocId);
    expect(docs).toEqual([
      { type: 'sale_return', kind: null, reason: r.number, qty: 24, batch: 'T1' },
      { type: 'adjustment', kind: 'damage', reason: `销退残损 ${r.number}`, qty: -24, batch: 'T1' },
    ]);
    expect(customerBalance(w.t.core, w.yuexiu)).toBe(20_900 - 7962);
    expect(checkLedger(w.t.core)).toMatchObject({ ok: true });
  });
});

describe('without the order: the customer’s last prices; exchanges both ways; gifts', () => {
  /** 越秀超市 last bought cola by the case at ¥65.00: ¥2.71 a bottle (6,500 / 24 = 270.83 → 271). */
  const history = () => delivered({ lines: [{ productId: w.cola.id, unitId: w.cola.units.case, qty: 1 }] });

  it('returns 2 bottles at the last price and takes 1 bottle of tea at the list price: we owe ¥1.92 (credit)', () => {
    history();
    const owed = customerBalance(w.t.core, w.yuexiu);
    const r = ret({
      lines: [
        { kind: 'return', productId: w.cola.id, qty: 2 },
        { kind: 'exchange', productId: w.tea.id, qty: 1 },
        { kind: 'gift', productId: w.chips.id, qty: 1 },
      ],
    });
    expect(r.lines.map((l) => [l.kind, l.priceSource, l.priceFen, l.amountFen])).toEqual([
      ['return', 'last', 271, 542],
      ['exchange', 'list', 350, 350],
      ['gift', 'gift', 0, 0],
    ]);
    expect(r).toMatchObject({ returnFen: 542, outFen: 350, diffFen: -192 });
    expect(r.outDocNumber).toMatch(/^XS-20260315-\d{4}$/);
    expect(arItem(r.arItemId)).toMatchObject({ kind: 'credit', amount: 192, sourceType: 'return' });
    expect(customerBalance(w.t.core, w.yuexiu)).toBe(owed - 192);
    // No batch named and no order: the cola goes back to the "batch unknown" bucket; tea and the gift chips leave FEFO.
    expect(batchQty(w.cola.id, '')).toBe(2);
    expect(batchQty(w.chips.id, 'P1')).toBe(99);
  });

  it('returns 1 bottle and takes 2 bottles of tea: the customer owes ¥4.29 more (invoice)', () => {
    history();
    const owed = customerBalance(w.t.core, w.yuexiu);
    const r = ret({ lines: [{ kind: 'return', productId: w.cola.id, qty: 1 }, { kind: 'exchange', productId: w.tea.id, qty: 2 }] });
    expect(r).toMatchObject({ returnFen: 271, outFen: 700, diffFen: 429 });
    expect(arItem(r.arItemId)).toMatchObject({ kind: 'invoice', amount: 429, sourceType: 'exchange' });
    expect(customerBalance(w.t.core, w.yuexiu)).toBe(owed + 429);
  });

  it('an even exchange moves stock and leaves the receivable alone; a typed price wins', () => {
    const r = ret({ lines: [{ kind: 'return', productId: w.tea.id, qty: 2, priceFen: 300 }, { kind: 'exchange', productId: w.chips.id, qty: 1, priceFen: 600 }] });
    expect(r).toMatchObject({ returnFen: 600, outFen: 600, diffFen: 0, arItemId: null });
    expect(r.lines.map((l) => l.priceSource)).toEqual(['manual', 'manual']);
  });

  it('asks for a price when the customer has neither a last price nor a list price', () => {
    const before = snapshot();
    expect(refusal(() => ret({ customerId: w.panyu, lines: [{ kind: 'return', productId: w.tea.id, qty: 1 }] }))).toEqual({
      code: 'SALES_RETURN_PRICE_MISSING',
      params: { product: '冰红茶 500ml' },
    });
    expect(snapshot()).toEqual(before);
  });

  it('a driver takes returns onto their own van and hands exchanges out of it, nowhere else', () => {
    history();
    const van = (productId: string) => onHand(w, w.van, productId);
    const r = createReturn(w.t.core, w.driver, { customerId: w.yuexiu, warehouseId: w.van, post: true, lines: [{ kind: 'return', productId: w.cola.id, qty: 2 }, { kind: 'exchange', productId: w.tea.id, qty: 2 }] });
    expect(r).toMatchObject({ warehouseName: '一号车', returnFen: 542, outFen: 700, diffFen: 158 });
    expect([van(w.cola.id), van(w.tea.id)]).toEqual([2, 46]);
    const before = snapshot();
    expect(refusal(() => createReturn(w.t.core, w.driver, { customerId: w.yuexiu, warehouseId: w.main, lines: [{ kind: 'return', productId: w.cola.id, qty: 1 }] })).code).toBe('SALES_RETURN_VAN_NOT_YOURS');
    expect(refusal(() => createReturn(w.t.core, w.driver, { customerId: w.yuexiu, warehouseId: w.otherVan, lines: [{ kind: 'return', productId: w.cola.id, qty: 1 }] })).code).toBe('SALES_RETURN_VAN_NOT_YOURS');
    expect(snapshot()).toEqual(before);
  });

  it('refuses exchange goods that are not in stock and changes nothing', () => {
    const before = snapshot();
    expect(refusal(() => ret({ lines: [{ kind: 'return', productId: w.tea.id, qty: 1 }, { kind: 'exchange', productId: w.chips.id, qty: 101 }] })).code).toBe('STOCK_INSUFFICIENT');
    expect(snapshot()).toEqual(before);
  });
});

describe('posting rules', () => {
  it('refuses a reversal once the returned goods have left again, and changes nothing', () => {
    // 5 chips come back (the customer's last price is none: list ¥5.00), then the shelf is emptied by a sale.
    const r = ret({ lines: [{ kind: 'return', productId: w.chips.id, qty: 5, batchId: null }] });
    ret({ customerId: w.tianhe, lines: [{ kind: 'gift', productId: w.chips.id, qty: 105 }] });
    const before = snapshot();
    expect(refusal(() => reverseReturn(w.t.core, w.owner, { id: r.id, reason: '录错' })).code).toMatch(/^STOCK_/);
    expect(snapshot()).toEqual(before);
  });

  it('lists by status, customer, order, date and search (number or customer name)', () => {
    const a = ret({ lines: [{ kind: 'return', productId: w.tea.id, qty: 1 }] });
    const b = ret({ post: false, customerId: w.tianhe, lines: [{ kind: 'return', productId: w.tea.id, qty: 2 }] });
    const numbers = (f: Parameters<typeof listReturns>[1]) => listReturns(w.t.core, f).rows.map((r) => r.number);
    expect(numbers({})).toEqual([b.number, a.number]);
    expect(numbers({ status: 'draft' })).toEqual([b.number]);
    expect(numbers({ customerId: w.yuexiu })).toEqual([a.number]);
    expect(numbers({ search: '天河' })).toEqual([b.number]);
    expect(numbers({ search: a.number })).toEqual([a.number]);
    expect(numbers({ from: '2026-03-16' })).toEqual([]);
    expect(listReturns(w.t.core, { limit: 1 })).toMatchObject({ total: 2, rows: [{ number: b.number, customerName: '天河便利店', diffFen: -700 }] });
  });


  it('refuses posting in a closed period and changes nothing', () => {
    const draft = ret({ post: false, lines: [{ kind: 'return', productId: w.tea.id, qty: 1 }] });
    closePeriod(w.t.core, w.owner, '2026-03');
    const before = snapshot();
    expect(refusal(() => postReturn(w.t.core, w.clerk, { id: draft.id }))).toMatchObject({ code: 'PERIOD_CLOSED', params: { month: '2026-03' } });
    expect(snapshot()).toEqual(before);
  });

  it('reverses a posted exchange: stock and receivable back as they were; never twice', () => {
    delivered({ lines: [{ productId: w.cola.id, unitId: w.cola.units.case, qty: 1 }] });
    const owed = customerBalance(w.t.core, w.yuexiu);
    const cola = onHand(w, w.main, w.cola.id);
    const tea = onHand(w, w.main, w.tea.id);
    const r = ret({ lines: [{ kind: 'return', productId: w.cola.id, qty: 1 }, { kind: 'exchange', productId: w.tea.id, qty: 2 }] });
    expect([onHand(w, w.main, w.cola.id), onHand(w, w.main, w.tea.id), customerBalance(w.t.core, w.yuexiu)]).toEqual([cola + 1, tea - 2, owed + 429]);
    const back = reverseReturn(w.t.core, w.owner, { id: r.id, reason: '录错客户' });
    expect(back).toMatchObject({ status: 'reversed', reverseReason: '录错客户' });
    expect([onHand(w, w.main, w.cola.id), onHand(w, w.main, w.tea.id), customerBalance(w.t.core, w.yuexiu)]).toEqual([cola, tea, owed]);
    expect(refusal(() => reverseReturn(w.t.core, w.owner, { id: r.id, reason: '再来' })).code).toBe('SALES_RETURN_NOT_POSTED');
    expect(listReturns(w.t.core, { status: 'reversed' }).rows.map((x) => x.number)).toEqual([r.number]);
    expect(verifyLedger(w.t.core)).toEqual([]);
    expect(checkLedger(w.t.core)).toMatchObject({ ok: true });
  });
});
