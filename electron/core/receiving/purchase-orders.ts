// Purchase orders to the brand (采购单): brand, receiving warehouse, lines of product/unit/qty/price. A draft is
// submitted to the brand (an outbox fact), received by one or more receipts, or cancelled before any arrive.
import { and, asc, desc, eq, sql } from 'drizzle-orm';
import { brands, purchaseOrderLines, purchaseOrders, products, receivingSessions, stockDocumentLines, stockDocuments } from '../../../db/schema';
import { getBrand } from '../catalog/brands';
import type { Actor, Core } from '../shared/context';
import { nextDocNumber } from '../shared/doc-numbers';
import { AppError } from '../shared/errors';
import { newId } from '../shared/ids';
import { writeOutbox } from '../shared/journal';
import { assertFen } from '../shared/money';
import { mutate } from '../shared/mutate';
import { lineUnit, stockProduct, toBase } from '../stock/products';
import { stockWarehouse } from '../stock/warehouses';

export type PurchaseOrder = typeof purchaseOrders.$inferSelect;
export type PurchaseOrderLine = typeof purchaseOrderLines.$inferSelect;

export interface PurchaseOrderInput {
  brandId: string;
  warehouseId: string;
  expectedOn?: string | null;
  note?: string;
  lines: { productId: string; unitId: string; qty: number; price: number }[];
}

export function createPurchaseOrder(core: Core, actor: Actor, input: PurchaseOrderInput): PurchaseOrder {
  return mutate(
    core,
    actor,
    (po) => ({ action: 'purchaseOrders.create', entity: 'purchase_order', entityId: po.id, data: { number: po.number, total: po.total } }),
    () => {
      const brand = getBrand(core, input.brandId);
      stockWarehouse(core, input.warehouseId, 'main');
      if (input.lines.length === 0) throw new AppError('STOCK_LINES_EMPTY');
      const id = newId();
      const lines: PurchaseOrderLine[] = input.lines.map((l, i) => {
        const product = stockProduct(core, l.productId);
        if (product.brandId !== null && product.brandId !== brand.id) throw new AppError('PO_BRAND_MISMATCH', { product: product.name, brand: brand.name });
        const unit = lineUnit(core, product, l.unitId);
        const qtyBase = toBase(product, l.qty, unit.factor);
        assertFen(l.price);
        if (l.price < 0) throw new AppError('MONEY_FORMAT', { value: String(l.price) });
        const amount = l.qty * l.price;
        assertFen(amount);
        return { id: newId(), poId: id, lineNo: i + 1, productId: product.id, unitId: unit.id, unitName: unit.name, factor: unit.factor, qty: l.qty, qtyBase, price: l.price, amount };
      });
      const po: PurchaseOrder = {
        id,
        number: nextDocNumber(core, 'CG'),
        brandId: brand.id,
        warehouseId: input.warehouseId,
        status: 'draft',
        expectedOn: input.expectedOn ?? null,
        note: input.note ?? '',
        total: lines.reduce((a, l) => a + l.amount, 0),
        createdBy: actor.userId,
        createdAt: core.now().toISOString(),
        submittedAt: null,
      };
      core.db.insert(purchaseOrders).values(po).run();
      core.db.insert(purchaseOrderLines).values(lines).run();
      return po;
    },
  );
}

export function getPurchaseOrder(core: Core, id: string): PurchaseOrder {
  const po = core.db.select().from(purchaseOrders).where(eq(purchaseOrders.id, id)).get();
  if (!po) throw new AppError('PO_NOT_FOUND');
  return po;
}

export function submitPurchaseOrder(core: Core, actor: Actor, input: { id: string }): PurchaseOrder {
  return mutate(
    core,
    actor,
    (po) => ({ action: 'purchaseOrders.submit', entity: 'purchase_order', entityId: po.id, data: { number: po.number } }),
    () => {
      const po = getPurchaseOrder(core, input.id);
      if (po.status !== 'draft') throw new AppError('PO_NOT_DRAFT', { number: po.number });
      const submittedAt = core.now().toISOString();
      core.db.update(purchaseOrders).set({ status: 'submitted', submittedAt }).where(eq(purchaseOrders.id, po.id)).run();
      const lines = purchaseOrderLinesOf(core, po.id);
      writeOutbox(core, 'purchasing.order.submitted', po.id, { ...po, status: 'submitted', submittedAt, lines });
      return { ...po, status: 'submitted' as const, submittedAt };
    },
  );
}

