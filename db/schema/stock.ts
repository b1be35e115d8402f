// Stock: batches, warehouse documents, the append-only stock ledger with its cached balances and moving-average
// cost pools, variance (discrepancy) reports, and stocktakes. Quantities are integer base units, money integer fen.
import { sql } from 'drizzle-orm';
import {
  check,
  index,
  integer,
  primaryKey,
  sqliteTable,
  text,
  uniqueIndex,
  type AnySQLiteColumn,
} from 'drizzle-orm/sqlite-core';
import { categories, productUnits, products } from './catalog';
import { fen, flag, id, instant, integerChecks } from './columns';
import { warehouses } from './parties';

/** A production batch of one product. batch_no '' is the product's "batch unknown" bucket (plain barcode scans). */
export const batches = sqliteTable(
  'batches',
  {
    id: id(),
    productId: text('product_id')
      .notNull()
      .references(() => products.id),
    batchNo: text('batch_no').notNull(),
    producedOn: text('produced_on'),
    /** Expiry date (YYYY-MM-DD): goods may leave up to and including this day. Null when unknown. */
    expiresOn: text('expires_on'),
    createdAt: instant('created_at').notNull(),
  },
  (t) => [uniqueIndex('batches_product_no').on(t.productId, t.batchNo), index('batches_expiry').on(t.expiresOn)],
);

export const STOCK_DOC_TYPES = [
  'receipt',
  'transfer',
  'van_load',
  'van_return',
  'adjustment',
  'reversal',
  'sale',
  'sale_return',
] as const;
export const STOCK_DOC_STATUSES = ['draft', 'pending', 'in_transit', 'posted', 'reversed', 'cancelled'] as const;
export const ADJUSTMENT_KINDS = ['damage', 'sample', 'write_off', 'stocktake'] as const;

/** The header of every warehouse document. Posted documents are never edited; they are reversed by a new one. */
export const stockDocuments = sqliteTable(
  'stock_documents',
  {
    id: id(),
    number: text('number').notNull().unique(),
    type: text('type', { enum: STOCK_DOC_TYPES }).notNull(),
    status: text('status', { enum: STOCK_DOC_STATUSES }).notNull(),
    /** Where the goods are (receipt, adjustment) or leave from (transfer, van load, van return). */
    warehouseId: text('warehouse_id')
      .notNull()
      .references(() => warehouses.id),
    /** Where the goods go (transfer, van load, van return). */
    toWarehouseId: text('to_warehouse_id').references(() => warehouses.id),
    /** Adjustment kind: damage, sample, write_off, stocktake. */
    kind: text('kind', { enum: ADJUSTMENT_KINDS }),
    reason: text('reason').notNull().default(''),
    businessDate: text('business_date').notNull(),
    reversesId: text('reverses_id').references((): AnySQLiteColumn => stockDocuments.id),
    reversedById: text('reversed_by_id').references((): AnySQLiteColumn => stockDocuments.id),
    createdBy: text('created_by'),
    createdAt: instant('created_at').notNull(),
    postedBy: text('posted_by'),
    postedAt: instant('posted_at'),
  },
  (t) => [
    index('stock_documents_type_status').on(t.type, t.status),
    index('stock_documents_date').on(t.businessDate),
    index('stock_documents_warehouse').on(t.warehouseId),
    check(
      'stock_documents_type_ok',
      sql`${t.type} IN ('receipt','transfer','van_load','van_return','adjustment','reversal','sale','sale_return')`,
    ),
    check(
      'stock_documents_status_ok',
      sql`${t.status} IN ('draft','pending','in_transit','posted','reversed','cancelled')`,
    ),
    check('stock_documents_kind_ok', sql`${t.kind} IS NULL OR ${t.kind} IN ('damage','sample','write_off','stocktake')`),
  ],
);

/** What a person entered on a document: the unit and factor are kept as entered; qty_base = qty × factor. */
export const stockDocumentLines = sqliteTable(
  'stock_document_lines',
  {
    id: id(),
    docId: text('doc_id')
      .notNull()
      .references(() => stockDocuments.id),
    lineNo: integer('line_no').notNull(),
    productId: text('product_id')
      .notNull()
      .references(() => products.id),
    unitId: text('unit_id').references(() => productUnits.id),
    unitName: text('unit_name').notNull(),
    factor: integer('factor').notNull(),
    qty: integer('qty').notNull(),
    qtyBase: integer('qty_base').notNull(),
    /** Set when the line names its batch; otherwise outbound lines are allocated first-expiring-first. */
    batchId: text('batch_id').references(() => batches.id),
    /** Price per entered unit in fen (receipts). */
    price: fen('price'),
    note: text('note').notNull().default(''),
  },
  (t) => [
    uniqueIndex('stock_document_lines_no').on(t.docId, t.lineNo),
    ...integerChecks('stock_document_lines', { line_no: t.lineNo, factor: t.factor, qty: t.qty, qty_base: t.qtyBase, price: t.price }),
    check('stock_document_lines_factor_pos', sql`${t.factor} >= 1`),
  ],
);

