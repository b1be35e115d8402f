// Inputs of bankStatements.* (statement import, mappings, matching) and customerStatements.* (对账单).
import { z } from 'zod';
import { amountFenSchema, businessDateSchema, finIdSchema } from './finance';

/** Largest statement accepted: 20 MB (far more than a year of a busy account). */
export const MAX_STATEMENT_BYTES = 20 * 1024 * 1024;

export const statementImportInput = z.object({
  fileName: z.string().trim().min(1).max(200),
  contentBase64: z
    .string()
    .min(1)
    .max(Math.ceil(MAX_STATEMENT_BYTES / 3) * 4, { error: 'IMPORT_TOO_LARGE' })
    .regex(/^[A-Za-z0-9+/]*={0,2}$/, { error: 'IMPORT_FORMAT_BASE64' }),
  mappingKey: z.string().trim().min(1).max(40).optional(),
});

const header = z.string().trim().min(1).max(60);
export const columnMappingSchema = z
  .object({
    date: header,
    time: header.optional(),
    amount: header.optional(),
    credit: header.optional(),
    payerName: header.optional(),
    payerAccount: header.optional(),
    reference: header.optional(),
    memo: z.array(header).max(5).optional(),
  })
  .refine((m) => !!m.amount !== !!m.credit, { message: 'amount or credit: exactly one', path: ['amount'] });

export const mappingSaveInput = z.object({
  key: z.string().trim().regex(/^[a-z0-9_-]{2,40}$/),
  name: z.string().trim().min(1).max(40),
  mapping: columnMappingSchema,
});

export const autoMatchInput = z.object({ fileId: finIdSchema.optional() });
export const matchInput = z.union([
  z.object({ lineId: finIdSchema, receiptId: finIdSchema }),
  z.object({
    lineId: finIdSchema,
    customerId: finIdSchema,
    allocations: z.union([z.literal('auto'), z.literal('none'), z.array(z.object({ debitItemId: finIdSchema, amount: amountFenSchema })).max(500)]).optional(),
  }),
]);
export const unmatchInput = z.object({ lineId: finIdSchema, reason: z.string().trim().max(200).optional() });
export const queueInput = z.object({ limit: z.number().int().min(1).max(5_000).optional(), fileId: finIdSchema.optional() });

export const customerStatementInput = z.object({ customerId: finIdSchema, from: businessDateSchema, to: businessDateSchema });
export const statementPeriodInput = z.object({ from: businessDateSchema, to: businessDateSchema });
