// Promotions (促销): buy-N-get-M gifts (买N赠M) and tiered discounts (满减/折扣) on a product set over a period of
// business dates, optionally limited to customer channels or regions. Applied automatically when an order is priced
// (electron/core/sales/promotions.ts); what they cost is read from the order lines (promotion_id, promo_*_fen).
import { sql } from 'drizzle-orm';
import { check, index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { productUnits, products } from './catalog';
import { fen, id, instant, integerChecks } from './columns';

export const PROMOTION_KINDS = ['gift', 'tiered'] as const;
/** What a tier's threshold counts: the product set's amount (fen) or its quantity (in the promotion's unit). */
export const PROMOTION_BASES = ['amount', 'quantity'] as const;
/** Product set: products, categories (with their sub-categories) or brands. Customer scope: channels, regions. */
export const PROMOTION_SCOPE_KINDS = ['product', 'category', 'brand', 'channel', 'region'] as const;

export const promotions = sqliteTable(
  'promotions',
  {
    id: id(),
    /** PM-YYYYMMDD-NNNN: the number people quote, and the one a claim to the brand names. */
    number: text('number').notNull().unique(),
    name: text('name').notNull(),
    kind: text('kind', { enum: PROMOTION_KINDS }).notNull(),
    /** First and last business day (inclusive). */
    startsOn: text('starts_on').notNull(),
    endsOn: text('ends_on').notNull(),
    /** Set when the owner ends it early: the last day it applies (may be before starts_on: it never applied). */
    endedOn: text('ended_on'),
    /** Tiered: what the thresholds count. */
    basis: text('basis', { enum: PROMOTION_BASES }),
    /** Unit of buy_qty and of quantity thresholds, kept with the factor it had (null unit = base units, factor 1). */
    unitId: text('unit_id').references(() => productUnits.id),
    unitName: text('unit_name').notNull().default(''),
    factor: integer('factor').notNull().default(1),
    /** Gift: every buy_qty (× factor base units) of the set bought gives gift_qty of the gift unit. */
    buyQty: integer('buy_qty'),
    giftProductId: text('gift_product_id').references(() => products.id),
    giftUnitId: text('gift_unit_id').references(() => productUnits.id),
    giftUnitName: text('gift_unit_name'),
    giftFactor: integer('gift_factor'),
    giftQty: integer('gift_qty'),
    note: text('note').notNull().default(''),
    createdBy: text('created_by'),
    createdAt: instant('created_at').notNull(),
    updatedAt: instant('updated_at').notNull(),
    endedAt: instant('ended_at'),
  },
  (t) => [
    index('promotions_period').on(t.startsOn, t.endsOn),
    ...integerChecks('promotions', {
      factor: t.factor,
      buy_qty: t.buyQty,
      gift_factor: t.giftFactor,
      gift_qty: t.giftQty,
    }),
    check('promotions_kind_ok', sql`${t.kind} IN ('gift','tiered')`),
    check('promotions_basis_ok', sql`${t.basis} IS NULL OR ${t.basis} IN ('amount','quantity')`),
    check('promotions_period_ok', sql`${t.startsOn} <= ${t.endsOn}`),
    check('promotions_factor_pos', sql`${t.factor} >= 1`),
    check(
      'promotions_gift_ok',
      sql`${t.kind} <> 'gift' OR (${t.buyQty} >= 1 AND ${t.giftQty} >= 1 AND ${t.giftFactor} >= 1 AND ${t.giftProductId} IS NOT NULL)`,
    ),
    check('promotions_tiered_ok', sql`${t.kind} <> 'tiered' OR ${t.basis} IS NOT NULL`),
  ],
);

/** Which products the promotion covers and which customers it is for (no channel/region rows = every customer). */
export const promotionScopes = sqliteTable(
  'promotion_scopes',
  {
    promotionId: text('promotion_id')
      .notNull()
      .references(() => promotions.id),
    kind: text('kind', { enum: PROMOTION_SCOPE_KINDS }).notNull(),
    /** A product, category or brand id; or a channel / region as written on the customer. */
    value: text('value').notNull(),
  },
  (t) => [
    uniqueIndex('promotion_scopes_key').on(t.promotionId, t.kind, t.value),
    check('promotion_scopes_kind_ok', sql`${t.kind} IN ('product','category','brand','channel','region')`),
  ],
);

/**
 * A tier of a tiered promotion: from `threshold` (fen, or quantity in the promotion's unit) the set gets
 * discount_bp (basis points of its amount: 200 = 2%) or discount_fen off (满减). The highest tier reached applies.
 */
export const promotionTiers = sqliteTable(
  'promotion_tiers',
  {
    promotionId: text('promotion_id')
      .notNull()
      .references(() => promotions.id),
    threshold: integer('threshold').notNull(),
    discountBp: integer('discount_bp'),
    discountFen: fen('discount_fen'),
  },
  (t) => [
    uniqueIndex('promotion_tiers_key').on(t.promotionId, t.threshold),
    ...integerChecks('promotion_tiers', { threshold: t.threshold, discount_bp: t.discountBp, discount_fen: t.discountFen }),
    check('promotion_tiers_threshold_pos', sql`${t.threshold} >= 1`),
    check(
      'promotion_tiers_one_discount',
      sql`(${t.discountBp} IS NULL) <> (${t.discountFen} IS NULL) AND coalesce(${t.discountBp}, 1) BETWEEN 1 AND 10000 AND coalesce(${t.discountFen}, 1) >= 1`,
    ),
  ],
);
