// Trace codes (箱码/盒码/瓶码): unique serial codes on one physical case, box or bottle; codes nest
// (case ⊃ box ⊃ item). trace_codes is the brand's registry (pulled or imported, cloud wins); trace_events is the
// distributor's append-only history of each code; diversion_alerts logs 窜货 going out and coming in.
import { sql } from 'drizzle-orm';
import { check, index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { productUnits, products } from './catalog';
import { instant } from './columns';
import { customers, warehouses } from './parties';

export const traceCodes = sqliteTable(
  'trace_codes',
  {
    code: text('code').primaryKey(),
    level: text('level', { enum: ['case', 'box', 'item'] }).notNull(),
    productId: text('product_id')
      .notNull()
      .references(() => products.id),
    unitId: text('unit_id').references(() => productUnits.id),
    parentCode: text('parent_code'),
    batch: text('batch'),
    producedOn: text('produced_on'),
    expiresOn: text('expires_on'),
    createdAt: instant('created_at').notNull(),
    /** The distributor the brand registered this code to (code registry); null when the file did not say. */
    distributorCode: text('distributor_code'),
  },
  (t) => [index('trace_codes_parent').on(t.parentCode), index('trace_codes_product').on(t.productId)],
);

export const traceEventKinds = ['received', 'moved', 'shipped', 'returned', 'written_off'] as const;
export type TraceEventKind = (typeof traceEventKinds)[number];

/**
 * Append-only life of a code (triggers refuse UPDATE and DELETE). `seq` orders events across codes: where a code is
 * now is its latest event or its case's / box's, whichever came later (a case received is all its bottles received).
 */
export const traceEvents = sqliteTable(
  'trace_events',
  {
    seq: integer('seq').primaryKey({ autoIncrement: true }),
    id: text('id').notNull().unique(),
    code: text('code')
      .notNull()
      .references(() => traceCodes.code),
    kind: text('kind', { enum: traceEventKinds }).notNull(),
    at: instant('at').notNull(),
    /** Where the code is after the event (received, moved, returned). */
    warehouseId: text('warehouse_id').references(() => warehouses.id),
    /** Where a moved code came from (moved: transfers, van loads and their reversals); null for other kinds. */
    fromWarehouseId: text('from_warehouse_id').references(() => warehouses.id),
    /** Who has it after the event (shipped). */
    customerId: text('customer_id').references(() => customers.id),
    /** The business document that caused it, e.g. ('receipt', id) or ('sales_order', id). */
    docType: text('doc_type'),
    docId: text('doc_id'),
    userId: text('user_id'),
    note: text('note'),
  },
  (t) => [
    index('trace_events_code').on(t.code, t.seq),
    index('trace_events_doc').on(t.docType, t.docId),
    check('trace_events_kind_ok', sql`${t.kind} IN ('received','moved','shipped','returned','written_off')`),
  ],
);

export const diversionDirections = ['in', 'out'] as const;
export const diversionReasons = ['foreign_code', 'region', 'channel'] as const;
export type DiversionDirection = (typeof diversionDirections)[number];
export type DiversionReason = (typeof diversionReasons)[number];

/**
 * Append-only log of diversion (窜货): a code registered to another distributor coming in ('in', foreign_code),
 * or a code shipped to a store outside our territory ('out', region / channel) or registered elsewhere.
 */
export const diversionAlerts = sqliteTable(
  'diversion_alerts',
  {
    id: text('id').primaryKey(),
    at: instant('at').notNull(),
    direction: text('direction', { enum: diversionDirections }).notNull(),
    reason: text('reason', { enum: diversionReasons }).notNull(),
    code: text('code')
      .notNull()
      .references(() => traceCodes.code),
    productId: text('product_id').references(() => products.id),
    /** The distributor the code is registered to, when that is the reason. */
    registeredTo: text('registered_to'),
    customerId: text('customer_id').references(() => customers.id),
    warehouseId: text('warehouse_id').references(() => warehouses.id),
    /** The customer's region or channel that fell outside the territory. */
    actual: text('actual'),
    docType: text('doc_type'),
    docId: text('doc_id'),
    userId: text('user_id'),
  },
  (t) => [
    index('diversion_alerts_at').on(t.at),
    index('diversion_alerts_code').on(t.code),
    check('diversion_alerts_direction_ok', sql`${t.direction} IN ('in','out')`),
    check('diversion_alerts_reason_ok', sql`${t.reason} IN ('foreign_code','region','channel')`),
  ],
);
