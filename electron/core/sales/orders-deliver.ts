// Delivering an order (送货 / 出库): in ONE transaction the goods leave the order's warehouse first-expiring-first
// on a 'sale' stock document (XS-…), the delivered amount goes on the customer's account (finance postInvoice, due
// by the customer's payment terms), money taken on the spot is recorded and allocated to that invoice (cash
// collected by the driver or salesperson counts in their evening handover), trace codes scanned for the order ship
// to the store (F's shipOrderCodes), the reservation shrinks, and the order's status, outbox row and audit row are
// written. Anything refused (a closed period, stock short or only expired, a bad code) writes nothing.
//
// A partial delivery names lines and base quantities; the rest stays reserved. The amount of a delivery is the
// line's net amount pro rata, computed cumulatively (net × delivered-so-far ÷ qty, rounded), so a line's deliveries
// always add up to its net amount exactly.
import { autoAllocate } from '../finance/allocation';
import { postInvoice, recordReceipt } from '../finance/post';
import { prepared } from '../catalog/statements';
import type { Actor, Core } from '../shared/context';
import { businessDate } from '../shared/dates';
import { AppError } from '../shared/errors';
import { newId } from '../shared/ids';
import { writeOutbox } from '../shared/journal';
import { assertFen, formatYuan, mulDiv } from '../shared/money';
import { mutate } from '../shared/mutate';
import { assertBusinessDate, assertPeriodOpen } from '../shared/period-lock';
import { announce } from '../stock/announce';
import { createDocument, insertLines } from '../stock/documents';
import type { PostedMove } from '../stock/ledger';
import { prepareLine } from '../stock/lines';
import { postOutboundLine } from '../stock/outbound';
import { stockProduct } from '../stock/products';
import type { SalesOrderView, SalesPaymentMethod } from './order-types';
import { shipOrderCodes } from './order-codes';
import { employeeOfActor } from './orders-edit';
import { getOrder, orderLines, orderRow, type LineRow, type OrderRow } from './orders-read';
import { orderStatusParams } from './orders-status';
import { useRebateGoods } from './rebate-goods';
import { consumeReservation } from './reservations';

export interface PaymentInput {
  method: SalesPaymentMethod;
  amountFen: number;
  reference?: string;
}

export interface DeliverInput {
  orderId: string;
  /** A partial delivery; omitted = everything still to deliver. */
  lines?: readonly { lineId: string; qtyBase: number }[];
  /** Trace codes scanned at the moment of delivery; checked and shipped by order-codes.ts in this transaction. */
  codes?: readonly string[];
  businessDate?: string;
  payment?: PaymentInput;
}

const SOURCE_TYPE = { presale: 'delivery', van: 'van_sale', counter: 'counter_sale' } as const;

interface Take {
  line: LineRow;
  qtyBase: number;
  amountFen: number;
}

/** What this delivery takes from each line, checked against what is still to deliver. */
function takes(core: Core, order: OrderRow, lines: readonly LineRow[], wanted: DeliverInput['lines']): Take[] {
  const byId = new Map(lines.map((l) => [l.id, l]));
  const qty = new Map<string, number>();
  if (wanted) {
    for (const w of wanted) {
      const line = byId.get(w.lineId);
      if (!line) throw new AppError('SALES_LINE_NOT_FOUND', { number: order.number });
      qty.set(line.id, (qty.get(line.id) ?? 0) + w.qtyBase);
    }
  } else {
    for (const l of lines) if (l.qtyBase > l.deliveredQtyBase) qty.set(l.id, l.qtyBase - l.deliveredQtyBase);
  }
  const out: Take[] = [];
  for (const l of lines) {
    const q = qty.get(l.id);
    if (q === undefined) continue;
    const open = l.qtyBase - l.deliveredQtyBase;
    if (!Number.isSafeInteger(q) || q <= 0 || q > open) {
      throw new AppError('SALES_DELIVER_QTY', { product: stockProduct(core, l.productId).name, qty: q, open });
    }
    const after = l.deliveredQtyBase + q;
    const amountFen = mulDiv(l.netFen, after, l.qtyBase) - mulDiv(l.netFen, l.deliveredQtyBase, l.qtyBase);
    out.push({ line: l, qtyBase: q, amountFen });
  }
  if (out.length === 0) throw new AppError('SALES_DELIVER_NOTHING', { number: order.number });
  return out;
}

/**
 * Who collected money taken on the spot, so that their handover counts it: the van's driver on a van sale, the
 * driver delivering a presale, the clerk at the counter; else the order's salesperson.
 */
function collectorOf(core: Core, actor: Actor | null, order: OrderRow): string | null {
  if (order.kind === 'van') {
    const van = prepared(core, 'SELECT driver_id AS driverId FROM warehouses WHERE id = ?').get(order.warehouseId) as { driverId: string | null };
    if (van.driverId) return van.driverId;
  }
  const me = actor ? employeeOfActor(core, actor) : null;
  if ((actor?.role === 'driver' || order.kind === 'counter') && me) return me;
  return order.salespersonId ?? me;
}

const hasWaitingCodes = (core: Core, orderId: string): boolean =>
  prepared(core, 'SELECT 1 FROM order_trace_codes WHERE order_id = ? AND delivery_id IS NULL LIMIT 1').get(orderId) !== undefined;

