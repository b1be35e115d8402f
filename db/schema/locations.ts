// Storage locations (货位): where a product sits in a warehouse, as shelf text like 'A-01-03'. One location per
// product per warehouse; a stocktake can cover every product under a location prefix ('A-01' = A-01-*).
import { index, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { products } from './catalog';
import { instant } from './columns';
import { warehouses } from './parties';

export const productLocations = sqliteTable(
  'product_locations',
  {
    warehouseId: text('warehouse_id')
      .notNull()
      .references(() => warehouses.id),
    productId: text('product_id')
      .notNull()
      .references(() => products.id),
    /** Trimmed and upper-cased, at most 20 characters (core/stock/locations.ts). */
    location: text('location').notNull(),
    updatedBy: text('updated_by'),
    updatedAt: instant('updated_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.warehouseId, t.productId] }), index('product_locations_location').on(t.warehouseId, t.location)],
);
