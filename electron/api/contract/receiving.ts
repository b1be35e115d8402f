// Inputs of receiving.* (sessions, scans, counts, shipment notices) and purchaseOrders.*.
import { z } from 'zod';
import { MAX_IMPORT_BYTES } from './imports';
import { stockDateSchema, qtySchema, stockIdSchema } from './stock';

export const receivingStartInput = z.object({
  warehouseId: stockIdSchema,
  /** Receive against this shipment notice (its purchase order, if any, comes with it). */
  asnId: stockIdSchema.optional(),
  /** Receive against this purchase order. Neither: a blind receipt. */
  poId: stockIdSchema.optional(),
});
export type ReceivingStartInput = z.infer<typeof receivingStartInput>;

export const receivingSessionInput = z.object({ sessionId: stockIdSchema });
export const receivingScanInput = z.object({ sessionId: stockIdSchema, raw: z.string().min(1).max(512) });
export type ReceivingScanInput = z.infer<typeof receivingScanInput>;

export const receivingCountInput = z.object({
  sessionId: stockIdSchema,
  productId: stockIdSchema,
  unitId: stockIdSchema.nullish(),
  /** Signed, in the unit: negative takes back a miscount. */
  qty: qtySchema,
  batchNo: z.string().trim().max(64).optional(),
  producedOn: stockDateSchema.nullish(),
  expiresOn: stockDateSchema.nullish(),
});
export type ReceivingCountInput = z.infer<typeof receivingCountInput>;

export const receivingDamagedInput = z.object({
  sessionId: stockIdSchema,
  productId: stockIdSchema,
  batchNo: z.string().trim().max(64),
  damaged: qtySchema,
});

export const receivingReportsInput = z.object({ limit: z.number().int().min(1).max(500).optional() });

/** A shipment notice file: .xlsx, .csv/.txt (UTF-8 or GBK) or .json, as base64. Layout: ASN-FORMAT.md. */
export const asnImportInput = z.object({
  fileName: z
    .string()
    .trim()
    .min(1)
    .max(200)
    .regex(/\.(xlsx|csv|txt|json)$/i, { error: 'IMPORT_FILE_TYPE' }),
  contentBase64: z
    .string()
    .min(1)
    .max(Math.ceil(MAX_IMPORT_BYTES / 3) * 4, { error: 'IMPORT_TOO_LARGE' })
    .regex(/^[A-Za-z0-9+/]*={0,2}$/, { error: 'IMPORT_FORMAT_BASE64' }),
});
export type AsnImportInput = z.infer<typeof asnImportInput>;

export const asnListInput = z.object({
  status: z.enum(['open', 'received', 'cancelled']).optional(),
  limit: z.number().int().min(1).max(500).optional(),
  offset: z.number().int().min(0).optional(),
});

export const poLineInput = z.object({
  productId: stockIdSchema,
  unitId: stockIdSchema,
  qty: qtySchema,
  /** Price per unit in integer fen. */
  price: z.number().int().min(0).max(1_000_000_000_000),
});
export const poCreateInput = z.object({
  brandId: stockIdSchema,
  warehouseId: stockIdSchema,
  expectedOn: stockDateSchema.nullish(),
  note: z.string().trim().max(500).optional(),
  lines: z.array(poLineInput).min(1).max(1000),
});
export type PoCreateInput = z.infer<typeof poCreateInput>;

export const poListInput = z.object({
  brandId: stockIdSchema.optional(),
  status: z.enum(['draft', 'submitted', 'received', 'cancelled']).optional(),
  limit: z.number().int().min(1).max(500).optional(),
  offset: z.number().int().min(0).optional(),
});
