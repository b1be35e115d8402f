// Inputs of stock.* (balances, batches, near expiry, the ledger, documents, reversal). Quantities are base units;
// a quantity that is not a positive whole number is refused by the core with the product named, in the user's
// language, so the schemas here only insist on numbers.
import { z } from 'zod';

export const stockIdSchema = z.string().trim().min(1).max(64);
/** A quantity as typed: any number; the core refuses fractions, zero and negatives naming the product. */
export const qtySchema = z.number().finite().min(-1_000_000_000).max(1_000_000_000);
export const stockDateSchema = z.string().trim().regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'DATE_FORMAT' });
const limit = (max: number) => z.number().int().min(1).max(max).optional();
const offset = z.number().int().min(0).optional();

// The schema's STOCK_DOC_TYPES, spelled out because the renderer bundles the contract (not the drizzle schema);
// tests/unit/stock-api.test.ts checks the two lists stay the same.
export const stockDocTypeSchema = z.enum(['receipt', 'transfer', 'van_load', 'van_return', 'adjustment', 'reversal', 'sale', 'sale_return']);
export const stockDocStatusSchema = z.enum(['draft', 'pending', 'in_transit', 'posted', 'reversed', 'cancelled']);

export const stockIdInput = z.object({ id: stockIdSchema });

export const stockBalancesInput = z.object({
  warehouseId: stockIdSchema.optional(),
  productId: stockIdSchema.optional(),
  categoryId: stockIdSchema.optional(),
  search: z.string().trim().max(64).optional(),
  /** One row per product over all warehouses. */
  allWarehouses: z.boolean().optional(),
  includeZero: z.boolean().optional(),
  limit: limit(10_000),
  offset,
});
export type StockBalancesInput = z.infer<typeof stockBalancesInput>;

export const stockByBatchInput = z.object({ warehouseId: stockIdSchema.optional(), productId: stockIdSchema.optional(), limit: limit(10_000) });
export const nearExpiryInput = z.object({ warehouseId: stockIdSchema.optional(), days: z.number().int().min(0).max(3650).optional(), limit: limit(10_000) });
export const nearExpiryDaysInput = z.object({ days: z.number() });

export const ledgerInput = z.object({
  warehouseId: stockIdSchema,
  productId: stockIdSchema,
  batchId: stockIdSchema.optional(),
  limit: limit(1000),
  offset,
});

export const documentsInput = z.object({
  type: stockDocTypeSchema.optional(),
  status: stockDocStatusSchema.optional(),
  warehouseId: stockIdSchema.optional(),
  from: stockDateSchema.optional(),
  to: stockDateSchema.optional(),
  limit: limit(500),
  offset,
});

export const reverseInput = z.object({ id: stockIdSchema, reason: z.string().trim().min(1).max(200) });
export type ReverseInput = z.infer<typeof reverseInput>;

export const fefoInput = z.object({ warehouseId: stockIdSchema, productId: stockIdSchema, qty: qtySchema });

/** One line of a transfer, van load or adjustment: a quantity in a unit (default the base unit), maybe a batch. */
export const qtyLineInput = z.object({
  productId: stockIdSchema,
  unitId: stockIdSchema.nullish(),
  qty: qtySchema,
  batchId: stockIdSchema.nullish(),
  note: z.string().trim().max(200).optional(),
});
export type QtyLineInput = z.infer<typeof qtyLineInput>;
export const qtyLinesSchema = z.array(qtyLineInput).min(1).max(1000);
