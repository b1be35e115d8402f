// Purchasing from the brand: purchase orders, shipment notices (ASN) and receiving sessions. A receiving session is
// the draft of a receipt document (stock_documents, type receipt): it shares its id, and every scan is persisted
// as it happens, so an unplugged scanner or a closed app loses nothing.
import { sql } from 'drizzle-orm';
import { check, index, integer, primaryKey, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { brands, productUnits, products } from './catalog';
import { fen, id, instant, integerChecks } from './columns';
import { warehouses } from './parties';
import { stockDocuments } from './stock';

export const PO_STATUSES = ['draft', 'submitted', 'received', 'cancelled'] as const;

export const purchaseOrders = sqliteTable(
  'purchase_orders',
  {
    id: id(),
    number: text('number').notNull().unique(),
    brandId: text('brand_id')
      .notNull()
      .references(() => brands.id),
    warehouseId: text('warehouse_id')
      .notNull()
      .references(() => warehouses.id),
    status: text('status', { enum: PO_STATUSES }).notNull(),
    expectedOn: text('expected_on'),
    note: text('note').notNull().default(''),
    total: fen('total').notNull(),
    createdBy: text('created_by'),
    createdAt: instant('created_at').notNull(),
    submittedAt: instant('submitted_at'),
  },
  (t) => [
    index('purchase_orders_brand').on(t.brandId, t.status),
    ...integerChecks('purchase_orders', { total: t.total }),
    check('purchase_orders_status_ok', sql`${t.status} IN ('draft','submitted','received','cancelled')`),
  ],
);

export const purchaseOrderLines = sqliteTable(
  'purchase_order_lines',
  {
    id: id(),
    poId: text('po_id')
      .notNull()
      .references(() => purchaseOrders.id),
    lineNo: integer('line_no').notNull(),
    productId: text('product_id')
      .notNull()
      .references(() => products.id),
    unitId: text('unit_id')
      .notNull()
      .references(() => productUnits.id),
    unitName: text('unit_name').notNull(),
    factor: integer('factor').notNull(),
    qty: integer('qty').notNull(),
    qtyBase: integer('qty_base').notNull(),
    /** Price per unit in fen; amount = qty × price. */
    price: fen('price').notNull(),
    amount: fen('amount').notNull(),
  },
  (t) => [
    uniqueIndex('purchase_order_lines_no').on(t.poId, t.lineNo),
    ...integerChecks('purchase_order_lines', { factor: t.factor, qty: t.qty, qty_base: t.qtyBase, price: t.price, amount: t.amount }),
    check('purchase_order_lines_qty_pos', sql`${t.qty} > 0`),
    check('purchase_order_lines_price_nonneg', sql`${t.price} >= 0`),
  ],
);

export const ASN_STATUSES = ['open', 'received', 'cancelled'] as const;

/** A brand's shipment notice (发货通知): what is on the truck, by batch, optionally with its case codes. */
export const asns = sqliteTable(
  'asns',
  {
    id: id(),
    brandId: text('brand_id')
      .notNull()
      .references(() => brands.id),
    /** The brand's own number for the shipment. */
    asnNo: text('asn_no').notNull(),
    poId: text('po_id').references(() => purchaseOrders.id),
    shippedOn: text('shipped_on'),
    status: text('status', { enum: ASN_STATUSES }).notNull(),
    sourceFile: text('source_file').notNull().default(''),
    importedBy: text('imported_by'),
    importedAt: instant('imported_at').notNull(),
  },
  (t) => [
    uniqueIndex('asns_brand_no').on(t.brandId, t.asnNo),
    check('asns_status_ok', sql`${t.status} IN ('open','received','cancelled')`),
  ],
);

export const asnLines = sqliteTable(
  'asn_lines',
  {
    id: id(),
    asnId: text('asn_id')
      .notNull()
      .references(() => asns.id),
    lineNo: integer('line_no').notNull(),
    productId: text('product_id')
      .notNull()
      .references(() => products.id),
    unitId: text('unit_id')
      .notNull()
      .references(() => productUnits.id),
    unitName: text('unit_name').notNull(),
    factor: integer('factor').notNull(),
    qty: integer('qty').notNull(),
    qtyBase: integer('qty_base').notNull(),
    batchNo: text('batch_no').notNull().default(''),
    producedOn: text('produced_on'),
    expiresOn: text('expires_on'),
    /** Price per unit in fen, when the brand sends one. */
    price: fen('price'),
  },
  (t) => [
    uniqueIndex('asn_lines_no').on(t.asnId, t.lineNo),
    ...integerChecks('asn_lines', { factor: t.factor, qty: t.qty, qty_base: t.qtyBase, price: t.price }),
    check('asn_lines_qty_pos', sql`${t.qty} > 0`),
  ],
);

/** Case codes the brand says are on the shipment, with the ASN line they belong to. */
export const asnCodes = sqliteTable(
  'asn_codes',
  {
    asnId: text('asn_id')
      .notNull()
      .references(() => asns.id),
    code: text('code').notNull(),
    lineNo: integer('line_no').notNull(),
  },
  (t) => [primaryKey({ columns: [t.asnId, t.code] })],
);

export const RECEIVING_SOURCES = ['asn', 'po', 'blind'] as const;

/** A receipt in progress; id = its stock_documents row (status draft until posted). */
export const receivingSessions = sqliteTable(
  'receiving_sessions',
  {
    id: text('id')
      .primaryKey()
      .references(() => stockDocuments.id),
    source: text('source', { enum: RECEIVING_SOURCES }).notNull(),
    asnId: text('asn_id').references(() => asns.id),
    poId: text('po_id').references(() => purchaseOrders.id),
    /** The variance report written when the receipt was posted, if anything was over, short or damaged. */
    reportId: text('report_id'),
  },
  (t) => [check('receiving_sessions_source_ok', sql`${t.source} IN ('asn','po','blind')`)],
);

/** What the ASN or PO says should arrive, per product and batch ('' when it names none). */
export const receivingExpected = sqliteTable(
  'receiving_expected',
  {
    sessionId: text('session_id')
      .notNull()
      .references(() => receivingSessions.id),
    productId: text('product_id')
      .notNull()
      .references(() => products.id),
    batchNo: text('batch_no').notNull(),
    producedOn: text('produced_on'),
    expiresOn: text('expires_on'),
    qty: integer('qty').notNull(),
    /** Unit the document was written in, for showing "10 箱". */
    unitName: text('unit_name').notNull(),
    factor: integer('factor').notNull(),
    /** Price per that unit in fen, when known: values the receipt. */
    price: fen('price'),
    ordinal: integer('ordinal').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.sessionId, t.productId, t.batchNo] }),
    ...integerChecks('receiving_expected', { qty: t.qty, factor: t.factor, price: t.price, ordinal: t.ordinal }),
  ],
);

