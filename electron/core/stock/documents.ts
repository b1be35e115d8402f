// Warehouse document headers and lines. A document is numbered when it is created (RK-20261122-0001) and its
// lines are written once; posting changes only its status, a reversal is a new document.
import { asc, eq } from 'drizzle-orm';
import { prepared } from '../catalog/statements';
import { STOCK_DOC_STATUSES, STOCK_DOC_TYPES, ADJUSTMENT_KINDS, stockDocumentLines, stockDocuments } from '../../../db/schema';
import type { Actor, Core } from '../shared/context';
import { businessDate } from '../shared/dates';
import { nextDocNumber } from '../shared/doc-numbers';
import { AppError } from '../shared/errors';
import { newId } from '../shared/ids';

export type StockDocType = (typeof STOCK_DOC_TYPES)[number];
export type StockDocStatus = (typeof STOCK_DOC_STATUSES)[number];
export type AdjustmentKind = (typeof ADJUSTMENT_KINDS)[number];

/** Number prefixes: 入库 RK, 调拨 DB, 装车 ZC, 回库 HC, 调整 TZ, 冲销 CX, 销售出库 XS, 销售退货 XT. */
export const DOC_PREFIX: Record<StockDocType, string> = {
  receipt: 'RK',
  transfer: 'DB',
  van_load: 'ZC',
  van_return: 'HC',
  adjustment: 'TZ',
  reversal: 'CX',
  sale: 'XS',
  sale_return: 'XT',
};

export type StockDoc = typeof stockDocuments.$inferSelect;
export type StockDocLine = typeof stockDocumentLines.$inferSelect;

export interface NewDoc {
  type: StockDocType;
  status: StockDocStatus;
  warehouseId: string;
  toWarehouseId?: string | null;
  kind?: AdjustmentKind | null;
  reason?: string;
  reversesId?: string | null;
}

export function createDocument(core: Core, actor: Actor | null, input: NewDoc): StockDoc {
  const now = core.now().toISOString();
  const posted = input.status === 'posted' || input.status === 'in_transit';
  const doc: StockDoc = {
    id: newId(),
    number: nextDocNumber(core, DOC_PREFIX[input.type]),
    type: input.type,
    status: input.status,
    warehouseId: input.warehouseId,
    toWarehouseId: input.toWarehouseId ?? null,
    kind: input.kind ?? null,
    reason: input.reason ?? '',
    businessDate: businessDate(core.now(), core.timeZone),
    reversesId: input.reversesId ?? null,
    reversedById: null,
    createdBy: actor?.userId ?? null,
    createdAt: now,
    postedBy: posted ? (actor?.userId ?? null) : null,
    postedAt: posted ? now : null,
  };
  core.db.insert(stockDocuments).values(doc).run();
  return doc;
}

export function getDocument(core: Core, id: string): StockDoc {
  const doc = prepared(
    core,
    `SELECT id, number, type, status, warehouse_id AS warehouseId, to_warehouse_id AS toWarehouseId, kind, reason,
       business_date AS businessDate, reverses_id AS reversesId, reversed_by_id AS reversedById, created_by AS createdBy,
       created_at AS createdAt, posted_by AS postedBy, posted_at AS postedAt
     FROM stock_documents WHERE id = ?`,
  ).get(id) as StockDoc | undefined;
  if (!doc) throw new AppError('STOCK_DOC_NOT_FOUND');
  return doc;
}

/** Moves a document to a new status; posting stamps who and when (the business date is the posting day). */
export function setDocumentStatus(core: Core, actor: Actor | null, doc: StockDoc, status: StockDocStatus): StockDoc {
  const stamp = (status === 'posted' || status === 'in_transit') && doc.postedAt === null;
  const patch: Partial<StockDoc> = { status };
  if (stamp) {
    patch.postedBy = actor?.userId ?? null;
    patch.postedAt = core.now().toISOString();
    patch.businessDate = businessDate(core.now(), core.timeZone);
  }
  core.db.update(stockDocuments).set(patch).where(eq(stockDocuments.id, doc.id)).run();
  return { ...doc, ...patch };
}

export interface LineInput {
  productId: string;
  unitId: string | null;
  unitName: string;
  factor: number;
  qty: number;
  qtyBase: number;
  batchId?: string | null;
  price?: number | null;
  note?: string;
}

/** Writes the lines of a document, numbered from 1 in the order given. */
export function insertLines(core: Core, docId: string, lines: readonly LineInput[]): StockDocLine[] {
  if (lines.length === 0) throw new AppError('STOCK_LINES_EMPTY');
  const rows: StockDocLine[] = lines.map((l, i) => ({
    id: newId(),
    docId,
    lineNo: i + 1,
    productId: l.productId,
    unitId: l.unitId,
    unitName: l.unitName,
    factor: l.factor,
    qty: l.qty,
    qtyBase: l.qtyBase,
    batchId: l.batchId ?? null,
    price: l.price ?? null,
    note: l.note ?? '',
  }));
  for (let i = 0; i < rows.length; i += 500) core.db.insert(stockDocumentLines).values(rows.slice(i, i + 500)).run();
  return rows;
}

export function documentLines(core: Core, docId: string): StockDocLine[] {
  return core.db.select().from(stockDocumentLines).where(eq(stockDocumentLines.docId, docId)).orderBy(asc(stockDocumentLines.lineNo)).all();
}
