// Reading sales orders: one order with its lines, approvals and deliveries (getOrder: what F and E build on), the
// raw rows the writers work from, and the last prices a customer paid.
import { prepared } from '../catalog/statements';
import type { Core } from '../shared/context';
import { AppError } from '../shared/errors';
import { mulDiv } from '../shared/money';
import type {
  LastPrice,
  SalesApprovalView,
  SalesDeliveryView,
  SalesOrderKind,
  SalesOrderLineView,
  SalesOrderStatus,
  SalesOrderView,
} from './order-types';

export interface OrderRow {
  id: string;
  number: string;
  kind: SalesOrderKind;
  status: SalesOrderStatus;
  customerId: string;
  warehouseId: string;
  salespersonId: string | null;
  businessDate: string;
  deliveryDate: string | null;
  orderDiscountFen: number;
  grossFen: number;
  discountFen: number;
  amountFen: number;
  deliveredFen: number;
  note: string;
}

/** A stored line as the writers use it: the line view without the names and the reservation. */
export type LineRow = Omit<SalesOrderLineView, 'sku' | 'productName' | 'baseUnit' | 'reservedQtyBase'> & { orderId: string };

const ORDER_COLUMNS = `id, number, kind, status, customer_id AS customerId, warehouse_id AS warehouseId,
  salesperson_id AS salespersonId, business_date AS businessDate, delivery_date AS deliveryDate,
  order_discount_fen AS orderDiscountFen, gross_fen AS grossFen, discount_fen AS discountFen, amount_fen AS amountFen,
  delivered_fen AS deliveredFen, note`;

export const LINE_COLUMNS = `l.id, l.order_id AS orderId, l.line_no AS lineNo, l.product_id AS productId, l.unit_id AS unitId,
  l.unit_name AS unitName, l.factor, l.qty, l.qty_base AS qtyBase, l.price_fen AS priceFen, l.list_price_fen AS listPriceFen,
  l.gross_fen AS grossFen, l.line_discount_fen AS lineDiscountFen, l.promo_discount_fen AS promoDiscountFen,
  l.order_discount_fen AS orderDiscountFen, l.net_fen AS netFen, l.is_gift AS isGift, l.promotion_id AS promotionId,
  l.promo_value_fen AS promoValueFen, l.rebate_goods AS rebateGoods, l.batch_id AS batchId, l.delivered_qty_base AS deliveredQtyBase, l.note`;

export function orderRow(core: Core, id: string): OrderRow {
  const row = prepared(core, `SELECT ${ORDER_COLUMNS} FROM sales_orders WHERE id = ?`).get(id) as OrderRow | undefined;
  if (!row) throw new AppError('SALES_ORDER_NOT_FOUND', { id });
  return row;
}

export function orderLines(core: Core, orderId: string): LineRow[] {
  const rows = prepared(core, `SELECT ${LINE_COLUMNS} FROM sales_order_lines l WHERE l.order_id = ? ORDER BY l.line_no`).all(orderId) as (Omit<LineRow, 'isGift' | 'rebateGoods'> & {
    isGift: number;
    rebateGoods: number;
  })[];
  return rows.map((r) => ({ ...r, isGift: r.isGift === 1, rebateGoods: r.rebateGoods === 1 }));
}