/** The stock ledger: append-only, one row per warehouse/product/batch change. Never updated, never deleted. */
export const stockMoves = sqliteTable(
  'stock_moves',
  {
    id: id(),
    docId: text('doc_id')
      .notNull()
      .references(() => stockDocuments.id),
    docType: text('doc_type').notNull(),
    docNumber: text('doc_number').notNull(),
    lineNo: integer('line_no').notNull(),
    warehouseId: text('warehouse_id')
      .notNull()
      .references(() => warehouses.id),
    productId: text('product_id')
      .notNull()
      .references(() => products.id),
    batchId: text('batch_id')
      .notNull()
      .references(() => batches.id),
    /** Goods shipped to this warehouse and not yet arrived. */
    inTransit: flag('in_transit').notNull(),
    /** Signed quantity in base units. */
    qty: integer('qty').notNull(),
    /** Signed cost of the move in fen (moving average for outbound moves). */
    value: fen('value').notNull(),
    businessDate: text('business_date').notNull(),
    createdAt: instant('created_at').notNull(),
  },
  (t) => [
    index('stock_moves_doc').on(t.docId),
    index('stock_moves_key').on(t.warehouseId, t.productId, t.batchId),
    index('stock_moves_product').on(t.productId),
    ...integerChecks('stock_moves', { line_no: t.lineNo, qty: t.qty, value: t.value }),
    check('stock_moves_qty_nonzero', sql`${t.qty} <> 0`),
  ],
);

/** Cached sum of stock_moves per key, updated in the same transaction as the moves; never negative. */
export const stockBalances = sqliteTable(
  'stock_balances',
  {
    warehouseId: text('warehouse_id')
      .notNull()
      .references(() => warehouses.id),
    productId: text('product_id')
      .notNull()
      .references(() => products.id),
    batchId: text('batch_id')
      .notNull()
      .references(() => batches.id),
    inTransit: flag('in_transit').notNull(),
    qty: integer('qty').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.warehouseId, t.productId, t.batchId, t.inTransit] }),
    index('stock_balances_product').on(t.productId, t.warehouseId),
    index('stock_balances_batch').on(t.batchId),
    ...integerChecks('stock_balances', { qty: t.qty }),
    check('stock_balances_nonneg', sql`${t.qty} >= 0`),
  ],
);

/**
 * Moving-average cost pool of a product over all warehouses (in transit included): qty and value are the sums of
 * its stock moves. Average unit cost = value / qty; value is kept in whole fen so nothing is lost to rounding.
 */
export const stockCosts = sqliteTable(
  'stock_costs',
  {
    productId: text('product_id')
      .primaryKey()
      .references(() => products.id),
    qty: integer('qty').notNull(),
    value: fen('value').notNull(),
    /** The last inbound receipt (qty, value): prices a gain when the pool is empty. */
    lastInQty: integer('last_in_qty').notNull().default(0),
    lastInValue: fen('last_in_value').notNull().default(0),
    updatedAt: instant('updated_at').notNull(),
  },
  (t) => [
    ...integerChecks('stock_costs', { qty: t.qty, value: t.value, last_in_qty: t.lastInQty, last_in_value: t.lastInValue }),
    check('stock_costs_qty_nonneg', sql`${t.qty} >= 0`),
    check('stock_costs_value_nonneg', sql`${t.value} >= 0`),
  ],
);

export const VARIANCE_KINDS = ['receiving', 'transfer', 'van_return', 'stocktake'] as const;

/** Over, short and damaged quantities of a receipt, transfer arrival, van return or stocktake; kept for claims. */
export const varianceReports = sqliteTable(
  'variance_reports',
  {
    id: id(),
    kind: text('kind', { enum: VARIANCE_KINDS }).notNull(),
    /** The document (or stocktake) the report belongs to, and its number as people know it. */
    sourceId: text('source_id').notNull(),
    sourceNumber: text('source_number').notNull(),
    warehouseId: text('warehouse_id')
      .notNull()
      .references(() => warehouses.id),
    /** The ASN or PO number the receipt was checked against, the van's plate, … */
    reference: text('reference').notNull().default(''),
    businessDate: text('business_date').notNull(),
    createdBy: text('created_by'),
    createdAt: instant('created_at').notNull(),
  },
  (t) => [
    index('variance_reports_source').on(t.sourceId),
    check('variance_reports_kind_ok', sql`${t.kind} IN ('receiving','transfer','van_return','stocktake')`),
  ],
);

