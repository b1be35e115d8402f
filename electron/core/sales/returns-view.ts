// Return documents as the screens show them, the list, what an order can still take back, and the prices a return
// without its order would take.
import { prepared } from '../catalog/statements';
import type { Core } from '../shared/context';
import { AppError } from '../shared/errors';
import { mulDiv } from '../shared/money';
import { stockProduct } from '../stock/products';
import { lastPrices, orderLines, orderRow } from './orders-read';
import { returnedQtyBase } from './returns-lines';

export type SalesReturnStatus = 'draft' | 'posted' | 'reversed' | 'cancelled';

export interface SalesReturnLineView {
  id: string;
  lineNo: number;
  kind: 'return' | 'exchange' | 'gift';
  condition: 'saleable' | 'damaged' | null;
  productId: string;
  sku: string;
  productName: string;
  unitId: string | null;
  unitName: string;
  factor: number;
  qty: number;
  qtyBase: number;
  priceFen: number;
  amountFen: number;
  priceSource: 'order' | 'last' | 'list' | 'manual' | 'gift';
  orderLineId: string | null;
  batchId: string | null;
  batchNo: string | null;
  expiresOn: string | null;
  codes: string[];
  note: string;
}

export interface SalesReturnView {
  id: string;
  number: string;
  status: SalesReturnStatus;
  customerId: string;
  customerCode: string;
  customerName: string;
  warehouseId: string;
  warehouseName: string;
  orderId: string | null;
  orderNumber: string | null;
  businessDate: string;
  reason: string;
  /** Credited for goods back. */
  returnFen: number;
  /** Charged for exchange goods out. */
  outFen: number;
  /** out − return: > 0 the customer owes more (invoice), < 0 less (credit). */
  diffFen: number;
  inDocNumber: string | null;
  outDocNumber: string | null;
  damageDocNumber: string | null;
  arItemId: string | null;
  arDocNo: string | null;
  createdAt: string;
  postedAt: string | null;
  reversedAt: string | null;
  reverseReason: string;
  /** Internal ids of the stock documents (for reversal and printing). */
  inDocId: string | null;
  outDocId: string | null;
  damageDocId: string | null;
  lines: SalesReturnLineView[];
}

export type SalesReturnRow = Omit<SalesReturnView, 'lines'>;

const HEAD = `SELECT r.id, r.number, r.status, r.customer_id AS customerId, c.code AS customerCode, c.name AS customerName,
  r.warehouse_id AS warehouseId, w.name AS warehouseName, r.order_id AS orderId, o.number AS orderNumber,
  r.business_date AS businessDate, r.reason, r.return_fen AS returnFen, r.out_fen AS outFen, r.diff_fen AS diffFen,
  r.in_doc_id AS inDocId, r.out_doc_id AS outDocId, r.damage_doc_id AS damageDocId,
  di.number AS inDocNumber, dout.number AS outDocNumber, dd.number AS damageDocNumber, r.ar_item_id AS arItemId, a.doc_no AS arDocNo,
  r.created_at AS createdAt, r.posted_at AS postedAt, r.reversed_at AS reversedAt, r.reverse_reason AS reverseReason
  FROM sales_returns r JOIN customers c ON c.id = r.customer_id JOIN warehouses w ON w.id = r.warehouse_id
  LEFT JOIN sales_orders o ON o.id = r.order_id LEFT JOIN stock_documents di ON di.id = r.in_doc_id
  LEFT JOIN stock_documents dout ON dout.id = r.out_doc_id LEFT JOIN stock_documents dd ON dd.id = r.damage_doc_id
  LEFT JOIN ar_items a ON a.id = r.ar_item_id`;

