// Inputs of receivables.*, receipts.*, handovers.* and periods.*. Money is integer fen (the form turns "12.50"
// into 1250); dates are business dates YYYY-MM-DD, checked again in core with a translated message.
import { z } from 'zod';

export const finIdSchema = z.string().trim().min(1).max(64);
/** Positive integer fen; the core says AMOUNT_POSITIVE / MONEY_FORMAT in the user's language for the rest. */
export const amountFenSchema = z.number().int().max(1_000_000_000_000);
export const businessDateSchema = z.string().trim().min(1).max(10);
export const monthSchema = z.string().trim().min(1).max(7);
export const receiptMethodSchema = z.enum(['cash', 'bank', 'wechat', 'alipay', 'other']);
export const arItemKindSchema = z.enum(['invoice', 'refund', 'receipt', 'credit']);

const allocationLine = z.object({ debitItemId: finIdSchema, amount: amountFenSchema });

export const receiptCreateInput = z.object({
  customerId: finIdSchema,
  method: receiptMethodSchema,
  amount: amountFenSchema,
  businessDate: businessDateSchema,
  collectorId: finIdSchema.nullish(),
  reference: z.string().trim().max(100).optional(),
  payerName: z.string().trim().max(100).optional(),
  note: z.string().trim().max(500).optional(),
  allocation: z.union([z.literal('auto'), z.literal('none'), z.array(allocationLine).max(500)]).optional(),
  writeOffs: z.array(z.object({ debitItemId: finIdSchema, amount: amountFenSchema, reason: z.string().max(200) })).max(100).optional(),
});
export type ReceiptCreateInput = z.infer<typeof receiptCreateInput>;

export const allocateInput = z.object({ creditItemId: finIdSchema, lines: z.array(allocationLine).max(500).optional(), businessDate: businessDateSchema.optional() });
export const unallocateInput = z.object({ allocationId: finIdSchema, businessDate: businessDateSchema.optional() });
export const writeOffInput = z.object({ debitItemId: finIdSchema, amount: amountFenSchema, reason: z.string().max(200), businessDate: businessDateSchema.optional() });
export const reverseInput = z.object({ itemId: finIdSchema, reason: z.string().trim().min(1).max(200), businessDate: businessDateSchema.optional() });
export const adjustmentInput = z.object({
  customerId: finIdSchema,
  direction: z.enum(['debit', 'credit']),
  amount: amountFenSchema,
  businessDate: businessDateSchema,
  note: z.string().trim().min(1).max(200),
});
export const itemsInput = z.object({
  customerId: finIdSchema.optional(),
  kind: arItemKindSchema.optional(),
  openOnly: z.boolean().optional(),
  from: businessDateSchema.optional(),
  to: businessDateSchema.optional(),
  limit: z.number().int().min(1).max(5_000).optional(),
});
export const itemIdInput = z.object({ id: finIdSchema });
export const asOfInput = z.object({ asOf: businessDateSchema, customerId: finIdSchema.optional() });

export const expectedCashInput = z.object({ driverId: finIdSchema, businessDate: businessDateSchema });
export const handoverSubmitInput = z.object({
  driverId: finIdSchema,
  businessDate: businessDateSchema,
  /** Pieces per denomination, keyed by its value in fen: { "10000": 3, "50": 2 }. */
  denominations: z.record(z.string().max(6), z.number()),
  epayments: amountFenSchema,
  note: z.string().trim().max(500).optional(),
});
export const handoverApproveInput = z.object({ handoverId: finIdSchema, note: z.string().trim().max(500).optional() });
export const slipPrintInput = z.object({ id: finIdSchema, printerId: z.string().min(1).nullable().default(null) });
export const handoverListInput = z.object({ from: businessDateSchema, to: businessDateSchema });
export const expenseCreateInput = z.object({
  driverId: finIdSchema,
  businessDate: businessDateSchema,
  amount: amountFenSchema,
  category: z.string().trim().min(1).max(32),
  note: z.string().trim().max(200).optional(),
});

export const periodInput = z.object({ month: monthSchema });
export const periodReopenInput = z.object({ month: monthSchema, reason: z.string().max(200) });
