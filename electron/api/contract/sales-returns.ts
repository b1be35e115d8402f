// Inputs of salesReturns.* (销退换赠: returns, exchanges and gifts in one document). Money integer fen, quantities
// whole numbers in the line's unit (default the base unit). The core checks the rest (a return never more than was
// delivered minus already returned, prices, stock) and answers with translated errors naming the line.
import { z } from 'zod';

const idSchema = z.string().trim().min(1).max(64);
const dateSchema = z.string().trim().regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'DATE_FORMAT' });

export const salesReturnLineKindSchema = z.enum(['return', 'exchange', 'gift']);
export const salesReturnConditionSchema = z.enum(['saleable', 'damaged']);
export const salesReturnStatusSchema = z.enum(['draft', 'posted', 'reversed', 'cancelled']);

export const salesReturnLineInput = z.object({
  /** return: goods back from the customer; exchange: goods out, charged; gift: goods out, free. */
  kind: salesReturnLineKindSchema,
  /** Return lines: back to saleable stock (default) or damaged (written off on a damage adjustment). */
  condition: salesReturnConditionSchema.optional(),
  /** A return against the document's order: the order line taken back (product, unit and price come from it). */
  orderLineId: idSchema.nullish(),
  /** Required unless orderLineId is given. */
  productId: idSchema.nullish(),
  /** The unit qty is in; default the order line's unit, else the base unit. */
  unitId: idSchema.nullish(),
  /** A positive whole number (the core refuses fractions and zero naming the product). */
  qty: z.number().finite().min(-1_000_000_000).max(1_000_000_000),
  /** Price per unit in fen, for exchange lines and returns without an order; default the last / list price. */
  priceFen: z.number().int().min(0).max(100_000_000_000).nullish(),
  /** Return: the batch the goods come back into; out: the batch to take (default first-expiring-first). */
  batchId: idSchema.nullish(),
  /** Trace codes scanned on returned goods. */
  codes: z.array(z.string().trim().min(1).max(128)).max(2000).default([]),
  note: z.string().trim().max(200).default(''),
});
export type SalesReturnLineInput = z.input<typeof salesReturnLineInput>;

export const salesReturnCreateInput = z.object({
  customerId: idSchema,
  /** Where returned goods come back to and exchange / gift goods leave from. */
  warehouseId: idSchema,
  /** The original order (SO-…), when the customer brings it back against one. */
  orderId: idSchema.nullish(),
  reason: z.string().trim().max(200).default(''),
  lines: z.array(salesReturnLineInput).min(1).max(500),
  /** Post at once (otherwise a draft to post later). */
  post: z.boolean().default(false),
});
export type SalesReturnCreateInput = z.input<typeof salesReturnCreateInput>;

export const salesReturnIdInput = z.object({ id: idSchema });
export const salesReturnReverseInput = z.object({ id: idSchema, reason: z.string().trim().min(1).max(200) });

/** What an order's lines can still take back: delivered − already returned, with the price of each base unit. */
export const salesReturnableInput = z.object({ orderId: idSchema });

/** The price each product would be returned at without an order: the customer's last prices. */
export const salesReturnPricesInput = z.object({ customerId: idSchema, productIds: z.array(idSchema).min(1).max(500) });

export const salesReturnListInput = z.object({
  status: salesReturnStatusSchema.optional(),
  customerId: idSchema.optional(),
  orderId: idSchema.optional(),
  from: dateSchema.optional(),
  to: dateSchema.optional(),
  /** Return number, customer name or code. */
  search: z.string().trim().max(64).optional(),
  limit: z.number().int().min(1).max(500).optional(),
  offset: z.number().int().min(0).optional(),
});