export function cancelPurchaseOrder(core: Core, actor: Actor, input: { id: string }): PurchaseOrder {
  return mutate(
    core,
    actor,
    (po) => ({ action: 'purchaseOrders.cancel', entity: 'purchase_order', entityId: po.id, data: { number: po.number } }),
    () => {
      const po = getPurchaseOrder(core, input.id);
      const received = receivedByLine(core, po.id);
      if ((po.status !== 'draft' && po.status !== 'submitted') || [...received.values()].some((q) => q > 0)) {
        throw new AppError('PO_NOT_OPEN', { number: po.number });
      }
      core.db.update(purchaseOrders).set({ status: 'cancelled' }).where(eq(purchaseOrders.id, po.id)).run();
      if (po.status === 'submitted') writeOutbox(core, 'purchasing.order.cancelled', po.id, { id: po.id, number: po.number });
      return { ...po, status: 'cancelled' as const };
    },
  );
}

export const purchaseOrderLinesOf = (core: Core, poId: string): PurchaseOrderLine[] =>
  core.db.select().from(purchaseOrderLines).where(eq(purchaseOrderLines.poId, poId)).orderBy(asc(purchaseOrderLines.lineNo)).all();

/** Base units received per product against a PO: the lines of its posted (not reversed) receipts. */
export function receivedByLine(core: Core, poId: string): Map<string, number> {
  const rows = core.db
    .select({ productId: stockDocumentLines.productId, qty: sql<number>`sum(${stockDocumentLines.qtyBase})` })
    .from(stockDocumentLines)
    .innerJoin(stockDocuments, eq(stockDocuments.id, stockDocumentLines.docId))
    .innerJoin(receivingSessions, eq(receivingSessions.id, stockDocuments.id))
    .where(and(eq(receivingSessions.poId, poId), eq(stockDocuments.status, 'posted')))
    .groupBy(stockDocumentLines.productId)
    .all();
  return new Map(rows.map((r) => [r.productId, r.qty]));
}

/** Ordered minus received per product (never below zero), in PO line order. */
export function outstandingOf(core: Core, poId: string): { line: PurchaseOrderLine; outstanding: number }[] {
  const received = receivedByLine(core, poId);
  return purchaseOrderLinesOf(core, poId).map((line) => {
    const got = received.get(line.productId) ?? 0;
    const take = Math.min(got, line.qtyBase);
    received.set(line.productId, got - take);
    return { line, outstanding: line.qtyBase - take };
  });
}

export interface PurchaseOrderView extends PurchaseOrder {
  brandName: string;
  lines: (PurchaseOrderLine & { sku: string; name: string; receivedQty: number })[];
}

export function purchaseOrderView(core: Core, id: string): PurchaseOrderView {
  const po = getPurchaseOrder(core, id);
  const names = new Map(
    core.db
      .select({ id: products.id, sku: products.sku, name: products.name })
      .from(products)
      .innerJoin(purchaseOrderLines, eq(purchaseOrderLines.productId, products.id))
      .where(eq(purchaseOrderLines.poId, id))
      .all()
      .map((p) => [p.id, p]),
  );
  const lines = outstandingOf(core, id).map(({ line, outstanding }) => ({
    ...line,
    sku: names.get(line.productId)?.sku ?? '',
    name: names.get(line.productId)?.name ?? '',
    receivedQty: line.qtyBase - outstanding,
  }));
  return { ...po, brandName: getBrand(core, po.brandId).name, lines };
}

export function listPurchaseOrders(core: Core, f: { brandId?: string; status?: PurchaseOrder['status']; limit?: number; offset?: number } = {}) {
  const where = [f.brandId ? eq(purchaseOrders.brandId, f.brandId) : undefined, f.status ? eq(purchaseOrders.status, f.status) : undefined];
  return core.db
    .select({
      id: purchaseOrders.id,
      number: purchaseOrders.number,
      brandId: purchaseOrders.brandId,
      brandName: brands.name,
      warehouseId: purchaseOrders.warehouseId,
      status: purchaseOrders.status,
      expectedOn: purchaseOrders.expectedOn,
      total: purchaseOrders.total,
      createdAt: purchaseOrders.createdAt,
      submittedAt: purchaseOrders.submittedAt,
    })
    .from(purchaseOrders)
    .innerJoin(brands, eq(brands.id, purchaseOrders.brandId))
    .where(and(...where))
    .orderBy(desc(purchaseOrders.createdAt))
    .limit(f.limit ?? 100)
    .offset(f.offset ?? 0)
    .all();
}

/** Marks a PO received once every line has arrived in full (called inside the posting transaction). */
export function closeIfReceived(core: Core, poId: string): void {
  if (outstandingOf(core, poId).every((o) => o.outstanding === 0)) {
    core.db.update(purchaseOrders).set({ status: 'received' }).where(and(eq(purchaseOrders.id, poId), eq(purchaseOrders.status, 'submitted'))).run();
  }
}
