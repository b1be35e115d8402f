// Transfers between warehouses: shipping takes the goods out of the source (first-expiring-first) and puts them in
// transit to the destination; arrival takes them out of transit onto its shelves, and any difference between
// shipped and received becomes a variance report (lost goods leave at cost, extra goods come in at average cost).
import { and, eq, sql } from 'drizzle-orm';
import { stockMoves } from '../../../db/schema';
import { moveCodes } from '../trace';
import type { Actor, Core } from '../shared/context';
import { businessDate } from '../shared/dates';
import { AppError } from '../shared/errors';
import { mulDiv } from '../shared/money';
import { mutate } from '../shared/mutate';
import { announce } from './announce';
import { createDocument, documentLines, getDocument, insertLines, setDocumentStatus, type StockDoc } from './documents';
import { postMoves, type MoveSpec, type PostedMove } from './ledger';
import { prepareLines, type QtyLineInput } from './lines';
import { postOutboundLine } from './outbound';
import { stockProduct } from './products';
import { writeVarianceReport, type VarianceLineInput } from './variance';
import { stockWarehouse } from './warehouses';

export interface ShipTransferInput {
  fromWarehouseId: string;
  toWarehouseId: string;
  reason?: string;
  lines: QtyLineInput[];
  /** Trace codes scanned onto the transfer: each gets a "moved" event from → to. */
  codes?: string[];
}

export function shipTransfer(core: Core, actor: Actor, input: ShipTransferInput): StockDoc {
  return mutate(
    core,
    actor,
    (doc) => ({ action: 'transfers.ship', entity: 'stock_document', entityId: doc.id, data: { number: doc.number, lines: input.lines.length } }),
    () => {
      if (input.fromWarehouseId === input.toWarehouseId) throw new AppError('WAREHOUSE_SAME');
      stockWarehouse(core, input.fromWarehouseId);
      stockWarehouse(core, input.toWarehouseId);
      const prepared = prepareLines(core, input.lines);
      const doc = createDocument(core, actor, {
        type: 'transfer',
        status: 'in_transit',
        warehouseId: input.fromWarehouseId,
        toWarehouseId: input.toWarehouseId,
        reason: input.reason,
      });
      const lines = insertLines(core, doc.id, prepared);
      const moves = lines.flatMap((l, i) =>
        postOutboundLine(core, doc, { ...prepared[i]!, lineNo: l.lineNo }, input.fromWarehouseId, { warehouseId: input.toWarehouseId, inTransit: true }),
      );
      moveCodes(core, actor, { codes: input.codes ?? [], fromWarehouseId: input.fromWarehouseId, toWarehouseId: input.toWarehouseId, docType: doc.type, docId: doc.id, number: doc.number, lines });
      announce(core, 'stock.document.posted', doc, moves);
      return doc;
    },
  );
}

export interface ReceiveTransferInput {
  id: string;
  /** Lines whose received quantity differs from what was shipped (base units); others arrived in full. */
  lines?: { lineNo: number; receivedQty: number }[];
}

interface TransitBatch {
  batchId: string;
  qty: number;
  value: number;
}

/** What a line put in transit, per batch, in the order it was allocated. */
function inTransitOf(core: Core, doc: StockDoc, lineNo: number): TransitBatch[] {
  const rows = core.db
    .select({ batchId: stockMoves.batchId, qty: stockMoves.qty, value: stockMoves.value })
    .from(stockMoves)
    .where(and(eq(stockMoves.docId, doc.id), eq(stockMoves.lineNo, lineNo), eq(stockMoves.inTransit, true)))
    .orderBy(sql`rowid`)
    .all();
  const byBatch = new Map<string, TransitBatch>();
  for (const r of rows) {
    const b = byBatch.get(r.batchId) ?? { batchId: r.batchId, qty: 0, value: 0 };
    b.qty += r.qty;
    b.value += r.value;
    byBatch.set(r.batchId, b);
  }
  return [...byBatch.values()];
}

/**
 * How a line's received quantity spreads over the batches it was shipped in: a shortage comes off the last
 * (latest-expiring) batches first, an excess goes onto the last batch.
 */
export function spreadReceived(shipped: readonly number[], received: number): number[] {
  const out = [...shipped];
  let diff = received - shipped.reduce((a, b) => a + b, 0);
  if (diff > 0 && out.length > 0) out[out.length - 1]! += diff;
  for (let i = out.length - 1; i >= 0 && diff < 0; i--) {
    const take = Math.min(out[i]!, -diff);
    out[i]! -= take;
    diff += take;
  }
  return out;
}

export function receiveTransfer(core: Core, actor: Actor, input: ReceiveTransferInput): { doc: StockDoc; reportId: string | null } {
  return mutate(
    core,
    actor,
    (r) => ({ action: 'transfers.receive', entity: 'stock_document', entityId: r.doc.id, data: { number: r.doc.number, reportId: r.reportId } }),
    () => {
      const doc = getDocument(core, input.id);
      if (doc.type !== 'transfer' || doc.status !== 'in_transit') throw new AppError('TRANSFER_NOT_IN_TRANSIT', { number: doc.number });
      const to = doc.toWarehouseId!;
      const lines = documentLines(core, doc.id);
      const received = new Map<number, number>();
      for (const r of input.lines ?? []) {
        const line = lines.find((l) => l.lineNo === r.lineNo);
        if (!line) throw new AppError('TRANSFER_LINE_UNKNOWN', { number: doc.number, line: r.lineNo });
        if (!Number.isSafeInteger(r.receivedQty) || r.receivedQty < 0) {
          throw new AppError('STOCK_QTY_INVALID', { product: stockProduct(core, line.productId).name, qty: r.receivedQty });
        }
        received.set(r.lineNo, r.receivedQty);
      }
      // Arrival moves carry the arrival day, not the shipping day.
      const arrival = { ...doc, businessDate: businessDate(core.now(), core.timeZone) };
      const moves: PostedMove[] = [];
      const variance: VarianceLineInput[] = [];
      for (const line of lines) {
        const transit = inTransitOf(core, doc, line.lineNo);
        const got = spreadReceived(
          transit.map((t) => t.qty),
          received.get(line.lineNo) ?? line.qtyBase,
        );
        const specs: MoveSpec[] = [];
        transit.forEach((t, i) => {
          const r = got[i]!;
          specs.push({ lineNo: line.lineNo, warehouseId: to, productId: line.productId, batchId: t.batchId, inTransit: true, qty: -t.qty, value: -t.value });
          const arrived = Math.min(r, t.qty);
          if (arrived > 0) specs.push({ lineNo: line.lineNo, warehouseId: to, productId: line.productId, batchId: t.batchId, qty: arrived, value: mulDiv(t.value, arrived, t.qty) });
          // Extra goods carry no cost of their own: they come in at the average cost.
          if (r > t.qty) specs.push({ lineNo: line.lineNo, warehouseId: to, productId: line.productId, batchId: t.batchId, qty: r - t.qty });
        });
        const posted = postMoves(core, arrival, specs);
        moves.push(...posted);
        const shipped = line.qtyBase;
        const total = got.reduce((a, b) => a + b, 0);
        const diffValue = posted.reduce((a, m) => a + m.value, 0);
        variance.push({ productId: line.productId, expectedQty: shipped, actualQty: total, diffValue });
      }
      const done = setDocumentStatus(core, actor, doc, 'posted');
      const reportId = writeVarianceReport(core, actor, { kind: 'transfer', sourceId: doc.id, sourceNumber: doc.number, warehouseId: to }, variance);
      announce(core, 'stock.document.received', done, moves);
      return { doc: done, reportId };
    },
  );
}
