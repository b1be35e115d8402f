// Writing and posting a return document (销退换赠). Posting is ONE transaction: the goods back in (stock document
// 'sale_return', XT-…) into their batch, damaged goods out again on a damage adjustment (TZ-…, kind 'damage'),
// exchange and gift goods out first-expiring-first (stock document 'sale', XS-…), the difference on the receivable
// (postInvoice when the customer owes us, postCredit when we owe them), the trace code events, the outbox rows and
// the audit row — all or nothing.
//
// Damaged stock: the stock ledger has no damaged location; damage is an adjustment that takes goods out at cost
// (报损). Returned damaged goods therefore come in on the return (so the ledger shows they came back) and leave at
// once on a damage adjustment naming the return: saleable stock is unchanged and the loss is booked at cost.
import { eq } from 'drizzle-orm';
import { salesReturnCodes, salesReturnLines, salesReturns } from '../../../db/schema';
import { postCredit, postInvoice } from '../finance';
import { prepared } from '../catalog/statements';
import type { Actor, Core } from '../shared/context';
import { businessDate } from '../shared/dates';
import { nextDocNumber } from '../shared/doc-numbers';
import { AppError } from '../shared/errors';
import { newId } from '../shared/ids';
import { writeOutbox } from '../shared/journal';
import { mutate } from '../shared/mutate';
import { assertPeriodOpen } from '../shared/period-lock';
import { announce } from '../stock/announce';
import { ensureBatch, productBatch } from '../stock/batches';
import { createDocument, insertLines, type StockDoc } from '../stock/documents';
import { postMoves } from '../stock/ledger';
import { prepareLine } from '../stock/lines';
import { postOutboundLine } from '../stock/outbound';
import { stockWarehouse } from '../stock/warehouses';
import { employeeOfActor } from './orders-edit';
import { checkReturnCodes, recordReturnedCodes, type CodesBatch } from './returns-codes';
import { priceReturnLines, type PricedLine, type ReturnHeadDraft, type ReturnLineDraft } from './returns-lines';
import { getReturn, type SalesReturnView } from './returns-view';

export interface CreateReturnInput extends ReturnHeadDraft {
  reason?: string;
  lines: ReturnLineDraft[];
  /** Post at once. */
  post?: boolean;
}

const today = (core: Core) => businessDate(core.now(), core.timeZone);

/** A driver takes returns onto, and hands exchanges and gifts out of, their own van only (as with van sales). */
function assertReturnPlace(core: Core, actor: Actor, warehouseId: string): void {
  const w = stockWarehouse(core, warehouseId);
  if (actor.role !== 'driver') return;
  const me = employeeOfActor(core, actor);
  if (w.kind !== 'van' || !me || w.driverId !== me) throw new AppError('SALES_RETURN_VAN_NOT_YOURS');
}

/** Prices, checks and codes of the lines: what create stores and post re-checks. */
function checkLines(core: Core, actor: Actor, head: ReturnHeadDraft, drafts: readonly ReturnLineDraft[], returnId: string | null) {
  assertReturnPlace(core, actor, head.warehouseId);
  if (!prepared(core, 'SELECT 1 FROM customers WHERE id = ?').get(head.customerId)) throw new AppError('CUSTOMER_NOT_FOUND');
  const lines = priceReturnLines(core, head, drafts, returnId);
  const codeBatches = checkReturnCodes(
    core,
    head.customerId,
    lines.map((l) => ({ productId: l.productId, productName: l.product.name, qtyBase: l.qtyBase, codes: l.codes })),
  );
  return { lines, codeBatches };
}

function totals(lines: readonly PricedLine[]) {
  const returnFen = lines.filter((l) => l.kind === 'return').reduce((s, l) => s + l.amountFen, 0);
  const outFen = lines.filter((l) => l.kind === 'exchange').reduce((s, l) => s + l.amountFen, 0);
  return { returnFen, outFen, diffFen: outFen - returnFen };
}

function writeLines(core: Core, returnId: string, lines: readonly PricedLine[]): void {
  core.db.delete(salesReturnCodes).where(eq(salesReturnCodes.returnId, returnId)).run();
  core.db.delete(salesReturnLines).where(eq(salesReturnLines.returnId, returnId)).run();
  lines.forEach((l, i) => {
    const id = newId();
    core.db
      .insert(salesReturnLines)
      .values({
        id,
        returnId,
        lineNo: i + 1,
        kind: l.kind,
        condition: l.condition,
        productId: l.productId,
        unitId: l.unitId,
        unitName: l.unitName,
        factor: l.factor,
        qty: l.qty,
        qtyBase: l.qtyBase,
        priceFen: l.priceFen,
        amountFen: l.amountFen,
        priceSource: l.priceSource,
        orderLineId: l.orderLineId,
        batchId: l.batchId,
        note: l.note,
      })
      .run();
    if (l.codes.length > 0) core.db.insert(salesReturnCodes).values(l.codes.map((code) => ({ returnId, lineId: id, code }))).run();
  });
}

