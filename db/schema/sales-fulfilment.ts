// Fulfilment of sales orders: the trace codes (箱码/盒码/瓶码) scanned out for an order line, and the signed delivery
// notes photographed when a delivery note's QR is scanned back.
import { sql } from 'drizzle-orm';
import { blob, check, index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { products } from './catalog';
import { instant, integerChecks } from './columns';
import { salesDeliveries, salesOrderLines, salesOrders } from './sales';
import { traceCodes } from './trace';

/**
 * A trace code bound to an order line by outbound scanning. While unshipped it is the picker's working list
 * (unbinding deletes the row); the delivery that takes it records the 'shipped' trace event and sets delivery_id,
 * after which the row is never changed again (returns are trace events of their own).
 */
export const orderTraceCodes = sqliteTable(
  'order_trace_codes',
  {
    id: text('id').primaryKey(),
    orderId: text('order_id')
      .notNull()
      .references(() => salesOrders.id),
    lineId: text('line_id')
      .notNull()
      .references(() => salesOrderLines.id),
    code: text('code')
      .notNull()
      .references(() => traceCodes.code),
    productId: text('product_id')
      .notNull()
      .references(() => products.id),
    level: text('level', { enum: ['case', 'box', 'item'] }).notNull(),
    /** Base units the code holds (a case of 24 bottles: 24), counted against the line's quantity. */
    qtyBase: integer('qty_base').notNull(),
    scannedAt: instant('scanned_at').notNull(),
    scannedBy: text('scanned_by'),
    /** The delivery that shipped it; null while it waits to go out. */
    deliveryId: text('delivery_id').references(() => salesDeliveries.id),
    shippedAt: instant('shipped_at'),
  },
  (t) => [
    uniqueIndex('order_trace_codes_order_code').on(t.orderId, t.code),
    // A code waits on one order at a time; once shipped (and maybe returned) it may go out on another.
    uniqueIndex('order_trace_codes_waiting').on(t.code).where(sql`${t.deliveryId} IS NULL`),
    index('order_trace_codes_line').on(t.lineId),
    ...integerChecks('order_trace_codes', { qty_base: t.qtyBase }),
    check('order_trace_codes_qty_pos', sql`${t.qtyBase} > 0`),
    check('order_trace_codes_level_ok', sql`${t.level} IN ('case','box','item')`),
  ],
);

export const DELIVERY_IMAGE_TYPES = ['image/png', 'image/jpeg'] as const;
/** A phone photo of a signed A4 note fits easily; anything larger is not a photo of a delivery note. */
export const DELIVERY_IMAGE_MAX_BYTES = 4 * 1024 * 1024;

/** A signed delivery note (签收单) photographed or scanned, attached when its QR was scanned back. Append-only. */
export const deliveryAttachments = sqliteTable(
  'delivery_attachments',
  {
    id: text('id').primaryKey(),
    orderId: text('order_id')
      .notNull()
      .references(() => salesOrders.id),
    mime: text('mime', { enum: DELIVERY_IMAGE_TYPES }).notNull(),
    bytes: blob('bytes', { mode: 'buffer' }).notNull(),
    size: integer('size').notNull(),
    sha256: text('sha256').notNull(),
    createdAt: instant('created_at').notNull(),
    createdBy: text('created_by'),
  },
  (t) => [
    index('delivery_attachments_order').on(t.orderId),
    ...integerChecks('delivery_attachments', { size: t.size }),
    check('delivery_attachments_mime_ok', sql`${t.mime} IN ('image/png','image/jpeg')`),
    check('delivery_attachments_size_ok', sql`${t.size} > 0 AND ${t.size} <= ${sql.raw(String(DELIVERY_IMAGE_MAX_BYTES))}`),
  ],
);
