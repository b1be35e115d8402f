// Trace codes (箱码/盒码/瓶码): unique serial codes on one physical case, box or bottle; codes nest
// (case ⊃ box ⊃ item). The warehouse issue adds their append-only event history.
import { index, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { productUnits, products } from './catalog';
import { instant } from './columns';

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
  },
  (t) => [index('trace_codes_parent').on(t.parentCode), index('trace_codes_product').on(t.productId)],
);