/** An order with its lines, approvals and deliveries, names resolved for the screen. */
export function getOrder(core: Core, id: string): SalesOrderView {
  const head = prepared(
    core,
    `SELECT o.id, o.number, o.kind, o.status, o.customer_id AS customerId, c.code AS customerCode, c.name AS customerName,
       o.warehouse_id AS warehouseId, w.name AS warehouseName, o.salesperson_id AS salespersonId, e.name AS salespersonName,
       o.business_date AS businessDate, o.delivery_date AS deliveryDate, o.order_discount_fen AS orderDiscountFen,
       o.gross_fen AS grossFen, o.discount_fen AS discountFen, o.amount_fen AS amountFen, o.delivered_fen AS deliveredFen,
       o.note, o.created_at AS createdAt, o.updated_at AS updatedAt, o.confirmed_at AS confirmedAt, o.closed_at AS closedAt,
       o.close_reason AS closeReason
     FROM sales_orders o JOIN customers c ON c.id = o.customer_id JOIN warehouses w ON w.id = o.warehouse_id
     LEFT JOIN employees e ON e.id = o.salesperson_id WHERE o.id = ?`,
  ).get(id) as Omit<SalesOrderView, 'lines' | 'approvals' | 'deliveries'> | undefined;
  if (!head) throw new AppError('SALES_ORDER_NOT_FOUND', { id });
  const lines = (
    prepared(
      core,
      `SELECT ${LINE_COLUMNS}, p.sku, p.name AS productName, p.base_unit AS baseUnit, coalesce(r.qty_base, 0) AS reservedQtyBase
       FROM sales_order_lines l JOIN products p ON p.id = l.product_id LEFT JOIN stock_reservations r ON r.line_id = l.id
       WHERE l.order_id = ? ORDER BY l.line_no`,
    ).all(id) as (Omit<SalesOrderLineView, 'isGift' | 'rebateGoods'> & { isGift: number; rebateGoods: number; orderId?: string })[]
  ).map(({ orderId: _o, ...l }) => ({ ...l, isGift: l.isGift === 1, rebateGoods: l.rebateGoods === 1 }));
  const approvals = (
    prepared(
      core,
      `SELECT a.id, a.kind, a.line_id AS lineId, a.reason, a.approved_by AS approvedBy, coalesce(u.display_name, '') AS approverName,
         a.approved_at AS approvedAt, a.detail
       FROM sales_approvals a LEFT JOIN users u ON u.id = a.approved_by WHERE a.order_id = ? ORDER BY a.approved_at, a.id`,
    ).all(id) as (SalesApprovalView & { detail: string })[]
  ).map((a) => ({ ...a, detail: JSON.parse(a.detail) as unknown }));
  const deliveries = (
    prepared(
      core,
      `SELECT d.id, d.stock_doc_id AS stockDocId, s.number AS stockDocNumber, d.invoice_item_id AS invoiceItemId, i.doc_no AS invoiceNo,
         d.receipt_item_id AS receiptItemId, d.amount_fen AS amountFen, d.business_date AS businessDate, d.reversed_at IS NOT NULL AS reversed
       FROM sales_deliveries d JOIN stock_documents s ON s.id = d.stock_doc_id LEFT JOIN ar_items i ON i.id = d.invoice_item_id
       WHERE d.order_id = ? ORDER BY d.created_at, d.id`,
    ).all(id) as (Omit<SalesDeliveryView, 'reversed'> & { reversed: number })[]
  ).map((d) => ({ ...d, reversed: d.reversed === 1 }));
  return { ...head, lines, approvals, deliveries };
}

/** An order by its number (SO-20261122-0007), e.g. from a scanned delivery-note QR code. */
export function orderIdByNumber(core: Core, number: string): string {
  const row = prepared(core, 'SELECT id FROM sales_orders WHERE number = ?').get(number.trim().toUpperCase()) as { id: string } | undefined;
  if (!row) throw new AppError('SALES_ORDER_NOT_FOUND', { id: number });
  return row.id;
}

/**
 * The last price each product was sold at to this customer (delivered or being delivered, not gifts), newest order
 * first: shown beside the price-list price while entering lines, and the price a return without its order takes.
 */
export function lastPrices(core: Core, customerId: string, productIds: readonly string[]): LastPrice[] {
  const stmt = prepared(
    core,
    `SELECT l.product_id AS productId, l.unit_id AS unitId, l.unit_name AS unitName, l.factor, l.price_fen AS priceFen,
       l.net_fen AS netFen, l.qty, o.number AS orderNumber, o.business_date AS businessDate
     FROM sales_orders o JOIN sales_order_lines l ON l.order_id = o.id
     WHERE o.customer_id = ? AND l.product_id = ? AND l.is_gift = 0
       AND o.status IN ('confirmed','partially_delivered','delivered')
     ORDER BY o.business_date DESC, o.number DESC, l.line_no DESC LIMIT 1`,
  );
  const out: LastPrice[] = [];
  for (const productId of new Set(productIds)) {
    const r = stmt.get(customerId, productId) as (Omit<LastPrice, 'netPriceFen'> & { netFen: number; qty: number }) | undefined;
    if (!r) continue;
    const { netFen, qty, ...rest } = r;
    out.push({ ...rest, netPriceFen: mulDiv(netFen, 1, qty) });
  }
  return out;
}
