// Sales orders (访销 presale, 车销 van sale, 门市 counter sale): the order and its lines, the owner's approvals of
// prices outside the brand's limits and of credit breaches, stock reservations of confirmed orders, and each
// delivery (a 'sale' stock document + a receivable) with the quantities and amounts it took from each line.
// Money is integer fen, quantities integer base units; a line keeps the unit and factor it was entered in.
// An order is a working document until delivered: draft lines are edited; what is delivered is posted through the
// stock ledger and the receivables ledger and is reversed there, never edited.
import { sql } from 'drizzle-orm';
import { check, index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { productUnits, products } from './catalog';
import { fen, flag, id, instant, integerChecks } from './columns';
import { arItems } from './finance';
import { customers, employees, warehouses } from './parties';
import { batches, stockDocuments } from './stock';

export const SALES_ORDER_KINDS = ['presale', 'van', 'counter'] as const;
export const SALES_ORDER_STATUSES = [
  'draft',
  'pending_approval',
  'confirmed',
  'partially_delivered',
  'delivered',
  'cancelled',
  'reversed',
] as const;
export const SALES_APPROVAL_KINDS = ['price_limit', 'credit_limit', 'overdue'] as const;
export const SALES_PAYMENT_METHODS = ['cash', 'wechat', 'alipay', 'bank'] as const;
export const CREDIT_POLICIES = ['approval', 'block'] as const;

export const salesOrders = sqliteTable(
  'sales_orders',
  {
    id: id(),
    /** SO-YYYYMMDD-NNNN, issued when the order is created. */
    number: text('number').notNull().unique(),
    kind: text('kind', { enum: SALES_ORDER_KINDS }).notNull(),
    status: text('status', { enum: SALES_ORDER_STATUSES }).notNull(),
    customerId: text('customer_id')
      .notNull()
      .references(() => customers.id),
    /** Where the goods leave from: a main warehouse (presale, counter) or the van (van sale). */
    warehouseId: text('warehouse_id')
      .notNull()
      .references(() => warehouses.id),
    /** Who took the order (业务员), or the van's driver for a van sale. */
    salespersonId: text('salesperson_id').references(() => employees.id),
    /** The day the order was taken (YYYY-MM-DD). */
    businessDate: text('business_date').notNull(),
    /** Planned delivery day for a presale. */
    deliveryDate: text('delivery_date'),
    /** Discount on the whole order (整单优惠), spread over the lines' order_discount_fen. */
    orderDiscountFen: fen('order_discount_fen').notNull().default(0),
    /** Sum of the lines' price × qty (gifts count zero). */
    grossFen: fen('gross_fen').notNull().default(0),
    /** Sum of line, promotion and order discounts. */
    discountFen: fen('discount_fen').notNull().default(0),
    /** What the customer owes for the whole order: gross − discounts. */
    amountFen: fen('amount_fen').notNull().default(0),
    /** Invoiced so far by deliveries (net of reversed deliveries). */
    deliveredFen: fen('delivered_fen').notNull().default(0),
    note: text('note').notNull().default(''),
    createdBy: text('created_by'),
    createdAt: instant('created_at').notNull(),
    updatedAt: instant('updated_at').notNull(),
    confirmedBy: text('confirmed_by'),
    confirmedAt: instant('confirmed_at'),
    closedAt: instant('closed_at'),
    /** Why it was cancelled or reversed. */
    closeReason: text('close_reason').notNull().default(''),
  },
  (t) => [
    // The list filters by one of these and orders by business_date, rowid (SQLite ends every index with the rowid):
    // each index serves one filter and the sort, and the count reads only the index.
    index('sales_orders_date').on(t.businessDate),
    index('sales_orders_status_date').on(t.status, t.businessDate),
    index('sales_orders_kind_date').on(t.kind, t.businessDate),
    index('sales_orders_kind_status_date').on(t.kind, t.status, t.businessDate),
    index('sales_orders_customer_date').on(t.customerId, t.businessDate),
    index('sales_orders_warehouse_date').on(t.warehouseId, t.businessDate),
    ...integerChecks('sales_orders', {
      order_discount_fen: t.orderDiscountFen,
      gross_fen: t.grossFen,
      discount_fen: t.discountFen,
      amount_fen: t.amountFen,
      delivered_fen: t.deliveredFen,
    }),
    check('sales_orders_kind_ok', sql`${t.kind} IN ('presale','van','counter')`),
    check(
      'sales_orders_status_ok',
      sql`${t.status} IN ('draft','pending_approval','confirmed','partially_delivered','delivered','cancelled','reversed')`,
    ),
    check('sales_orders_amounts_ok', sql`${t.orderDiscountFen} >= 0 AND ${t.amountFen} >= 0 AND ${t.grossFen} >= 0`),
  ],
);

export const salesOrderLines = sqliteTable(
  'sales_order_lines',
  {
    id: id(),
    orderId: text('order_id')
      .notNull()
      .references(() => salesOrders.id),
    lineNo: integer('line_no').notNull(),
    productId: text('product_id')
      .notNull()
      .references(() => products.id),
    unitId: text('unit_id').references(() => productUnits.id),
    unitName: text('unit_name').notNull(),
    factor: integer('factor').notNull(),
    /** Quantity in the line's unit; qty_base = qty × factor. */
    qty: integer('qty').notNull(),
    qtyBase: integer('qty_base').notNull(),
    /** Price per line unit in fen (0 on gifts). */
    priceFen: fen('price_fen').notNull(),
    /** The customer's price-list price per line unit when the line was priced; null when the list has none. */
    listPriceFen: fen('list_price_fen'),
    /** price × qty. */
    grossFen: fen('gross_fen').notNull(),
    lineDiscountFen: fen('line_discount_fen').notNull().default(0),
    /** Promotion discount on this line (E's promotion-cost report reads it with promotion_id). */
    promoDiscountFen: fen('promo_discount_fen').notNull().default(0),
    /** This line's share of the order discount (money.ts allocate: the lines sum to the order's discount). */
    orderDiscountFen: fen('order_discount_fen').notNull().default(0),
    /** gross − line − promotion − order discount: what the customer pays for this line. */
    netFen: fen('net_fen').notNull(),
    /** A gift (赠品): zero price, still leaves stock. Manual gifts have no promotion_id. */
    isGift: flag('is_gift').notNull().default(false),
    /** The promotion that gave this gift line or this line's promotion discount. */
    promotionId: text('promotion_id'),
    /** A promotion gift's value at the customer's price: the promotion's cost of the gift. */
    promoValueFen: fen('promo_value_fen').notNull().default(0),
    /** A store rebate paid as goods (返利货): a zero-price gift that uses the store's goods entitlement on delivery. */
    rebateGoods: flag('rebate_goods').notNull().default(false),
    /** Take exactly this batch instead of first-expiring-first. */
    batchId: text('batch_id').references(() => batches.id),
    /** Delivered so far, in base units (net of reversed deliveries). */
    deliveredQtyBase: integer('delivered_qty_base').notNull().default(0),
    note: text('note').notNull().default(''),
  },
  (t) => [
    uniqueIndex('sales_order_lines_order_no').on(t.orderId, t.lineNo),
    // Last prices to a customer: a product's lines, newest orders first (joined to the customer's orders).
    index('sales_order_lines_product').on(t.productId, t.orderId),
    index('sales_order_lines_promotion').on(t.promotionId),
    ...integerChecks('sales_order_lines', {
      factor: t.factor,
      qty: t.qty,
      qty_base: t.qtyBase,
      price_fen: t.priceFen,
      list_price_fen: t.listPriceFen,
      gross_fen: t.grossFen,
      line_discount_fen: t.lineDiscountFen,
      promo_discount_fen: t.promoDiscountFen,
      order_discount_fen: t.orderDiscountFen,
      net_fen: t.netFen,
      promo_value_fen: t.promoValueFen,
      delivered_qty_base: t.deliveredQtyBase,
    }),
    check('sales_order_lines_qty_pos', sql`${t.qty} > 0 AND ${t.qtyBase} > 0 AND ${t.factor} > 0`),
    check('sales_order_lines_money_ok', sql`${t.priceFen} >= 0 AND ${t.netFen} >= 0 AND ${t.lineDiscountFen} >= 0`),
    check('sales_order_lines_delivered_ok', sql`${t.deliveredQtyBase} >= 0 AND ${t.deliveredQtyBase} <= ${t.qtyBase}`),
  ],
);

/**
 * The owner's approvals (审批): a line priced outside the brand's limits, an order that passes the customer's credit
 * limit, a customer with invoices overdue beyond the allowed days. `subject` fingerprints what was approved (the
 * line and its price, the order amount, the overdue days), so changing the order afterwards needs a new approval.
 */
export const salesApprovals = sqliteTable(
  'sales_approvals',
  {
    id: id(),
    orderId: text('order_id')
      .notNull()
      .references(() => salesOrders.id),
    kind: text('kind', { enum: SALES_APPROVAL_KINDS }).notNull(),
    lineId: text('line_id').references(() => salesOrderLines.id),
    subject: text('subject').notNull(),
    /** What the owner saw: price and limits, or exposure and limit, or overdue days (JSON). */
    detail: text('detail', { mode: 'json' }).notNull(),
    reason: text('reason').notNull(),
    approvedBy: text('approved_by').notNull(),
    approvedAt: instant('approved_at').notNull(),
  },
  (t) => [
    index('sales_approvals_order').on(t.orderId),
    check('sales_approvals_kind_ok', sql`${t.kind} IN ('price_limit','credit_limit','overdue')`),
  ],
);

/** Stock held for a confirmed order line until it is delivered or the order cancelled: available = on hand − reserved. */
export const stockReservations = sqliteTable(
  'stock_reservations',
  {
    lineId: text('line_id')
      .primaryKey()
      .references(() => salesOrderLines.id),
    orderId: text('order_id')
      .notNull()
      .references(() => salesOrders.id),
    warehouseId: text('warehouse_id')
      .notNull()
      .references(() => warehouses.id),
    productId: text('product_id')
      .notNull()
      .references(() => products.id),
    /** Still reserved, in base units (goes down as the line is delivered). */
    qtyBase: integer('qty_base').notNull(),
    createdAt: instant('created_at').notNull(),
  },
  (t) => [
    index('stock_reservations_stock').on(t.warehouseId, t.productId),
    index('stock_reservations_order').on(t.orderId),
    ...integerChecks('stock_reservations', { qty_base: t.qtyBase }),
    check('stock_reservations_qty_pos', sql`${t.qtyBase} > 0`),
  ],
);

/** One delivery of an order: its 'sale' stock document, its receivable, and the receipt when paid on the spot. */
export const salesDeliveries = sqliteTable(
  'sales_deliveries',
  {
    id: id(),
    orderId: text('order_id')
      .notNull()
      .references(() => salesOrders.id),
    stockDocId: text('stock_doc_id')
      .notNull()
      .references(() => stockDocuments.id),
    /** The invoice (null when everything delivered was gifts: nothing to invoice). */
    invoiceItemId: text('invoice_item_id').references(() => arItems.id),
    receiptItemId: text('receipt_item_id').references(() => arItems.id),
    amountFen: fen('amount_fen').notNull(),
    businessDate: text('business_date').notNull(),
    createdBy: text('created_by'),
    createdAt: instant('created_at').notNull(),
    /** Set when the order is reversed: the stock reversal document and the credit note. */
    reversalDocId: text('reversal_doc_id').references(() => stockDocuments.id),
    creditItemId: text('credit_item_id').references(() => arItems.id),
    reversedAt: instant('reversed_at'),
  },
  (t) => [
    index('sales_deliveries_order').on(t.orderId),
    uniqueIndex('sales_deliveries_doc').on(t.stockDocId),
    ...integerChecks('sales_deliveries', { amount_fen: t.amountFen }),
    check('sales_deliveries_amount_ok', sql`${t.amountFen} >= 0`),
  ],
);

/** What one delivery took from each order line (append-only: a reversal is marked on the delivery). */
export const salesDeliveryLines = sqliteTable(
  'sales_delivery_lines',
  {
    id: id(),
    deliveryId: text('delivery_id')
      .notNull()
      .references(() => salesDeliveries.id),
    lineId: text('line_id')
      .notNull()
      .references(() => salesOrderLines.id),
    /** The stock document line number this delivery line was posted as. */
    docLineNo: integer('doc_line_no').notNull(),
    qtyBase: integer('qty_base').notNull(),
    amountFen: fen('amount_fen').notNull(),
  },
  (t) => [
    index('sales_delivery_lines_delivery').on(t.deliveryId),
    index('sales_delivery_lines_line').on(t.lineId),
    ...integerChecks('sales_delivery_lines', { qty_base: t.qtyBase, amount_fen: t.amountFen, doc_line_no: t.docLineNo }),
    check('sales_delivery_lines_qty_pos', sql`${t.qtyBase} > 0 AND ${t.amountFen} >= 0`),
  ],
);

/**
 * Sales credit terms beyond customers.credit_limit and payment_terms_days: how many days past due an invoice may
 * be before new orders need the owner, and whether a breach is refused outright or goes to the owner.
 * No row: overdue not checked, breaches go to the owner.
 */
export const customerCreditTerms = sqliteTable(
  'customer_credit_terms',
  {
    customerId: text('customer_id')
      .primaryKey()
      .references(() => customers.id),
    /** Days past an invoice's due date allowed; null = not checked. */
    overdueDays: integer('overdue_days'),
    policy: text('policy', { enum: CREDIT_POLICIES }).notNull().default('approval'),
    updatedAt: instant('updated_at').notNull(),
  },
  (t) => [
    ...integerChecks('customer_credit_terms', { overdue_days: t.overdueDays }),
    check('customer_credit_terms_days_ok', sql`${t.overdueDays} IS NULL OR ${t.overdueDays} >= 0`),
    check('customer_credit_terms_policy_ok', sql`${t.policy} IN ('approval','block')`),
  ],
);
