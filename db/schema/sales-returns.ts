// Returns, exchanges and gifts in one document (销退换赠): goods back from a customer (to saleable stock with their
// batch, or damaged), goods out in exchange, gifts out; the money difference goes to the customer's receivable.
// Posted documents are reversed, never edited (electron/core/sales/returns*.ts).
import { sql } from 'drizzle-orm';
import { check, index, integer, primaryKey, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { productUnits, products } from './catalog';
import { fen, id, instant, integerChecks } from './columns';
import { arItems } from './finance';
import { customers, warehouses } from './parties';
import { salesOrderLines, salesOrders } from './sales';
import { batches, stockDocuments } from './stock';

export const SALES_RETURN_STATUSES = ['draft', 'posted', 'reversed', 'cancelled'] as const;
/** return: goods back from the customer; exchange: goods out in exchange (charged); gift: goods out free. */
export const SALES_RETURN_LINE_KINDS = ['return', 'exchange', 'gift'] as const;
/** Where returned goods go: back to saleable stock, or damaged (in, then out on a damage adjustment). */
export const SALES_RETURN_CONDITIONS = ['saleable', 'damaged'] as const;
/** Where a line's price came from. */
export const SALES_RETURN_PRICE_SOURCES = ['order', 'last', 'list', 'manual', 'gift'] as const;

export const salesReturns = sqliteTable(
  'sales_returns',
  {
    id: id(),
    /** SR-YYYYMMDD-NNNN. */
    number: text('number').notNull().unique(),
    status: text('status', { enum: SALES_RETURN_STATUSES }).notNull(),
    customerId: text('customer_id')
      .notNull()
      .references(() => customers.id),
    /** Where returned goods come back to and exchange / gift goods leave from. */
    warehouseId: text('warehouse_id')
      .notNull()
      .references(() => warehouses.id),
    /** The original order when the return names one: return lines are then priced from its lines. */
    orderId: text('order_id').references(() => salesOrders.id),
    /** Created on, then the posting day. */
    businessDate: text('business_date').notNull(),
    reason: text('reason').notNull().default(''),
    /** Sum of the return lines: what the customer is credited. */
    returnFen: fen('return_fen').notNull().default(0),
    /** Sum of the exchange lines: what the customer is charged (gifts are free). */
    outFen: fen('out_fen').notNull().default(0),
    /** out − return: > 0 invoiced to the customer, < 0 credited. */
    diffFen: fen('diff_fen').notNull().default(0),
    /** Stock documents: goods in ('sale_return'), goods out ('sale'), damaged goods written off ('adjustment'). */
    inDocId: text('in_doc_id').references(() => stockDocuments.id),
    outDocId: text('out_doc_id').references(() => stockDocuments.id),
    damageDocId: text('damage_doc_id').references(() => stockDocuments.id),
    /** The invoice (diff > 0) or credit (diff < 0) on the receivable. */
    arItemId: text('ar_item_id').references(() => arItems.id),
    createdBy: text('created_by'),
    createdAt: instant('created_at').notNull(),
    postedBy: text('posted_by'),
    postedAt: instant('posted_at'),
    reversedBy: text('reversed_by'),
    reversedAt: instant('reversed_at'),
    reverseReason: text('reverse_reason').notNull().default(''),
  },
  (t) => [
    index('sales_returns_date').on(t.businessDate, t.number),
    index('sales_returns_customer').on(t.customerId, t.businessDate),
    index('sales_returns_order').on(t.orderId),
    ...integerChecks('sales_returns', { return_fen: t.returnFen, out_fen: t.outFen, diff_fen: t.diffFen }),
    check('sales_returns_status_ok', sql`${t.status} IN ('draft','posted','reversed','cancelled')`),
    check('sales_returns_amounts_ok', sql`${t.returnFen} >= 0 AND ${t.outFen} >= 0 AND ${t.diffFen} = ${t.outFen} - ${t.returnFen}`),
  ],
);

export const salesReturnLines = sqliteTable(
  'sales_return_lines',
  {
    id: id(),
    returnId: text('return_id')
      .notNull()
      .references(() => salesReturns.id),
    lineNo: integer('line_no').notNull(),
    kind: text('kind', { enum: SALES_RETURN_LINE_KINDS }).notNull(),
    /** Return lines only. */
    condition: text('condition', { enum: SALES_RETURN_CONDITIONS }),
    productId: text('product_id')
      .notNull()
      .references(() => products.id),
    unitId: text('unit_id').references(() => productUnits.id),
    unitName: text('unit_name').notNull(),
    factor: integer('factor').notNull(),
    qty: integer('qty').notNull(),
    qtyBase: integer('qty_base').notNull(),
    /** Price per line unit (fen), as shown; amount_fen is what counts (from an order line: its exact share). */
    priceFen: fen('price_fen').notNull(),
    amountFen: fen('amount_fen').notNull(),
    priceSource: text('price_source', { enum: SALES_RETURN_PRICE_SOURCES }).notNull(),
    /** The order line a return line takes back. */
    orderLineId: text('order_line_id').references(() => salesOrderLines.id),
    /** Return: the batch the goods come back into; out: the batch to take (else first-expiring-first). */
    batchId: text('batch_id').references(() => batches.id),
    note: text('note').notNull().default(''),
  },
  (t) => [
    uniqueIndex('sales_return_lines_no').on(t.returnId, t.lineNo),
    index('sales_return_lines_order_line').on(t.orderLineId),
    ...integerChecks('sales_return_lines', { line_no: t.lineNo, factor: t.factor, qty: t.qty, qty_base: t.qtyBase, price_fen: t.priceFen, amount_fen: t.amountFen }),
    check('sales_return_lines_kind_ok', sql`${t.kind} IN ('return','exchange','gift')`),
    check(
      'sales_return_lines_condition_ok',
      sql`(${t.kind} = 'return' AND ${t.condition} IN ('saleable','damaged')) OR (${t.kind} <> 'return' AND ${t.condition} IS NULL)`,
    ),
    check('sales_return_lines_price_source_ok', sql`${t.priceSource} IN ('order','last','list','manual','gift')`),
    check('sales_return_lines_qty_pos', sql`${t.qty} > 0 AND ${t.qtyBase} > 0 AND ${t.factor} > 0`),
    check('sales_return_lines_money_ok', sql`${t.priceFen} >= 0 AND ${t.amountFen} >= 0 AND (${t.kind} <> 'gift' OR ${t.amountFen} = 0)`),
  ],
);

/** Trace codes scanned on a return line (returned goods): recorded as 'returned' when the document is posted. */
export const salesReturnCodes = sqliteTable(
  'sales_return_codes',
  {
    returnId: text('return_id')
      .notNull()
      .references(() => salesReturns.id),
    lineId: text('line_id')
      .notNull()
      .references(() => salesReturnLines.id),
    code: text('code').notNull(),
  },
  (t) => [primaryKey({ columns: [t.returnId, t.code] }), index('sales_return_codes_code').on(t.code)],
);
