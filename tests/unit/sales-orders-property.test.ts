// Property: whatever sequence of orders is created, confirmed, delivered in part or in full, cancelled and
// reversed — including refused steps — the stock ledger ties out, nothing reserved exceeds what is on hand, every
// open order line holds exactly its undelivered quantity in reservations (and closed orders none), on hand equals
// what was there less the deliveries still standing, each customer's receivable = invoices − credits (no receipts
// here), and a refused step changes nothing.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyLedger, ledgerBalance } from '../../electron/core/finance/balances';
import { AppError } from '../../electron/core/shared/errors';
import { cancelOrder, reverseOrder } from '../../electron/core/sales/orders-close';
import { confirmOrder } from '../../electron/core/sales/orders-confirm';
import { deliverOrder } from '../../electron/core/sales/orders-deliver';
import { createOrder } from '../../electron/core/sales/orders-edit';
import { orderLines, orderRow } from '../../electron/core/sales/orders-read';
import { checkLedger } from '../../electron/core/stock/check';
import { onHand, orderCounts, orderWorld, type OrderWorld } from './sales-orders-fixtures';

let w: OrderWorld;
let start: Map<string, number>;
const orders: string[] = [];
beforeAll(async () => {
  w = await orderWorld();
  start = new Map(products().map((p) => [p.id, onHand(w, w.main, p.id)]));
});
afterAll(() => w.close());

const products = () => [w.cola, w.tea, w.chips];
const customers = () => [w.tianhe, w.yuexiu];

type Cmd =
  | { k: 'create'; c: number; lines: { p: number; qty: number; gift: boolean }[]; discount: number }
  | { k: 'confirm'; pick: number }
  | { k: 'deliver'; pick: number; part: number | null }
  | { k: 'cancel'; pick: number }
  | { k: 'reverse'; pick: number };

const cmd: fc.Arbitrary<Cmd> = fc.oneof(
  {
    weight: 3,
    arbitrary: fc.record({
      k: fc.constant('create' as const),
      c: fc.nat({ max: 1 }),
      lines: fc.array(fc.record({ p: fc.nat({ max: 2 }), qty: fc.integer({ min: 1, max: 60 }), gift: fc.boolean() }), { minLength: 1, maxLength: 4 }),
      discount: fc.integer({ min: 0, max: 300 }),
    }),
  },
  { weight: 3, arbitrary: fc.record({ k: fc.constant('confirm' as const), pick: fc.nat() }) },
  { weight: 3, arbitrary: fc.record({ k: fc.constant('deliver' as const), pick: fc.nat(), part: fc.option(fc.integer({ min: 1, max: 40 })) }) },
  { weight: 1, arbitrary: fc.record({ k: fc.constant('cancel' as const), pick: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ k: fc.constant('reverse' as const), pick: fc.nat() }) },
);

function run(c: Cmd): void {
  const core = w.t.core;
  const pick = (n: number) => orders[n % Math.max(orders.length, 1)];
  switch (c.k) {
    case 'create': {
      const o = createOrder(core, w.clerk, {
        kind: 'presale',
        customerId: customers()[c.c]!,
        warehouseId: w.main,
        orderDiscountFen: c.discount,
        lines: c.lines.map((l) => ({ productId: products()[l.p]!.id, qty: l.qty, isGift: l.gift })),
      });
      orders.push(o.id);
      return;
    }
    case 'confirm': {
      const id = pick(c.pick);
      if (id) confirmOrder(core, w.owner, { id, approvalReason: '测试特批' });
      return;
    }
    case 'deliver': {
      const id = pick(c.pick);
      if (!id) return;
      const open = orderLines(core, id).find((l) => l.qtyBase > l.deliveredQtyBase);
      const lines = c.part && open ? [{ lineId: open.id, qtyBase: Math.min(c.part, open.qtyBase - open.deliveredQtyBase) }] : undefined;
      deliverOrder(core, w.clerk, { orderId: id, lines });
      return;
    }
    case 'cancel': {
      const id = pick(c.pick);
      if (id) cancelOrder(core, w.clerk, { id, reason: '取消' });
      return;
    }
    case 'reverse': {
      const id = pick(c.pick);
      if (id) reverseOrder(core, w.owner, { id, reason: '冲销' });
      return;
    }
  }
}

function checkInvariants(): void {
  const db = w.t.sqlite;
  expect(checkLedger(w.t.core).ok).toBe(true);
  expect(verifyLedger(w.t.core)).toEqual([]);
  for (const p of products()) {
    const reservedQty = (db.prepare('SELECT coalesce(SUM(qty_base), 0) AS q FROM stock_reservations WHERE warehouse_id = ? AND product_id = ?').get(w.main, p.id) as { q: number }).q;
    expect(reservedQty).toBeLessThanOrEqual(onHand(w, w.main, p.id));
    const shipped = (
      db
        .prepare(
          `SELECT coalesce(SUM(dl.qty_base), 0) AS q FROM sales_delivery_lines dl JOIN sales_deliveries d ON d.id = dl.delivery_id
           JOIN sales_order_lines l ON l.id = dl.line_id WHERE d.reversed_at IS NULL AND l.product_id = ?`,
        )
        .get(p.id) as { q: number }
    ).q;
    expect(onHand(w, w.main, p.id)).toBe(start.get(p.id)! - shipped);
  }
  for (const id of orders) {
    const o = orderRow(w.t.core, id);
    const open = o.status === 'confirmed' || o.status === 'partially_delivered';
    for (const l of orderLines(w.t.core, id)) {
      const r = (db.prepare('SELECT coalesce(SUM(qty_base), 0) AS q FROM stock_reservations WHERE line_id = ?').get(l.id) as { q: number }).q;
      expect(r).toBe(open ? l.qtyBase - l.deliveredQtyBase : 0);
    }
    expect(o.amountFen).toBe(orderLines(w.t.core, id).reduce((s, l) => s + l.netFen, 0));
  }
  for (const c of customers()) {
    const sums = db
      .prepare(`SELECT coalesce(SUM(CASE kind WHEN 'invoice' THEN amount WHEN 'credit' THEN -amount ELSE 0 END), 0) AS s FROM ar_items WHERE customer_id = ?`)
      .get(c) as { s: number };
    expect(ledgerBalance(w.t.core, c)).toBe(sums.s);
  }
}

describe('sales order sequences', () => {
  it('keep stock, reservations and receivables consistent; refusals change nothing', () => {
    fc.assert(
      fc.property(fc.array(cmd, { minLength: 1, maxLength: 14 }), (cmds) => {
        for (const c of cmds) {
          const before = orderCounts(w);
          try {
            run(c);
          } catch (e) {
            if (!(e instanceof AppError)) throw e;
            expect(orderCounts(w)).toEqual(before);
          }
        }
        checkInvariants();
      }),
      { numRuns: 40 },
    );
  });

  it('reached every state on the way (the sequences above were not all refused)', () => {
    const done = new Set((w.t.sqlite.prepare("SELECT DISTINCT action FROM audit_log WHERE entity = 'sales_order'").all() as { action: string }[]).map((r) => r.action));
    for (const a of ['salesOrders.confirm', 'salesOrders.deliver', 'salesOrders.cancel', 'salesOrders.reverse']) expect(done, a).toContain(a);
    const partial = w.t.sqlite.prepare('SELECT count(*) AS n FROM sales_delivery_lines dl JOIN sales_order_lines l ON l.id = dl.line_id WHERE dl.qty_base < l.qty_base').get() as { n: number };
    expect(partial.n).toBeGreaterThan(0);
  });
});
