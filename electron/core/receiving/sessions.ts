// Starting a receiving session (the draft of a receipt) against a shipment notice, a purchase order, or blind,
// with what is expected written down per product and batch; cancelling one; listing the drafts left open (a
// closed app or an unplugged scanner leaves them exactly as they were).
import { and, eq, sql } from 'drizzle-orm';
import { asnLines, asns, receivingExpected, receivingSessions, stockDocuments } from '../../../db/schema';
import { prepared } from '../catalog/statements';
import type { Actor, Core } from '../shared/context';
import { AppError } from '../shared/errors';
import { mutate } from '../shared/mutate';
import { createDocument, getDocument, setDocumentStatus, type StockDoc } from '../stock/documents';
import { stockWarehouse } from '../stock/warehouses';
import { getAsn } from './asns';
import { getPurchaseOrder, outstandingOf } from './purchase-orders';

export type ReceivingSession = typeof receivingSessions.$inferSelect;
type Expected = typeof receivingExpected.$inferInsert;

export interface StartReceivingInput {
  warehouseId: string;
  asnId?: string;
  poId?: string;
}

/** The draft receipt already open for this notice, if any: one shipment is received in one session. */
function openSessionFor(core: Core, asnId: string): StockDoc | undefined {
  const row = core.db
    .select({ id: stockDocuments.id })
    .from(receivingSessions)
    .innerJoin(stockDocuments, eq(stockDocuments.id, receivingSessions.id))
    .where(and(eq(receivingSessions.asnId, asnId), eq(stockDocuments.status, 'draft')))
    .get();
  return row ? getDocument(core, row.id) : undefined;
}

function expectedFromAsn(core: Core, sessionId: string, asnId: string): Expected[] {
  const lines = core.db.select().from(asnLines).where(eq(asnLines.asnId, asnId)).orderBy(asnLines.lineNo).all();
  const byKey = new Map<string, Expected>();
  for (const l of lines) {
    const key = JSON.stringify([l.productId, l.batchNo]);
    const e = byKey.get(key);
    if (e) e.qty += l.qtyBase;
    else {
      byKey.set(key, {
        sessionId,
        productId: l.productId,
        batchNo: l.batchNo,
        producedOn: l.producedOn,
        expiresOn: l.expiresOn,
        qty: l.qtyBase,
        unitName: l.unitName,
        factor: l.factor,
        price: l.price,
        ordinal: byKey.size + 1,
      });
    }
  }
  return [...byKey.values()];
}

function expectedFromPo(core: Core, sessionId: string, poId: string): Expected[] {
  const byProduct = new Map<string, Expected>();
  for (const { line, outstanding } of outstandingOf(core, poId)) {
    if (outstanding <= 0) continue;
    const e = byProduct.get(line.productId);
    if (e) e.qty += outstanding;
    else {
      byProduct.set(line.productId, {
        sessionId,
        productId: line.productId,
        batchNo: '',
        qty: outstanding,
        unitName: line.unitName,
        factor: line.factor,
        price: line.price,
        ordinal: byProduct.size + 1,
      });
    }
  }
  return [...byProduct.values()];
}

export function startReceiving(core: Core, actor: Actor, input: StartReceivingInput): StockDoc {
  return mutate(
    core,
    actor,
    (doc) => ({ action: 'receiving.start', entity: 'stock_document', entityId: doc.id, data: { number: doc.number, asnId: input.asnId ?? null, poId: input.poId ?? null } }),
    () => {
      stockWarehouse(core, input.warehouseId, 'main');
      let poId = input.poId ?? null;
      const asn = input.asnId ? getAsn(core, input.asnId) : null;
      if (asn) {
        if (asn.status !== 'open') throw new AppError('ASN_NOT_OPEN', { asnNo: asn.asnNo });
        const open = openSessionFor(core, asn.id);
        if (open) throw new AppError('ASN_IN_RECEIVING', { asnNo: asn.asnNo, number: open.number });
        poId = poId ?? asn.poId;
      }
      if (poId) {
        const po = getPurchaseOrder(core, poId);
        if (po.status !== 'submitted') throw new AppError('PO_NOT_OPEN', { number: po.number });
      }
      const doc = createDocument(core, actor, { type: 'receipt', status: 'draft', warehouseId: input.warehouseId });
      const source = asn ? 'asn' : poId ? 'po' : 'blind';
      core.db.insert(receivingSessions).values({ id: doc.id, source, asnId: asn?.id ?? null, poId }).run();
      const expected = asn ? expectedFromAsn(core, doc.id, asn.id) : poId ? expectedFromPo(core, doc.id, poId) : [];
      for (let i = 0; i < expected.length; i += 500) core.db.insert(receivingExpected).values(expected.slice(i, i + 500)).run();
      return doc;
    },
  );
}

export function getSession(core: Core, id: string): { doc: StockDoc; session: ReceivingSession } {
  const session = prepared(core, 'SELECT id, source, asn_id AS asnId, po_id AS poId, report_id AS reportId FROM receiving_sessions WHERE id = ?').get(id) as
    | ReceivingSession
    | undefined;
  if (!session) throw new AppError('RECEIVING_NOT_FOUND');
  return { doc: getDocument(core, id), session };
}

/** The session, refusing one that is no longer a draft. */
export function openSession(core: Core, id: string): { doc: StockDoc; session: ReceivingSession } {
  const s = getSession(core, id);
  if (s.doc.status !== 'draft') throw new AppError('RECEIVING_CLOSED', { number: s.doc.number });
  return s;
}

export function cancelReceiving(core: Core, actor: Actor, input: { id: string }): StockDoc {
  return mutate(
    core,
    actor,
    (doc) => ({ action: 'receiving.cancel', entity: 'stock_document', entityId: doc.id, data: { number: doc.number } }),
    () => setDocumentStatus(core, actor, openSession(core, input.id).doc, 'cancelled'),
  );
}

export interface DraftRow {
  id: string;
  number: string;
  source: ReceivingSession['source'];
  warehouseId: string;
  asnNo: string | null;
  createdAt: string;
  scanned: number;
}

/** Receipts still in progress, newest first: what a clerk resumes after a restart. */
export function listDrafts(core: Core): DraftRow[] {
  return core.db
    .select({
      id: stockDocuments.id,
      number: stockDocuments.number,
      source: receivingSessions.source,
      warehouseId: stockDocuments.warehouseId,
      asnNo: asns.asnNo,
      createdAt: stockDocuments.createdAt,
      scanned: sql<number>`coalesce((SELECT sum(qty) FROM receiving_counts c WHERE c.session_id = ${stockDocuments.id}), 0)`,
    })
    .from(receivingSessions)
    .innerJoin(stockDocuments, eq(stockDocuments.id, receivingSessions.id))
    .leftJoin(asns, eq(asns.id, receivingSessions.asnId))
    .where(eq(stockDocuments.status, 'draft'))
    .orderBy(sql`${stockDocuments.createdAt} DESC`)
    .all();
}
