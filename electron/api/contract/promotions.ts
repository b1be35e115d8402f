// Inputs of promotions.* (促销): buy-N-get-M gifts (买N赠M) and tiered discounts (满减/折扣) on a product set over a
// period. Money is integer fen, rates basis points (200 = 2%), quantities whole numbers in the promotion's unit.
// The core checks the combinations (a gift needs buyQty, gift product and qty; a tier a rate or an amount, not both)
// and answers with translated errors naming the field.
import { z } from 'zod';

const idSchema = z.string().trim().min(1).max(64);
const dateSchema = z.string().trim().regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'DATE_FORMAT' });
const whole = z.number().int().min(1).max(1_000_000_000);
const ids = z.array(idSchema).max(2000);
const labels = z.array(z.string().trim().min(1).max(64)).max(200);

export const promotionKindSchema = z.enum(['gift', 'tiered']);
export const promotionBasisSchema = z.enum(['amount', 'quantity']);
/** upcoming: starts after today; active: in force today; ended: past its last day or ended early. */
export const promotionStatusSchema = z.enum(['upcoming', 'active', 'ended']);

export const promotionTierInput = z.object({
  /** Fen for basis 'amount' (¥1,000 = 100000); a quantity in the promotion's unit for basis 'quantity'. */
  threshold: whole,
  /** Basis points off the set's amount: 200 = 2%. Give this or discountFen. */
  discountBp: z.number().int().min(1).max(10_000).nullish(),
  /** Fen off (满减). */
  discountFen: z.number().int().min(1).max(100_000_000_000).nullish(),
});
export type PromotionTierInput = z.infer<typeof promotionTierInput>;

export const promotionGiftInput = z.object({
  /** N: how many of the promotion's unit (unitId; base units when none) of the set earn one gift. */
  buyQty: whole,
  productId: idSchema,
  /** The gift's unit (null = base unit). */
  unitId: idSchema.nullish(),
  /** M: how many gift units per N bought. */
  qty: whole,
});

export const promotionInput = z.object({
  name: z.string().trim().min(1).max(100),
  kind: promotionKindSchema,
  startsOn: dateSchema,
  endsOn: dateSchema,
  /** Product set: any of these products, brands, or categories (with their sub-categories). At least one. */
  productIds: ids.default([]),
  categoryIds: ids.default([]),
  brandIds: ids.default([]),
  /** Only customers of these channels / regions (as written on the customer); empty = every customer. */
  channels: labels.default([]),
  regions: labels.default([]),
  /** Unit of buyQty and of quantity thresholds (a unit of a product in the set, e.g. 箱); null = base units. */
  unitId: idSchema.nullish(),
  /** kind 'gift'. */
  gift: promotionGiftInput.nullish(),
  /** kind 'tiered'. */
  basis: promotionBasisSchema.nullish(),
  tiers: z.array(promotionTierInput).max(20).default([]),
  note: z.string().trim().max(500).default(''),
});
export type PromotionInput = z.input<typeof promotionInput>;

export const promotionUpdateInput = promotionInput.extend({ id: idSchema });
export type PromotionUpdateInput = z.input<typeof promotionUpdateInput>;

export const promotionIdInput = z.object({ id: idSchema });

/** Ends a promotion early: lastDay is the last business day it applies (default today). */
export const promotionEndInput = z.object({ id: idSchema, lastDay: dateSchema.optional() });

export const promotionListInput = z.object({
  status: promotionStatusSchema.optional(),
  kind: promotionKindSchema.optional(),
  /** Name or number. */
  search: z.string().trim().max(64).optional(),
  limit: z.number().int().min(1).max(500).optional(),
  offset: z.number().int().min(0).optional(),
});

/** Promotion cost (促销费用) of delivered orders by promotion, for claims to the brand. */
export const promotionCostInput = z.object({
  from: dateSchema,
  to: dateSchema,
  promotionId: idSchema.optional(),
});
