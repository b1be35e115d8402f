// Reversing a posted warehouse document: a new document (冲销单) whose moves negate the original's, posted in one
// transaction with the original marked reversed. The original is never edited beyond its status.
import { and, desc, eq, sql } from 'drizzle-orm';
import { asns, purchaseOrders, receivingSessions, stockDocuments, stockMoves } from '../../../db/schema';
import { reverseCodeEvents } from '../trace';
import type { Actor, Core } from '../shared/context';
import { AppError } from '../shared/errors';
import { mutate } from '../shared/mutate';
import { announce } from './announce';
import { createDocument, documentLines, getDocument, insertLines, setDocumentStatus, type StockDoc } from './documents';
import { postMoves } from './ledger';

export interface ReverseInput {
  id: string;
  reason: string;
}

function checkReversible(core: Core, actor: Actor, doc: StockDoc): void {
  if (doc.type === 'reversal') throw new AppError('STOCK_REVERSE_REVERSAL', { number: doc.number });
  if (doc.status === 'reversed') {
    const by = doc.reversedById ? getDocument(core, doc.reversedById).number : '-';
    throw new AppError('STOCK_DOC_ALREADY_REVERSED', { number: doc.number, by });
  }
  if (doc.status !== 'posted' && doc.status !== 'in_transit') throw new AppError('STOCK_DOC_NOT_POSTED', { number: doc.number });
  // Adjustments are the owner's decisions (write-offs, stocktake results): only the owner undoes them.
  if (doc.type === 'adjustment' && actor.role !== 'owner') throw new AppError('STOCK_REVERSE_NEEDS_OWNER');
}

export function reverseDocument(core: Core, actor: Actor, input: ReverseInput): StockDoc {
  return mutate(
    core,
    actor,
    (rev) => ({ action: 'stock.reverse', entity: 'stock_document', entityId: input.id, data: { reversal: rev.number, reason: input.reason } }),
    () => {
      const doc = getDocument(core, input.id);
      checkReversible(core, actor, doc);
      const reversal = createDocument(core, actor, {
        type: 'reversal',
        status: 'posted',
        warehouseId: doc.warehouseId,
        toWarehouseId: doc.toWarehouseId,
        kind: doc.kind,
        reason: input.reason,
        reversesId: doc.id,
      });
      insertLines(
        core,
        reversal.id,
        documentLines(core, doc.id).map((l) => ({ ...l, qty: -l.qty, qtyBase: -l.qtyBase })),
      );
      // Undo in the opposite order, so that goods arrived from transit go back to transit before leaving it.
      const original = core.db.select().from(stockMoves).where(eq(stockMoves.docId, doc.id)).orderBy(desc(sql`rowid`)).all();
      const moves = postMoves(
        core,
        reversal,
        original.map((m) => ({ lineNo: m.lineNo, warehouseId: m.warehouseId, productId: m.productId, batchId: m.batchId, inTransit: m.inTransit, qty: -m.qty, value: -m.value })),
        { reversal: true },
      );
      setDocumentStatus(core, actor, doc, 'reversed');
      core.db.update(stockDocuments).set({ reversedById: reversal.id }).where(eq(stockDocuments.id, doc.id)).run();
      if (doc.type === 'receipt') reopenPurchasing(core, doc.id);
      // Codes a receipt received are released; codes a transfer or van load moved go back (refused, with the whole
      // reversal, when part of a case has gone its own way since).
      reverseCodeEvents(core, actor, doc, reversal);
      announce(core, 'stock.document.reversed', reversal, moves);
      return reversal;
    },
  );
}

/** A reversed receipt no longer counts against its shipment notice or purchase order: they are open again. */
function reopenPurchasing(core: Core, receiptId: string): void {
  const session = core.db.select().from(receivingSessions).where(eq(receivingSessions.id, receiptId)).get();
  if (session?.asnId) {
    core.db.update(asns).set({ status: 'open' }).where(and(eq(asns.id, session.asnId), eq(asns.status, 'received'))).run();
  }
  if (session?.poId) {
    core.db
      .update(purchaseOrders)
      .set({ status: 'submitted' })
      .where(and(eq(purchaseOrders.id, session.poId), eq(purchaseOrders.status, 'received')))
      .run();
  }
}
