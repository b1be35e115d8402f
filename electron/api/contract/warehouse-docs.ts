// Inputs of transfers.*, vans.*, adjustments.* and stocktakes.*.
import { z } from 'zod';
import { qtyLineInput, qtyLinesSchema, qtySchema, stockIdSchema } from './stock';

/** Trace codes (箱码/盒码/瓶码) scanned onto a transfer or van load, distinct. */
const traceCodesSchema = z.array(z.string().trim().min(1).max(256)).max(5000).optional();

export const transferShipInput = z.object({
  fromWarehouseId: stockIdSchema,
  toWarehouseId: stockIdSchema,
  reason: z.string().trim().max(200).optional(),
  lines: qtyLinesSchema,
  /** Trace codes scanned onto the transfer: their history shows the move. */
  codes: traceCodesSchema,
});
export type TransferShipInput = z.infer<typeof transferShipInput>;

export const transferReceiveInput = z.object({
  id: stockIdSchema,
  /** Only the lines that arrived short or over, in base units; the others arrived in full. */
  lines: z.array(z.object({ lineNo: z.number().int().min(1), receivedQty: qtySchema })).max(1000).optional(),
});
export type TransferReceiveInput = z.infer<typeof transferReceiveInput>;

export const vanIdInput = z.object({ vanId: stockIdSchema });
export const vanLoadInput = z.object({ vanId: stockIdSchema, fromWarehouseId: stockIdSchema, lines: qtyLinesSchema, codes: traceCodesSchema });
export type VanLoadInput = z.infer<typeof vanLoadInput>;
/** The driver's count of everything in the van (zero allowed); products not listed count as none. */
export const vanReturnInput = z.object({
  vanId: stockIdSchema,
  toWarehouseId: stockIdSchema,
  reason: z.string().trim().max(200).optional(),
  lines: z.array(qtyLineInput.omit({ batchId: true })).max(1000),
});
export type VanReturnInput = z.infer<typeof vanReturnInput>;

export const adjustmentKindSchema = z.enum(['damage', 'sample', 'write_off']);
export const adjustmentCreateInput = z.object({
  warehouseId: stockIdSchema,
  kind: adjustmentKindSchema,
  reason: z.string().trim().max(200),
  lines: qtyLinesSchema,
});
export type AdjustmentCreateInput = z.infer<typeof adjustmentCreateInput>;
export const adjustmentRejectInput = z.object({ id: stockIdSchema, reason: z.string().trim().min(1).max(200) });

export const stocktakeStartInput = z.object({
  warehouseId: stockIdSchema,
  categoryId: stockIdSchema.nullish(),
  /** Storage location prefix ('A-01'); checked and upper-cased by the core. */
  locationPrefix: z.string().max(200).nullish(),
});
export const stocktakeScanInput = z.object({ stocktakeId: stockIdSchema, raw: z.string().min(1).max(512) });
export const stocktakeCountInput = z.object({
  stocktakeId: stockIdSchema,
  productId: stockIdSchema,
  unitId: stockIdSchema.nullish(),
  qty: qtySchema,
  batchNo: z.string().trim().max(64).optional(),
});
export type StocktakeCountInput = z.infer<typeof stocktakeCountInput>;
export const stocktakeListInput = z.object({
  warehouseId: stockIdSchema.optional(),
  status: z.enum(['counting', 'review', 'approved', 'cancelled']).optional(),
  limit: z.number().int().min(1).max(500).optional(),
});