export function getReturn(core: Core, id: string): SalesReturnView {
  const head = prepared(core, `${HEAD} WHERE r.id = ?`).get(id) as SalesReturnRow | undefined;
  if (!head) throw new AppError('SALES_RETURN_NOT_FOUND');
  const codes = prepared(core, 'SELECT line_id AS lineId, code FROM sales_return_codes WHERE return_id = ? ORDER BY rowid').all(id) as { lineId: string; code: string }[];
  const lines = prepared(
    core,
    `SELECT l.id, l.line_no AS lineNo, l.kind, l.condition, l.product_id AS productId, p.sku, p.name AS productName,
       l.unit_id AS unitId, l.unit_name AS unitName, l.factor, l.qty, l.qty_base AS qtyBase, l.price_fen AS priceFen,
       l.amount_fen AS amountFen, l.price_source AS priceSource, l.order_line_id AS orderLineId, l.batch_id AS batchId,
       b.batch_no AS batchNo, b.expires_on AS expiresOn, l.note
     FROM sales_return_lines l JOIN products p ON p.id = l.product_id LEFT JOIN batches b ON b.id = l.batch_id
     WHERE l.return_id = ? ORDER BY l.line_no`,
  ).all(id) as Omit<SalesReturnLineView, 'codes'>[];
  return { ...head, lines: lines.map((l) => ({ ...l, codes: codes.filter((c) => c.lineId === l.id).map((c) => c.code) })) };
}

export interface ReturnFilter {
  status?: SalesReturnStatus;
  customerId?: string;
  orderId?: string;
  from?: string;
  to?: string;
  search?: string;
  limit?: number;
  offset?: number;
}

/** Newest first. */
export function listReturns(core: Core, f: ReturnFilter = {}): { rows: SalesReturnRow[]; total: number } {
  const where: string[] = [];
  const params: Record<string, string | number> = {};
  const add = (cond: string, key: string, value: string | undefined) => {
    if (value === undefined || value === '') return;
    where.push(cond);
    params[key] = value;
  };
  add('r.status = @status', 'status', f.status);
  add('r.customer_id = @customerId', 'customerId', f.customerId);
  add('r.order_id = @orderId', 'orderId', f.orderId);
  add('r.business_date >= @from', 'from', f.from);
  add('r.business_date <= @to', 'to', f.to);
  add('(r.number LIKE @search OR c.name LIKE @search OR c.code LIKE @search)', 'search', f.search ? `%${f.search.replace(/[%_]/g, '')}%` : undefined);
  const clause = where.length ? ` WHERE ${where.join(' AND ')}` : '';
  const total = (core.sqlite.prepare(`SELECT count(*) AS n FROM sales_returns r JOIN customers c ON c.id = r.customer_id${clause}`).get(params) as { n: number }).n;
  const rows = core.sqlite
    .prepare(`${HEAD}${clause} ORDER BY r.business_date DESC, r.number DESC LIMIT @limit OFFSET @offset`)
    .all({ ...params, limit: f.limit ?? 100, offset: f.offset ?? 0 }) as SalesReturnRow[];
  return { rows, total };
}

export interface ReturnableLine {
  orderLineId: string;
  lineNo: number;
  productId: string;
  productName: string;
  unitId: string | null;
  unitName: string;
  factor: number;
  isGift: boolean;
  deliveredQtyBase: number;
  returnedQtyBase: number;
  /** Still returnable, base units. */
  openQtyBase: number;
  /** The line's net per line unit (after every discount), as a return credits it. */
  netPriceFen: number;
}

/** An order's lines with what can still come back: delivered − returned by posted returns. */
export function returnableLines(core: Core, orderId: string): { orderId: string; orderNumber: string; customerId: string; lines: ReturnableLine[] } {
  const order = orderRow(core, orderId);
  const lines = orderLines(core, orderId).map((l) => {
    const returned = returnedQtyBase(core, l.id);
    return {
      orderLineId: l.id,
      lineNo: l.lineNo,
      productId: l.productId,
      productName: stockProduct(core, l.productId).name,
      unitId: l.unitId,
      unitName: l.unitName,
      factor: l.factor,
      isGift: l.isGift,
      deliveredQtyBase: l.deliveredQtyBase,
      returnedQtyBase: returned,
      openQtyBase: Math.max(0, l.deliveredQtyBase - returned),
      netPriceFen: mulDiv(l.netFen, l.factor, l.qtyBase),
    };
  });
  return { orderId: order.id, orderNumber: order.number, customerId: order.customerId, lines };
}

/** The prices a return without its order would take: the customer's last net price per product (D's lastPrices). */
export const returnPrices = (core: Core, customerId: string, productIds: readonly string[]) => lastPrices(core, customerId, productIds);