/** The delivery itself, inside the caller's transaction (deliverOrder, or confirm for van and counter sales). */
export function deliverInTx(core: Core, actor: Actor | null, input: DeliverInput): { deliveryId: string; amountFen: number } {
  const order = orderRow(core, input.orderId);
  if (order.status !== 'confirmed' && order.status !== 'partially_delivered') {
    throw new AppError('SALES_ORDER_STATUS', { ...orderStatusParams(order), action: 'delivered', actionZh: '发货' });
  }
  const day = input.businessDate ? assertBusinessDate(input.businessDate) : businessDate(core.now(), core.timeZone);
  assertPeriodOpen(core, day);
  const lines = orderLines(core, order.id);
  const taking = takes(core, order, lines, input.lines);
  const amountFen = taking.reduce((s, t) => s + t.amountFen, 0);
  const paid = input.payment?.amountFen ?? 0;
  assertFen(paid);
  if (paid < 0 || paid > amountFen) throw new AppError('SALES_PAYMENT_TOO_BIG', { amount: formatYuan(paid), due: formatYuan(amountFen) });
  const collectorId = paid > 0 ? collectorOf(core, actor, order) : null;
  if (paid > 0 && input.payment?.method === 'cash' && !collectorId) throw new AppError('SALES_PAYMENT_COLLECTOR');

  const doc = createDocument(core, actor, { type: 'sale', status: 'posted', warehouseId: order.warehouseId, reason: order.number });
  // A whole line keeps its unit; part of one is written in base units (it may not be a whole number of cases).
  const prepared_ = taking.map((t) => {
    const whole = t.qtyBase === t.line.qtyBase;
    return prepareLine(core, {
      productId: t.line.productId,
      unitId: whole ? t.line.unitId : null,
      qty: whole ? t.line.qty : t.qtyBase,
      batchId: t.line.batchId,
      note: order.number,
    });
  });
  const docLines = insertLines(core, doc.id, prepared_.map((p, i) => ({ ...p, price: taking[i]!.line.isGift ? 0 : taking[i]!.line.priceFen })));
  const moves: PostedMove[] = [];
  docLines.forEach((dl, i) => moves.push(...postOutboundLine(core, doc, { ...prepared_[i]!, lineNo: dl.lineNo }, order.warehouseId, null)));

  const invoice =
    amountFen > 0
      ? postInvoice(core, { customerId: order.customerId, sourceType: SOURCE_TYPE[order.kind], sourceId: order.id, sourceNo: order.number, businessDate: day, amount: amountFen }, actor)
      : null;
  const receipt =
    paid > 0 && invoice
      ? recordReceipt(
          core,
          {
            customerId: order.customerId,
            method: input.payment!.method,
            amount: paid,
            businessDate: day,
            collectorId,
            reference: input.payment!.reference,
            sourceType: SOURCE_TYPE[order.kind],
            sourceId: order.id,
            sourceNo: order.number,
          },
          actor,
        )
      : null;
  if (receipt && invoice) autoAllocate(core, actor, receipt.id, day, [invoice.id]);

  const deliveryId = newId();
  prepared(
    core,
    `INSERT INTO sales_deliveries (id, order_id, stock_doc_id, invoice_item_id, receipt_item_id, amount_fen, business_date, created_by, created_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(deliveryId, order.id, doc.id, invoice?.id ?? null, receipt?.id ?? null, amountFen, day, actor?.userId ?? null, core.now().toISOString());
  const insertLine = prepared(core, 'INSERT INTO sales_delivery_lines (id, delivery_id, line_id, doc_line_no, qty_base, amount_fen) VALUES (?, ?, ?, ?, ?, ?)');
  const bump = prepared(core, 'UPDATE sales_order_lines SET delivered_qty_base = delivered_qty_base + ? WHERE id = ?');
  taking.forEach((t, i) => {
    insertLine.run(newId(), deliveryId, t.line.id, docLines[i]!.lineNo, t.qtyBase, t.amountFen);
    bump.run(t.qtyBase, t.line.id);
    consumeReservation(core, t.line.id, t.qtyBase);
  });
  useRebateGoods(core, actor, order, taking);
  if ((input.codes?.length ?? 0) > 0 || hasWaitingCodes(core, order.id)) {
    shipOrderCodes(core, actor, { orderId: order.id, deliveryId, lines: taking.map((t) => ({ lineId: t.line.id, qtyBase: t.qtyBase })), codes: input.codes });
  }
  const done = lines.every((l) => l.deliveredQtyBase + (taking.find((t) => t.line.id === l.id)?.qtyBase ?? 0) === l.qtyBase);
  const status = done ? 'delivered' : 'partially_delivered';
  prepared(core, 'UPDATE sales_orders SET status = ?, delivered_fen = delivered_fen + ?, updated_at = ? WHERE id = ?').run(
    status,
    amountFen,
    core.now().toISOString(),
    order.id,
  );
  announce(core, 'stock.document.posted', doc, moves);
  writeOutbox(core, 'sales.order.delivered', order.id, {
    orderId: order.id,
    number: order.number,
    kind: order.kind,
    customerId: order.customerId,
    warehouseId: order.warehouseId,
    deliveryId,
    stockDocNumber: doc.number,
    invoiceNo: invoice?.docNo ?? null,
    businessDate: day,
    amountFen,
    paidFen: paid,
    status,
    lines: taking.map((t) => ({ lineId: t.line.id, productId: t.line.productId, qtyBase: t.qtyBase, amountFen: t.amountFen, isGift: t.line.isGift, promotionId: t.line.promotionId })),
  });
  return { deliveryId, amountFen };
}

/** Delivers an order, all of it or the lines given; one transaction (see the top of this file). */
export function deliverOrder(core: Core, actor: Actor, input: DeliverInput): SalesOrderView {
  mutate(
    core,
    actor,
    (r) => ({ action: 'salesOrders.deliver', entity: 'sales_order', entityId: input.orderId, data: { deliveryId: r.deliveryId, amountFen: r.amountFen, lines: input.lines?.length ?? 'all', paidFen: input.payment?.amountFen ?? 0 } }),
    () => deliverInTx(core, actor, input),
  );
  return getOrder(core, input.orderId);
}