/** Scanned quantity per product and batch, added to per scan; damaged is the part of qty not fit to stock. */
export const receivingCounts = sqliteTable(
  'receiving_counts',
  {
    sessionId: text('session_id')
      .notNull()
      .references(() => receivingSessions.id),
    productId: text('product_id')
      .notNull()
      .references(() => products.id),
    batchNo: text('batch_no').notNull(),
    producedOn: text('produced_on'),
    expiresOn: text('expires_on'),
    qty: integer('qty').notNull(),
    damaged: integer('damaged').notNull().default(0),
    ordinal: integer('ordinal').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.sessionId, t.productId, t.batchNo] }),
    ...integerChecks('receiving_counts', { qty: t.qty, damaged: t.damaged, ordinal: t.ordinal }),
    check('receiving_counts_nonneg', sql`${t.qty} >= 0 AND ${t.damaged} >= 0 AND ${t.damaged} <= ${t.qty}`),
  ],
);

/** Every scan or manual entry of a session, append-only. */
export const receivingEntries = sqliteTable(
  'receiving_entries',
  {
    id: id(),
    sessionId: text('session_id')
      .notNull()
      .references(() => receivingSessions.id),
    productId: text('product_id')
      .notNull()
      .references(() => products.id),
    batchNo: text('batch_no').notNull(),
    qty: integer('qty').notNull(),
    damaged: integer('damaged').notNull().default(0),
    source: text('source', { enum: ['scan', 'manual'] }).notNull(),
    raw: text('raw'),
    /** The trace code of a case/box/item scanned whole. */
    code: text('code'),
    userId: text('user_id'),
    at: instant('at').notNull(),
  },
  (t) => [
    index('receiving_entries_session').on(t.sessionId),
    uniqueIndex('receiving_entries_code').on(t.sessionId, t.code),
    ...integerChecks('receiving_entries', { qty: t.qty, damaged: t.damaged }),
  ],
);
