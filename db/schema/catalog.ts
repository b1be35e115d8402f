// Catalog: brands, categories, products with packaging units and barcodes, price lists and brand price limits.
import { sql } from 'drizzle-orm';
import { check, index, integer, primaryKey, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { fen, id, instant, integerChecks } from './columns';

/** Brand names are unique too: imports and people name a brand by its name. */
export const brands = sqliteTable('brands', {
  id: id(),
  code: text('code').notNull().unique(),
  name: text('name').notNull().unique(),
  createdAt: instant('created_at').notNull(),
});

export const categories = sqliteTable('categories', {
  id: id(),
  name: text('name').notNull().unique(),
  parentId: text('parent_id'),
  createdAt: instant('created_at').notNull(),
});

export const products = sqliteTable(
  'products',
  {
    id: id(),
    sku: text('sku').notNull().unique(),
    name: text('name').notNull(),
    spec: text('spec').notNull().default(''),
    brandId: text('brand_id').references(() => brands.id),
    categoryId: text('category_id').references(() => categories.id),
    /** Name of the base unit (瓶); the same row exists in product_units with factor 1. */
    baseUnit: text('base_unit').notNull(),
    shelfLifeDays: integer('shelf_life_days'),
    status: text('status', { enum: ['active', 'inactive'] }).notNull().default('active'),
    /** Lower-case name, SKU, pinyin initials and full pinyin: what search matches against. */
    searchText: text('search_text').notNull(),
    createdAt: instant('created_at').notNull(),
    updatedAt: instant('updated_at').notNull(),
  },
  (t) => [
    index('products_name').on(t.name),
    // Search scans this index instead of the table: it holds everything matching and ranking read (a covering
    // index a few MB in size, where the table with every column does not stay in the page cache).
    index('products_search').on(t.searchText, t.status, t.sku, t.name),
    ...integerChecks('products', { shelf_life_days: t.shelfLifeDays }),
    check('products_shelf_life_nonneg', sql`${t.shelfLifeDays} IS NULL OR ${t.shelfLifeDays} >= 0`),
    check('products_status_ok', sql`${t.status} IN ('active','inactive')`),
  ],
);

export const productUnits = sqliteTable(
  'product_units',
  {
    id: id(),
    productId: text('product_id')
      .notNull()
      .references(() => products.id),
    name: text('name').notNull(),
    /** How many base units one of this unit holds (case of 24 bottles: 24). */
    factor: integer('factor').notNull(),
  },
  (t) => [
    uniqueIndex('product_units_name').on(t.productId, t.name),
    ...integerChecks('product_units', { factor: t.factor }),
    check('product_units_factor_pos', sql`${t.factor} >= 1`),
  ],
);

/** One barcode names one packaging level of one product. */
export const barcodes = sqliteTable(
  'barcodes',
  {
    code: text('code').primaryKey(),
    productId: text('product_id')
      .notNull()
      .references(() => products.id),
    unitId: text('unit_id')
      .notNull()
      .references(() => productUnits.id),
  },
  (t) => [index('barcodes_product').on(t.productId)],
);

/** Price lists are named by code or by name (imports accept either), so both are unique. */
export const priceLists = sqliteTable('price_lists', {
  id: id(),
  code: text('code').notNull().unique(),
  name: text('name').notNull().unique(),
  createdAt: instant('created_at').notNull(),
});

/** Price of one packaging unit on one price list, in fen. */
export const prices = sqliteTable(
  'prices',
  {
    priceListId: text('price_list_id')
      .notNull()
      .references(() => priceLists.id),
    unitId: text('unit_id')
      .notNull()
      .references(() => productUnits.id),
    productId: text('product_id')
      .notNull()
      .references(() => products.id),
    price: fen('price').notNull(),
    updatedAt: instant('updated_at').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.priceListId, t.unitId] }),
    index('prices_product').on(t.productId),
    ...integerChecks('prices', { price: t.price }),
    check('prices_nonneg', sql`${t.price} >= 0`),
  ],
);

/** The brand's minimum and maximum selling price for one packaging unit, in fen (限价). */
export const priceLimits = sqliteTable(
  'price_limits',
  {
    unitId: text('unit_id')
      .primaryKey()
      .references(() => productUnits.id),
    productId: text('product_id')
      .notNull()
      .references(() => products.id),
    minPrice: fen('min_price'),
    maxPrice: fen('max_price'),
    updatedAt: instant('updated_at').notNull(),
  },
  (t) => [
    index('price_limits_product').on(t.productId),
    ...integerChecks('price_limits', { min_price: t.minPrice, max_price: t.maxPrice }),
    check('price_limits_order', sql`${t.minPrice} IS NULL OR ${t.maxPrice} IS NULL OR ${t.minPrice} <= ${t.maxPrice}`),
  ],
);
