// Posting a receipt: in one transaction the good goods go into stock by batch (valued at the notice's or order's
// price), over/short/damaged lines become a discrepancy report, the scanned trace codes get their "received"
// events (and diversion alerts for codes registered elsewhere), the notice and order are closed, and the outbox and
// audit rows are written.
import { asc, eq } from 'drizzle-orm';
import { asns, purchaseOrders, receivingCounts, receivingEntries, receivingExpected, receivingSessions, stockCosts } from '../../../db/schema';
import type { Actor, Core } from '../shared/context';
import { AppError } from '../shared/errors';
import { mulDiv } from '../shared/money';
import { mutate } from '../shared/mutate';
import { announce } from '../stock/announce';
import { ensureBatch } from '../stock/batches';
import { insertLines, setDocumentStatus, type StockDoc } from '../stock/documents';
import { postMoves } from '../stock/ledger';
import { lineUnit, stockProduct } from '../stock/products';
import { writeVarianceReport, type VarianceLineInput } from '../stock/variance';
import { checkInbound, logDiversionAlerts, recordCodeEvents } from '../trace';
import { closeIfReceived, purchaseOrderLinesOf } from './purchase-orders';
import { openSession, type ReceivingSession } from './sessions';

type Count = typeof receivingCounts.$inferSelect;
type Expected = typeof receivingExpected.$inferSelect;
interface Price {
  price: number;
  factor: number;
}

const keyOf = (productId: string, batchNo: string) => `${productId}\u0000${batchNo}`;

/** The price a line is valued at: its own expected batch, else any expected line of the product, else the PO line. */
function pricer(core: Core, session: ReceivingSession, expected: readonly Expected[]): (productId: string, batchNo: string) => Price | null {
  const byKey = new Map<string, Price>();
  const byProduct = new Map<string, Price>();
  for (const e of expected) {
    if (e.price === null) continue;
    byKey.set(keyOf(e.productId, e.batchNo), { price: e.price, factor: e.factor });
    if (!byProduct.has(e.productId)) byProduct.set(e.productId, { price: e.price, factor: e.factor });
  }
  if (session.poId) {
    for (const l of purchaseOrderLinesOf(core, session.poId)) if (!byProduct.has(l.productId)) byProduct.set(l.productId, { price: l.price, factor: l.factor });
  }
  return (productId, batchNo) => byKey.get(keyOf(productId, batchNo)) ?? byProduct.get(productId) ?? null;
}

/** A difference of qty valued at the price, or at the product's average cost when there is no price. */
function diffValue(core: Core, price: Price | null, productId: string, qty: number): number {
  if (qty === 0) return 0;
  if (price) return mulDiv(price.price, qty, price.factor);
  const pool = core.db.select({ qty: stockCosts.qty, value: stockCosts.value }).from(stockCosts).where(eq(stockCosts.productId, productId)).get();
  return pool && pool.qty > 0 ? mulDiv(pool.value, qty, pool.qty) : 0;
}

function reference(core: Core, session: ReceivingSession): string {
  if (session.asnId) return core.db.select({ asnNo: asns.asnNo }).from(asns).where(eq(asns.id, session.asnId)).get()?.asnNo ?? '';
  if (session.poId) return core.db.select({ n: purchaseOrders.number }).from(purchaseOrders).where(eq(purchaseOrders.id, session.poId)).get()?.n ?? '';
  return '';
}

function postStock(core: Core, doc: StockDoc, counts: readonly Count[], priceOf: ReturnType<typeof pricer>, expected: readonly Expected[]) {
  const expectedDates = new Map(expected.map((e) => [keyOf(e.productId, e.batchNo), e]));
  const good = counts.filter((c) => c.qty - c.damaged > 0);
  if (good.length === 0) throw new AppError('RECEIVING_EMPTY', { number: doc.number });
  const prepared = good.map((c) => {
    const product = stockProduct(core, c.productId);
    const e = expectedDates.get(keyOf(c.productId, c.batchNo));
    const batch = ensureBatch(core, product, { batchNo: c.batchNo, producedOn: c.producedOn ?? e?.producedOn, expiresOn: c.expiresOn ?? e?.expiresOn });
    const unit = lineUnit(core, product);
    const qty = c.qty - c.damaged;
    const price = priceOf(c.productId, c.batchNo);
    return { product, batch, qty, value: price ? mulDiv(price.price, qty, price.factor) : undefined, unit };
  });
  const lines = insertLines(
    core,
    doc.id,
    prepared.map((p) => ({ productId: p.product.id, unitId: p.unit.id, unitName: p.unit.name, factor: 1, qty: p.qty, qtyBase: p.qty, batchId: p.batch.id })),
  );
  return postMoves(
    core,
    doc,
    lines.map((l, i) => ({ lineNo: l.lineNo, warehouseId: doc.warehouseId, productId: l.productId, batchId: l.batchId!, qty: l.qtyBase, value: prepared[i]!.value })),
  );
}

