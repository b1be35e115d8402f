// Reading warehouse documents: the list, one document with its lines, moves and variance reports, and the ledger
// of one warehouse/product.
import type { Core } from '../shared/context';
import { getDocument, type StockDoc, type StockDocStatus, type StockDocType } from './documents';
import { varianceReportsFor } from './variance';

export interface DocumentFilter {
  type?: StockDocType;
  status?: StockDocStatus;
  warehouseId?: string;
  /** Business dates, inclusive. */
  from?: string;
  to?: string;
  limit?: number;
  offset?: number;
}

export interface DocumentListRow extends StockDoc {
  warehouseName: string;
  toWarehouseName: string | null;
  lineCount: number;
}

export function listDocuments(core: Core, f: DocumentFilter = {}): DocumentListRow[] {
  const where = ['1 = 1'];
  const args: (string | number)[] = [];
  const add = (sql: string, v: string | undefined) => {
    if (v === undefined) return;
    where.push(sql);
    args.push(v);
  };
  add('d.type = ?', f.type);
  add('d.status = ?', f.status);
  add('(d.warehouse_id = ? OR d.to_warehouse_id = ?)', f.warehouseId);
  if (f.warehouseId) args.push(f.warehouseId);
  add('d.business_date >= ?', f.from);
  add('d.business_date <= ?', f.to);
  return core.sqlite
    .prepare(
      `SELECT d.id, d.number, d.type, d.status, d.warehouse_id AS warehouseId, d.to_warehouse_id AS toWarehouseId, d.kind,
         d.reason, d.business_date AS businessDate, d.reverses_id AS reversesId, d.reversed_by_id AS reversedById,
         d.created_by AS createdBy, d.created_at AS createdAt, d.posted_by AS postedBy, d.posted_at AS postedAt,
         w.name AS warehouseName, t.name AS toWarehouseName,
         (SELECT count(*) FROM stock_document_lines l WHERE l.doc_id = d.id) AS lineCount
       FROM stock_documents d JOIN warehouses w ON w.id = d.warehouse_id LEFT JOIN warehouses t ON t.id = d.to_warehouse_id
       WHERE ${where.join(' AND ')} ORDER BY d.created_at DESC, d.number DESC LIMIT ? OFFSET ?`,
    )
    .all(...args, f.limit ?? 100, f.offset ?? 0) as DocumentListRow[];
}

export interface DocumentLineView {
  lineNo: number;
  productId: string;
  sku: string;
  name: string;
  unitName: string;
  factor: number;
  qty: number;
  qtyBase: number;
  batchNo: string | null;
  price: number | null;
  note: string;
}

export interface MoveView {
  id: string;
  docId: string;
  docType: string;
  docNumber: string;
  lineNo: number;
  warehouseId: string;
  warehouseName: string;
  productId: string;
  sku: string;
  name: string;
  batchId: string;
  batchNo: string;
  expiresOn: string | null;
  inTransit: boolean;
  qty: number;
  value: number;
  businessDate: string;
  createdAt: string;
}

const MOVE_SELECT = `SELECT m.id, m.doc_id AS docId, m.doc_type AS docType, m.doc_number AS docNumber, m.line_no AS lineNo,
    m.warehouse_id AS warehouseId, w.name AS warehouseName, m.product_id AS productId, p.sku, p.name,
    m.batch_id AS batchId, b.batch_no AS batchNo, b.expires_on AS expiresOn, m.in_transit AS inTransit, m.qty, m.value,
    m.business_date AS businessDate, m.created_at AS createdAt
  FROM stock_moves m JOIN warehouses w ON w.id = m.warehouse_id JOIN products p ON p.id = m.product_id
    JOIN batches b ON b.id = m.batch_id`;

type RawMove = Omit<MoveView, 'inTransit'> & { inTransit: number };
const toMove = (r: RawMove): MoveView => ({ ...r, inTransit: r.inTransit === 1 });

export interface DocumentView {
  doc: StockDoc;
  warehouseName: string;
  toWarehouseName: string | null;
  lines: DocumentLineView[];
  moves: MoveView[];
  varianceReportIds: string[];
}

export function documentView(core: Core, id: string): DocumentView {
  const doc = getDocument(core, id);
  const name = (wid: string | null) =>
    wid === null ? null : ((core.sqlite.prepare('SELECT name FROM warehouses WHERE id = ?').get(wid) as { name: string } | undefined)?.name ?? null);
  const lines = core.sqlite
    .prepare(
      `SELECT l.line_no AS lineNo, l.product_id AS productId, p.sku, p.name, l.unit_name AS unitName, l.factor, l.qty,
         l.qty_base AS qtyBase, b.batch_no AS batchNo, l.price, l.note
       FROM stock_document_lines l JOIN products p ON p.id = l.product_id LEFT JOIN batches b ON b.id = l.batch_id
       WHERE l.doc_id = ? ORDER BY l.line_no`,
    )
    .all(id) as DocumentLineView[];
  const moves = (core.sqlite.prepare(`${MOVE_SELECT} WHERE m.doc_id = ? ORDER BY m.rowid`).all(id) as RawMove[]).map(toMove);
  return { doc, warehouseName: name(doc.warehouseId) ?? '', toWarehouseName: name(doc.toWarehouseId), lines, moves, varianceReportIds: varianceReportsFor(core, id) };
}

/** The ledger of one product in one warehouse (optionally one batch), newest first. */
export function ledgerMoves(core: Core, f: { warehouseId: string; productId: string; batchId?: string; limit?: number; offset?: number }): MoveView[] {
  const batch = f.batchId ? ' AND m.batch_id = ?' : '';
  const args: (string | number)[] = [f.warehouseId, f.productId, ...(f.batchId ? [f.batchId] : []), f.limit ?? 200, f.offset ?? 0];
  return (
    core.sqlite.prepare(`${MOVE_SELECT} WHERE m.warehouse_id = ? AND m.product_id = ?${batch} ORDER BY m.rowid DESC LIMIT ? OFFSET ?`).all(...args) as RawMove[]
  ).map(toMove);
}