export function createReturn(core: Core, actor: Actor, input: CreateReturnInput): SalesReturnView {
  return mutate(
    core,
    actor,
    (r) => ({ action: 'salesReturns.create', entity: 'sales_return', entityId: r.id, data: { number: r.number, status: r.status, diffFen: r.diffFen } }),
    () => {
      const head = { customerId: input.customerId, warehouseId: input.warehouseId, orderId: input.orderId ?? null };
      const { lines } = checkLines(core, actor, head, input.lines, null);
      const id = newId();
      const day = today(core);
      core.db
        .insert(salesReturns)
        .values({
          id,
          number: nextDocNumber(core, 'SR', day),
          status: 'draft',
          ...head,
          businessDate: day,
          reason: (input.reason ?? '').trim(),
          ...totals(lines),
          createdBy: actor.userId,
          createdAt: core.now().toISOString(),
        })
        .run();
      writeLines(core, id, lines);
      if (input.post) postInTx(core, actor, id);
      return getReturn(core, id);
    },
  );
}

/** The draft's lines as they were entered, to price and check again at posting. */
function storedDrafts(core: Core, returnId: string): ReturnLineDraft[] {
  const rows = prepared(
    core,
    `SELECT id, kind, condition, order_line_id AS orderLineId, product_id AS productId, unit_id AS unitId, qty,
       price_fen AS priceFen, price_source AS priceSource, batch_id AS batchId, note
     FROM sales_return_lines WHERE return_id = ? ORDER BY line_no`,
  ).all(returnId) as (ReturnLineDraft & { id: string; priceSource: string })[];
  const codes = prepared(core, 'SELECT line_id AS lineId, code FROM sales_return_codes WHERE return_id = ? ORDER BY rowid').all(returnId) as { lineId: string; code: string }[];
  return rows.map(({ id, priceSource, ...d }) => ({
    ...d,
    condition: d.condition ?? undefined,
    // Prices from the order or the customer's last price are worked out again; typed prices stay.
    priceFen: priceSource === 'manual' ? d.priceFen : null,
    codes: codes.filter((c) => c.lineId === id).map((c) => c.code),
  }));
}

/** Where returned goods go back to: the named batch, the batch their codes name, the batch the order line left from, else "batch unknown". */
function returnBatch(core: Core, l: PricedLine, codes: CodesBatch | null): string {
  if (l.batchId) return productBatch(core, l.product, l.batchId).id;
  if (codes) return ensureBatch(core, l.product, codes).id;
  if (l.orderLineId) {
    const delivered = prepared(
      core,
      `SELECT m.batch_id AS batchId FROM sales_delivery_lines dl
         JOIN sales_deliveries d ON d.id = dl.delivery_id AND d.reversed_at IS NULL
         JOIN stock_moves m ON m.doc_id = d.stock_doc_id AND m.line_no = dl.doc_line_no AND m.qty < 0
       WHERE dl.line_id = ? ORDER BY m.rowid DESC LIMIT 1`,
    ).get(l.orderLineId) as { batchId: string } | undefined;
    if (delivered) return delivered.batchId;
  }
  return ensureBatch(core, l.product, { batchNo: '' }).id;
}

function stockDoc(core: Core, actor: Actor, type: 'sale_return' | 'sale' | 'adjustment', warehouseId: string, number: string, lines: readonly PricedLine[], batchOf: (l: PricedLine) => string | null): { doc: StockDoc; lineNos: number[] } {
  const doc = createDocument(core, actor, { type, status: 'posted', warehouseId, kind: type === 'adjustment' ? 'damage' : null, reason: type === 'adjustment' ? `销退残损 ${number}` : number });
  const written = insertLines(
    core,
    doc.id,
    lines.map((l) => ({ productId: l.productId, unitId: l.unitId, unitName: l.unitName, factor: l.factor, qty: l.qty, qtyBase: l.qtyBase, batchId: batchOf(l), price: type === 'adjustment' ? null : l.priceFen, note: l.note })),
  );
  return { doc, lineNos: written.map((w) => w.lineNo) };
}

