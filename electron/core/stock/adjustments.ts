// Adjustments: damage (报损), samples (样品) and write-offs (报废) take goods out of stock with a reason. A clerk's
// write-off waits for the owner's approval; damage and samples post at once. Stocktake results post through
// postAdjustment with signed quantities.
import type { Actor, Core } from '../shared/context';
import { AppError } from '../shared/errors';
import { mutate } from '../shared/mutate';
import { announce } from './announce';
import { batchesInFefoOrder } from './fefo';
import { createDocument, documentLines, getDocument, insertLines, setDocumentStatus, type StockDoc, type StockDocLine } from './documents';
import { ensureBatch } from './batches';
import { postMoves, type MoveSpec, type PostedMove } from './ledger';
import { prepareLine, prepareLines, type QtyLineInput } from './lines';
import { postOutboundLine } from './outbound';
import { lineUnit, stockProduct } from './products';
import { stockWarehouse } from './warehouses';

export type OutboundAdjustmentKind = 'damage' | 'sample' | 'write_off';

export interface AdjustmentInput {
  warehouseId: string;
  kind: OutboundAdjustmentKind;
  reason: string;
  lines: QtyLineInput[];
}

/** Damaged and written-off goods may well be expired; samples go to stores, so they may not. */
const allowsExpired = (kind: string | null) => kind !== 'sample';

function postOutbound(core: Core, doc: StockDoc, lines: readonly StockDocLine[]): PostedMove[] {
  return lines.flatMap((l) => {
    const line = prepareLine(core, { productId: l.productId, unitId: l.unitId, qty: l.qty, batchId: l.batchId });
    return postOutboundLine(core, doc, { ...line, lineNo: l.lineNo }, doc.warehouseId, null, { allowExpired: allowsExpired(doc.kind) });
  });
}

export function createAdjustment(core: Core, actor: Actor, input: AdjustmentInput): StockDoc {
  return mutate(
    core,
    actor,
    (doc) => ({ action: 'adjustments.create', entity: 'stock_document', entityId: doc.id, data: { number: doc.number, kind: doc.kind, status: doc.status, reason: doc.reason } }),
    () => {
      const reason = input.reason.trim();
      if (!reason) throw new AppError('ADJUSTMENT_REASON');
      stockWarehouse(core, input.warehouseId);
      const prepared = prepareLines(core, input.lines);
      const pending = input.kind === 'write_off' && actor.role !== 'owner';
      const doc = createDocument(core, actor, { type: 'adjustment', status: pending ? 'pending' : 'posted', warehouseId: input.warehouseId, kind: input.kind, reason });
      const lines = insertLines(core, doc.id, prepared);
      if (pending) {
        // Check now that the stock is there, so the owner is not asked to approve what cannot be posted.
        checkAvailable(core, doc, lines);
        return doc;
      }
      announce(core, 'stock.document.posted', doc, postOutbound(core, doc, lines));
      return doc;
    },
  );
}

/** Runs the allocation of a pending adjustment without keeping it: refuses now what approval would refuse. */
function checkAvailable(core: Core, doc: StockDoc, lines: readonly StockDocLine[]): void {
  const savepoint = core.sqlite.prepare('SAVEPOINT adjustment_check');
  savepoint.run();
  try {
    postOutbound(core, doc, lines);
  } finally {
    core.sqlite.prepare('ROLLBACK TO adjustment_check').run();
    core.sqlite.prepare('RELEASE adjustment_check').run();
  }
}

export function approveAdjustment(core: Core, actor: Actor, input: { id: string }): StockDoc {
  return mutate(
    core,
    actor,
    (doc) => ({ action: 'adjustments.approve', entity: 'stock_document', entityId: doc.id, data: { number: doc.number } }),
    () => {
      const doc = getDocument(core, input.id);
      if (doc.type !== 'adjustment' || doc.status !== 'pending') throw new AppError('STOCK_DOC_NOT_PENDING', { number: doc.number });
      const posted = setDocumentStatus(core, actor, doc, 'posted');
      announce(core, 'stock.document.posted', posted, postOutbound(core, posted, documentLines(core, doc.id)));
      return posted;
    },
  );
}

export function rejectAdjustment(core: Core, actor: Actor, input: { id: string; reason: string }): StockDoc {
  return mutate(
    core,
    actor,
    (doc) => ({ action: 'adjustments.reject', entity: 'stock_document', entityId: doc.id, data: { number: doc.number, reason: input.reason } }),
    () => {
      const doc = getDocument(core, input.id);
      if (doc.type !== 'adjustment' || doc.status !== 'pending') throw new AppError('STOCK_DOC_NOT_PENDING', { number: doc.number });
      return setDocumentStatus(core, actor, doc, 'cancelled');
    },
  );
}

export interface SignedAdjustmentLine {
  productId: string;
  /** Signed base units: positive a gain, negative a loss. */
  deltaQty: number;
  /** Batch number a gain goes to, when the count named one. */
  gainBatchNo?: string;
}

/**
 * Posts a stocktake's result inside the caller's transaction: losses leave first-expiring-first (expired goods
 * too: they are on the shelf or not), gains join the named batch, else the warehouse's latest batch of the product,
 * else the "batch unknown" bucket; both at average cost.
 */
export function postAdjustment(core: Core, actor: Actor, head: { warehouseId: string; reason: string }, lines: readonly SignedAdjustmentLine[]): StockDoc {
  const doc = createDocument(core, actor, { type: 'adjustment', status: 'posted', warehouseId: head.warehouseId, kind: 'stocktake', reason: head.reason });
  const nonzero = lines.filter((l) => l.deltaQty !== 0);
  const written = insertLines(
    core,
    doc.id,
    nonzero.map((l) => {
      const unit = lineUnit(core, stockProduct(core, l.productId));
      return { productId: l.productId, unitId: unit.id, unitName: unit.name, factor: 1, qty: l.deltaQty, qtyBase: l.deltaQty };
    }),
  );
  const moves = written.flatMap((w, i) => {
    const l = nonzero[i]!;
    const product = stockProduct(core, l.productId);
    const specs: MoveSpec[] = [];
    if (l.deltaQty > 0) {
      const named = l.gainBatchNo ? ensureBatch(core, product, { batchNo: l.gainBatchNo }) : null;
      const batchId = named?.id ?? batchesInFefoOrder(core, head.warehouseId, l.productId).at(-1)?.batchId ?? ensureBatch(core, product, { batchNo: '' }).id;
      specs.push({ lineNo: w.lineNo, warehouseId: head.warehouseId, productId: l.productId, batchId, qty: l.deltaQty });
    } else {
      let left = -l.deltaQty;
      for (const b of batchesInFefoOrder(core, head.warehouseId, l.productId)) {
        if (left === 0) break;
        const take = Math.min(left, b.qty);
        specs.push({ lineNo: w.lineNo, warehouseId: head.warehouseId, productId: l.productId, batchId: b.batchId, qty: -take });
        left -= take;
      }
      // Less on the shelves than the count says is lost: the ledger refuses it with the quantities named.
      if (left > 0) specs.push({ lineNo: w.lineNo, warehouseId: head.warehouseId, productId: l.productId, batchId: ensureBatch(core, product, { batchNo: '' }).id, qty: -left });
    }
    return postMoves(core, doc, specs);
  });
  announce(core, 'stock.document.posted', doc, moves);
  return doc;
}
