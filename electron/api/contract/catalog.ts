// Inputs of brands.*, categories.*, products.*, priceLists.*, prices.* and priceLimits.* — shared by the API
// (validation) and the renderer (form validation). Money is integer fen; quantities and factors integers.
import { z } from 'zod';

export const idSchema = z.string().trim().min(1).max(64);
/** Integer fen, never a float; at most 10^12 fen (ten billion yuan). */
export const fenSchema = z.number().int().min(0).max(1_000_000_000_000);
/** What a person types into a search box. */
export const queryText = z.string().trim().max(64);

export const brandCreateInput = z.object({
  /** Optional: derived from the name's pinyin initials (可口可乐 → KKKL) when left empty. */
  code: z.string().trim().max(16).optional(),
  name: z.string().trim().min(1).max(40),
});
export type BrandCreateInput = z.infer<typeof brandCreateInput>;
export const brandUpdateInput = z.object({ id: idSchema, code: z.string().trim().min(1).max(16), name: brandCreateInput.shape.name });
export type BrandUpdateInput = z.infer<typeof brandUpdateInput>;

export const categoryCreateInput = z.object({
  name: z.string().trim().min(1).max(40),
  parentId: idSchema.nullish(),
});
export type CategoryCreateInput = z.infer<typeof categoryCreateInput>;
export const categoryUpdateInput = categoryCreateInput.extend({ id: idSchema });
export type CategoryUpdateInput = z.infer<typeof categoryUpdateInput>;

export const productStatusSchema = z.enum(['active', 'inactive']);
export type ProductStatus = z.infer<typeof productStatusSchema>;

/** One packaging level: 瓶 ×1 (the base unit), 盒 ×6, 箱 ×24. Keep `id` when editing an existing unit. */
export const unitInput = z.object({
  id: idSchema.optional(),
  name: z.string().trim().min(1).max(8),
  factor: z.number().int().min(1).max(1_000_000),
  /** EAN-8, UPC-A, EAN-13 or GTIN-14; check digit verified by the server. Empty or null: no barcode. */
  barcode: z.string().trim().max(32).nullish(),
});
export type UnitInput = z.infer<typeof unitInput>;

const productFields = {
  sku: z.string().trim().min(1).max(32),
  name: z.string().trim().min(1).max(80),
  spec: z.string().trim().max(40).optional(),
  brandId: idSchema.nullish(),
  categoryId: idSchema.nullish(),
  shelfLifeDays: z.number().int().min(0).max(36_500).nullish(),
  status: productStatusSchema.optional(),
  /** Exactly one unit has factor 1: the base unit every quantity is counted in. */
  units: z.array(unitInput).min(1).max(10),
};
export const productCreateInput = z.object(productFields);
export type ProductCreateInput = z.infer<typeof productCreateInput>;
export const productUpdateInput = z.object({ id: idSchema, ...productFields });
export type ProductUpdateInput = z.infer<typeof productUpdateInput>;

export const productSetStatusInput = z.object({ id: idSchema, status: productStatusSchema });
export const productGetInput = z.object({ id: idSchema });

export const productListInput = z
  .object({
    q: queryText.optional(),
    status: productStatusSchema.optional(),
    brandId: idSchema.optional(),
    categoryId: idSchema.optional(),
    /** Omit to get every row: the catalog screen loads all of them into a virtualized table. */
    limit: z.number().int().min(1).max(200_000).optional(),
    offset: z.number().int().min(0).optional(),
  })
  .optional();
export type ProductListInput = z.infer<typeof productListInput>;

export const productSearchInput = z.object({
  q: queryText.min(1),
  limit: z.number().int().min(1).max(100).optional(),
  /** Quick pickers offer active products only unless asked. */
  includeInactive: z.boolean().optional(),
});
export type ProductSearchInput = z.infer<typeof productSearchInput>;

export const priceListCreateInput = z.object({
  code: z.string().trim().min(1).max(16),
  name: z.string().trim().min(1).max(40),
});
export type PriceListCreateInput = z.infer<typeof priceListCreateInput>;

/** Sets (or, with price null, removes) prices of one product's units on any price lists, in one action. */
export const pricesSetInput = z.object({
  productId: idSchema,
  prices: z
    .array(z.object({ priceListId: idSchema, unitId: idSchema, price: fenSchema.nullable() }))
    .min(1)
    .max(200),
});
export type PricesSetInput = z.infer<typeof pricesSetInput>;
export const pricesForProductInput = z.object({ productId: idSchema });

/** The brand's minimum/maximum price of one unit (限价); both null removes the limit. */
export const priceLimitSetInput = z
  .object({ productId: idSchema, unitId: idSchema, minPrice: fenSchema.nullable(), maxPrice: fenSchema.nullable() })
  .refine((v) => v.minPrice === null || v.maxPrice === null || v.minPrice <= v.maxPrice, {
    error: 'PRICE_LIMIT_ORDER',
    path: ['minPrice'],
  });
export type PriceLimitSetInput = z.infer<typeof priceLimitSetInput>;
export const priceLimitListInput = z.object({ productId: idSchema.optional() }).optional();