/** Posts a draft inside the caller's transaction. */
export function postInTx(core: Core, actor: Actor, id: string): void {
  const r = getReturn(core, id);
  if (r.status !== 'draft') throw new AppError('SALES_RETURN_NOT_DRAFT', { number: r.number });
  const day = today(core);
  assertPeriodOpen(core, day);
  const head = { customerId: r.customerId, warehouseId: r.warehouseId, orderId: r.orderId };
  const { lines, codeBatches } = checkLines(core, actor, head, storedDrafts(core, id), id);

  const back = lines.flatMap((l, i) => (l.kind === 'return' ? [{ l, codes: codeBatches[i] ?? null }] : []));
  for (const b of back) b.l.batchId = returnBatch(core, b.l, b.codes);
  const out = lines.filter((l) => l.kind !== 'return');
  const damaged = back.map((b) => b.l).filter((l) => l.condition === 'damaged');

  let inDoc: StockDoc | null = null;
  if (back.length > 0) {
    const { doc, lineNos } = stockDoc(core, actor, 'sale_return', r.warehouseId, r.number, back.map((b) => b.l), (l) => l.batchId);
    const moves = postMoves(core, doc, back.map(({ l }, i) => ({ lineNo: lineNos[i]!, warehouseId: r.warehouseId, productId: l.productId, batchId: l.batchId!, qty: l.qtyBase })));
    announce(core, 'stock.document.posted', doc, moves);
    inDoc = doc;
  }
  let damageDoc: StockDoc | null = null;
  if (damaged.length > 0) {
    const { doc, lineNos } = stockDoc(core, actor, 'adjustment', r.warehouseId, r.number, damaged, (l) => l.batchId);
    const moves = damaged.flatMap((l, i) => {
      const line = prepareLine(core, { productId: l.productId, unitId: l.unitId, qty: l.qty, batchId: l.batchId });
      return postOutboundLine(core, doc, { ...line, lineNo: lineNos[i]! }, r.warehouseId, null, { allowExpired: true });
    });
    announce(core, 'stock.document.posted', doc, moves);
    damageDoc = doc;
  }
  let outDoc: StockDoc | null = null;
  if (out.length > 0) {
    const { doc, lineNos } = stockDoc(core, actor, 'sale', r.warehouseId, r.number, out, (l) => l.batchId);
    const moves = out.flatMap((l, i) => {
      const line = prepareLine(core, { productId: l.productId, unitId: l.unitId, qty: l.qty, batchId: l.batchId });
      return postOutboundLine(core, doc, { ...line, lineNo: lineNos[i]! }, r.warehouseId, null);
    });
    announce(core, 'stock.document.posted', doc, moves);
    outDoc = doc;
  }

  const t = totals(lines);
  const money = { customerId: r.customerId, sourceId: id, sourceNo: r.number, businessDate: day, note: r.reason };
  const item =
    t.diffFen > 0
      ? postInvoice(core, { ...money, sourceType: 'exchange', amount: t.diffFen }, actor)
      : t.diffFen < 0
        ? postCredit(core, { ...money, sourceType: 'return', amount: -t.diffFen }, actor)
        : null;

  if (inDoc) {
    const codes = lines.flatMap((l) => (l.kind === 'return' ? l.codes.map((code) => ({ code, damaged: l.condition === 'damaged' })) : []));
    recordReturnedCodes(core, actor, codes, { warehouseId: r.warehouseId, inDocId: inDoc.id, damageDocId: damageDoc?.id ?? null, number: r.number });
  }

  writeLines(core, id, lines);
  const now = core.now().toISOString();
  core.db
    .update(salesReturns)
    .set({ status: 'posted', businessDate: day, ...t, inDocId: inDoc?.id ?? null, outDocId: outDoc?.id ?? null, damageDocId: damageDoc?.id ?? null, arItemId: item?.id ?? null, postedBy: actor.userId, postedAt: now })
    .where(eq(salesReturns.id, id))
    .run();
  const view = getReturn(core, id);
  writeOutbox(core, 'sales.return.posted', id, view);
}

export function postReturn(core: Core, actor: Actor, input: { id: string }): SalesReturnView {
  return mutate(
    core,
    actor,
    (r) => ({ action: 'salesReturns.post', entity: 'sales_return', entityId: r.id, data: { number: r.number, diffFen: r.diffFen, arItemId: r.arItemId } }),
    () => {
      postInTx(core, actor, input.id);
      return getReturn(core, input.id);
    },
  );
}

/** A draft that will not be posted: cancelled (kept, numbered, never posted). */
export function cancelReturn(core: Core, actor: Actor, input: { id: string }): SalesReturnView {
  return mutate(
    core,
    actor,
    (r) => ({ action: 'salesReturns.cancel', entity: 'sales_return', entityId: r.id, data: { number: r.number } }),
    () => {
      const r = getReturn(core, input.id);
      if (r.status !== 'draft') throw new AppError('SALES_RETURN_NOT_DRAFT', { number: r.number });
      core.db.update(salesReturns).set({ status: 'cancelled' }).where(eq(salesReturns.id, r.id)).run();
      return getReturn(core, r.id);
    },
  );
}