function varianceLines(core: Core, counts: readonly Count[], expected: readonly Expected[], priceOf: ReturnType<typeof pricer>): VarianceLineInput[] {
  const countOf = new Map(counts.map((c) => [keyOf(c.productId, c.batchNo), c]));
  const lines: VarianceLineInput[] = expected.map((e) => {
    const c = countOf.get(keyOf(e.productId, e.batchNo));
    countOf.delete(keyOf(e.productId, e.batchNo));
    const actual = c?.qty ?? 0;
    const damaged = c?.damaged ?? 0;
    return { productId: e.productId, batchNo: e.batchNo, expectedQty: e.qty, actualQty: actual, damagedQty: damaged, diffValue: diffValue(core, priceOf(e.productId, e.batchNo), e.productId, actual - damaged - e.qty) };
  });
  for (const c of countOf.values()) {
    lines.push({ productId: c.productId, batchNo: c.batchNo, expectedQty: 0, actualQty: c.qty, damagedQty: c.damaged, diffValue: diffValue(core, priceOf(c.productId, c.batchNo), c.productId, c.qty - c.damaged) });
  }
  return lines;
}

/** Case codes scanned whole get their "received" events; codes registered elsewhere are logged as diversion. */
function receiveCodes(core: Core, actor: Actor, doc: StockDoc): void {
  const codes = core.db
    .select({ code: receivingEntries.code })
    .from(receivingEntries)
    .where(eq(receivingEntries.sessionId, doc.id))
    .all()
    .flatMap((r) => (r.code ? [r.code] : []));
  if (codes.length === 0) return;
  const { alerts } = checkInbound(core, codes);
  recordCodeEvents(
    core,
    actor,
    codes.map((code) => ({ code, kind: 'received' as const, warehouseId: doc.warehouseId, docType: 'receipt', docId: doc.id })),
  );
  if (alerts.length > 0) logDiversionAlerts(core, actor, alerts, { docType: 'receipt', docId: doc.id, warehouseId: doc.warehouseId });
}

export function postReceiving(core: Core, actor: Actor, input: { id: string }): { doc: StockDoc; reportId: string | null } {
  return mutate(
    core,
    actor,
    (r) => ({ action: 'receiving.post', entity: 'stock_document', entityId: r.doc.id, data: { number: r.doc.number, reportId: r.reportId } }),
    () => {
      const { doc, session } = openSession(core, input.id);
      const counts = core.db.select().from(receivingCounts).where(eq(receivingCounts.sessionId, doc.id)).orderBy(asc(receivingCounts.ordinal)).all();
      const expected = core.db.select().from(receivingExpected).where(eq(receivingExpected.sessionId, doc.id)).orderBy(asc(receivingExpected.ordinal)).all();
      const priceOf = pricer(core, session, expected);
      const posted = setDocumentStatus(core, actor, doc, 'posted');
      const moves = postStock(core, posted, counts, priceOf, expected);
      // A blind receipt expected nothing, so only damage is a discrepancy; everything else would read as "over".
      const variance = varianceLines(core, counts, expected, priceOf).filter((l) => session.source !== 'blind' || (l.damagedQty ?? 0) > 0);
      const reportId = writeVarianceReport(
        core,
        actor,
        { kind: 'receiving', sourceId: doc.id, sourceNumber: doc.number, warehouseId: doc.warehouseId, reference: reference(core, session) },
        variance,
      );
      core.db.update(receivingSessions).set({ reportId }).where(eq(receivingSessions.id, doc.id)).run();
      receiveCodes(core, actor, posted);
      if (session.asnId) core.db.update(asns).set({ status: 'received' }).where(eq(asns.id, session.asnId)).run();
      if (session.poId) closeIfReceived(core, session.poId);
      announce(core, 'stock.document.posted', posted, moves);
      return { doc: posted, reportId };
    },
  );
}