export const varianceLines = sqliteTable(
  'variance_lines',
  {
    id: id(),
    reportId: text('report_id')
      .notNull()
      .references(() => varianceReports.id),
    lineNo: integer('line_no').notNull(),
    productId: text('product_id')
      .notNull()
      .references(() => products.id),
    batchNo: text('batch_no').notNull().default(''),
    expectedQty: integer('expected_qty').notNull(),
    actualQty: integer('actual_qty').notNull(),
    damagedQty: integer('damaged_qty').notNull().default(0),
    /** actual − damaged − expected: positive over, negative short. */
    diffQty: integer('diff_qty').notNull(),
    /** The difference valued in fen (at the expected price, or at moving-average cost). */
    diffValue: fen('diff_value').notNull(),
  },
  (t) => [
    uniqueIndex('variance_lines_no').on(t.reportId, t.lineNo),
    ...integerChecks('variance_lines', {
      expected_qty: t.expectedQty,
      actual_qty: t.actualQty,
      damaged_qty: t.damagedQty,
      diff_qty: t.diffQty,
      diff_value: t.diffValue,
    }),
  ],
);

export const STOCKTAKE_STATUSES = ['counting', 'review', 'approved', 'cancelled'] as const;

/** A stock count of a whole warehouse, of one category (with its subcategories) or of a storage location prefix. */
export const stocktakes = sqliteTable(
  'stocktakes',
  {
    id: id(),
    number: text('number').notNull().unique(),
    warehouseId: text('warehouse_id')
      .notNull()
      .references(() => warehouses.id),
    categoryId: text('category_id').references(() => categories.id),
    /** Storage location prefix ('A-01' = every product located at A-01-*), or null (see ./locations.ts). */
    locationPrefix: text('location_prefix'),
    status: text('status', { enum: STOCKTAKE_STATUSES }).notNull(),
    businessDate: text('business_date').notNull(),
    startedBy: text('started_by'),
    startedAt: instant('started_at').notNull(),
    closedAt: instant('closed_at'),
    approvedBy: text('approved_by'),
    approvedAt: instant('approved_at'),
    /** The stocktake adjustment posted on approval. */
    adjustmentId: text('adjustment_id').references(() => stockDocuments.id),
  },
  (t) => [
    index('stocktakes_warehouse').on(t.warehouseId, t.status),
    check('stocktakes_status_ok', sql`${t.status} IN ('counting','review','approved','cancelled')`),
  ],
);

/** Book quantities frozen when the stocktake started. */
export const stocktakeSnapshot = sqliteTable(
  'stocktake_snapshot',
  {
    stocktakeId: text('stocktake_id')
      .notNull()
      .references(() => stocktakes.id),
    productId: text('product_id')
      .notNull()
      .references(() => products.id),
    batchId: text('batch_id')
      .notNull()
      .references(() => batches.id),
    bookQty: integer('book_qty').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.stocktakeId, t.productId, t.batchId] }),
    ...integerChecks('stocktake_snapshot', { book_qty: t.bookQty }),
  ],
);

/** Counted quantity per product and batch ('' when the scan named no batch): one row, added to per scan. */
export const stocktakeCounts = sqliteTable(
  'stocktake_counts',
  {
    stocktakeId: text('stocktake_id')
      .notNull()
      .references(() => stocktakes.id),
    productId: text('product_id')
      .notNull()
      .references(() => products.id),
    batchNo: text('batch_no').notNull(),
    qty: integer('qty').notNull(),
    updatedAt: instant('updated_at').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.stocktakeId, t.productId, t.batchNo] }),
    ...integerChecks('stocktake_counts', { qty: t.qty }),
    check('stocktake_counts_nonneg', sql`${t.qty} >= 0`),
  ],
);

/** Every count entry (scan or manual), append-only: who counted what, when; the counts above are its sums. */
export const stocktakeEntries = sqliteTable(
  'stocktake_entries',
  {
    id: id(),
    stocktakeId: text('stocktake_id')
      .notNull()
      .references(() => stocktakes.id),
    productId: text('product_id')
      .notNull()
      .references(() => products.id),
    batchNo: text('batch_no').notNull(),
    qty: integer('qty').notNull(),
    source: text('source', { enum: ['scan', 'manual'] }).notNull(),
    raw: text('raw'),
    /** The trace code scanned, so a case is not counted twice. */
    code: text('code'),
    userId: text('user_id'),
    at: instant('at').notNull(),
  },
  (t) => [
    index('stocktake_entries_stocktake').on(t.stocktakeId),
    uniqueIndex('stocktake_entries_code').on(t.stocktakeId, t.code),
    ...integerChecks('stocktake_entries', { qty: t.qty }),
  ],
);
