// Rebates (返利): policies with dated versions, accrual snapshots per policy and period, the append-only rebate
// ledger per brand (and per store for the distributor's own store policies), deductions on purchase orders to the
// brand, on-time payment dates of purchase orders, task marks and goods entitlements. Money is integer fen; rates
// are integer basis points (万分之一: 150 = 1.5%).
import { sql } from 'drizzle-orm';
import { check, index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { brands, products } from './catalog';
import { fen, flag, id, instant, integerChecks } from './columns';
import { customers } from './parties';
import { purchaseOrders } from './purchasing';

/** brand: the brand pays us (basis = our purchases or our sell-out); store: we pay a store (basis = its purchases from us). */
export const REBATE_SCOPES = ['brand', 'store'] as const;
export const REBATE_PERIOD_KINDS = ['month', 'quarter', 'year'] as const;
export const REBATE_BASES = ['purchase', 'sellout'] as const;
export const REBATE_MEASURES = ['amount', 'quantity'] as const;
export const REBATE_KINDS = ['tiered', 'per_unit', 'target', 'prompt_payment', 'fixed'] as const;
export const REBATE_TIER_MODES = ['whole', 'marginal'] as const;
export const REBATE_SETTLEMENTS = ['credit', 'goods'] as const;

export const rebatePolicies = sqliteTable(
  'rebate_policies',
  {
    id: id(),
    code: text('code').notNull().unique(),
    name: text('name').notNull(),
    scope: text('scope', { enum: REBATE_SCOPES }).notNull(),
    /** The brand whose goods the policy counts (and, for brand policies, whose rebate account it credits). */
    brandId: text('brand_id')
      .notNull()
      .references(() => brands.id),
    /** Store policies only: one store, or null for every store (each store accrues on its own). */
    customerId: text('customer_id').references(() => customers.id),
    note: text('note').notNull().default(''),
    createdBy: text('created_by'),
    createdAt: instant('created_at').notNull(),
  },
  (t) => [index('rebate_policies_brand').on(t.brandId), check('rebate_policies_scope_ok', sql`${t.scope} IN ('brand','store')`)],
);

/** A tier: from (inclusive; fen for amount measure, whole units for quantity) and its value (bp, or fen per unit). */
export interface RebateTier {
  from: number;
  value: number;
}

/** The terms of a policy over [valid_from, valid_to] (business dates, inclusive; valid_to null = open). Never edited. */
export const rebatePolicyVersions = sqliteTable(
  'rebate_policy_versions',
  {
    id: id(),
    policyId: text('policy_id')
      .notNull()
      .references(() => rebatePolicies.id),
    versionNo: integer('version_no').notNull(),
    validFrom: text('valid_from').notNull(),
    validTo: text('valid_to'),
    periodKind: text('period_kind', { enum: REBATE_PERIOD_KINDS }).notNull(),
    basis: text('basis', { enum: REBATE_BASES }).notNull(),
    measure: text('measure', { enum: REBATE_MEASURES }).notNull(),
    kind: text('kind', { enum: REBATE_KINDS }).notNull(),
    tierMode: text('tier_mode', { enum: REBATE_TIER_MODES }),
    /** The unit quantities are counted in (箱), through each product's factor for a unit of that name. */
    unitName: text('unit_name').notNull().default('箱'),
    /** Product set: any of these products, categories (with subcategories) or brands; all three empty = the policy's brand. */
    productIds: text('product_ids', { mode: 'json' }).$type<string[]>().notNull(),
    categoryIds: text('category_ids', { mode: 'json' }).$type<string[]>().notNull(),
    brandIds: text('brand_ids', { mode: 'json' }).$type<string[]>().notNull(),
    tiers: text('tiers', { mode: 'json' }).$type<RebateTier[]>().notNull(),
    /** Basis points for target and prompt payment. */
    rateBp: integer('rate_bp'),
    /** Fen per unit (per_unit). */
    perUnit: fen('per_unit'),
    /** Target (fen or units) for target achievement. */
    target: integer('target'),
    /** Prompt payment: paid at most this many days after the goods arrived. */
    paymentDays: integer('payment_days'),
    /** Fixed task reward in fen. */
    fixedAmount: fen('fixed_amount'),
    /** Store policies: paid as a receivable credit or as goods. */
    settlement: text('settlement', { enum: REBATE_SETTLEMENTS }).notNull().default('credit'),
    goodsProductId: text('goods_product_id').references(() => products.id),
    createdBy: text('created_by'),
    createdAt: instant('created_at').notNull(),
  },
  (t) => [
    uniqueIndex('rebate_policy_versions_no').on(t.policyId, t.versionNo),
    ...integerChecks('rebate_policy_versions', { rate_bp: t.rateBp, per_unit: t.perUnit, target: t.target, payment_days: t.paymentDays, fixed_amount: t.fixedAmount }),
    check('rebate_policy_versions_period_ok', sql`${t.periodKind} IN ('month','quarter','year')`),
    check('rebate_policy_versions_kind_ok', sql`${t.kind} IN ('tiered','per_unit','target','prompt_payment','fixed')`),
    check('rebate_policy_versions_dates_ok', sql`${t.validTo} IS NULL OR ${t.validTo} >= ${t.validFrom}`),
  ],
);

export const REBATE_ACCRUAL_STATUSES = ['estimated', 'closed'] as const;

/** The accrual of one policy, period and party ('' for brand policies, the store's id for store policies). */
export const rebateAccruals = sqliteTable(
  'rebate_accruals',
  {
    id: id(),
    policyId: text('policy_id')
      .notNull()
      .references(() => rebatePolicies.id),
    versionId: text('version_id')
      .notNull()
      .references(() => rebatePolicyVersions.id),
    periodKey: text('period_key').notNull(),
    partyId: text('party_id').notNull().default(''),
    periodFrom: text('period_from').notNull(),
    periodTo: text('period_to').notNull(),
    basisAmount: fen('basis_amount').notNull(),
    basisQty: integer('basis_qty').notNull(),
    /** 1-based tier reached, 0 when none. */
    tierNo: integer('tier_no').notNull(),
    /** The rate (bp) or fen per unit applied at the tier reached. */
    rateValue: integer('rate_value').notNull(),
    amount: fen('amount').notNull(),
    status: text('status', { enum: REBATE_ACCRUAL_STATUSES }).notNull(),
    computedAt: instant('computed_at').notNull(),
    closedBy: text('closed_by'),
    closedAt: instant('closed_at'),
  },
  (t) => [
    uniqueIndex('rebate_accruals_key').on(t.policyId, t.periodKey, t.partyId),
    index('rebate_accruals_period').on(t.periodKey),
    ...integerChecks('rebate_accruals', { basis_amount: t.basisAmount, basis_qty: t.basisQty, tier_no: t.tierNo, rate_value: t.rateValue, amount: t.amount }),
    check('rebate_accruals_status_ok', sql`${t.status} IN ('estimated','closed')`),
  ],
);

export const REBATE_ACCOUNT_KINDS = ['brand', 'store'] as const;
export const REBATE_ENTRY_KINDS = ['credit', 'use', 'use_reversal', 'expire', 'adjust'] as const;

/** The rebate ledger: append-only (triggers), signed fen. Balance = sum(amount) of the account. */
export const rebateLedger = sqliteTable(
  'rebate_ledger',
  {
    id: id(),
    seq: integer('seq').notNull().unique(),
    docNo: text('doc_no').notNull().unique(),
    accountKind: text('account_kind', { enum: REBATE_ACCOUNT_KINDS }).notNull(),
    /** brand id or customer id. */
    accountId: text('account_id').notNull(),
    kind: text('kind', { enum: REBATE_ENTRY_KINDS }).notNull(),
    amount: fen('amount').notNull(),
    businessDate: text('business_date').notNull(),
    /** Credits: the last day the credit may be used (null = no expiry). */
    expiresOn: text('expires_on'),
    policyId: text('policy_id').references(() => rebatePolicies.id),
    periodKey: text('period_key'),
    /** Expiries: the credit that lapsed. Use reversals: the use reversed. */
    refId: text('ref_id'),
    poId: text('po_id').references(() => purchaseOrders.id),
    /** The number people quote next to the entry (PO number, AR credit, brand's credit note). */
    refNo: text('ref_no').notNull().default(''),
    note: text('note').notNull().default(''),
    createdBy: text('created_by'),
    createdAt: instant('created_at').notNull(),
  },
  (t) => [
    index('rebate_ledger_account').on(t.accountKind, t.accountId, t.businessDate),
    ...integerChecks('rebate_ledger', { seq: t.seq, amount: t.amount }),
    check('rebate_ledger_kind_ok', sql`${t.kind} IN ('credit','use','use_reversal','expire','adjust')`),
    check('rebate_ledger_account_ok', sql`${t.accountKind} IN ('brand','store')`),
    check(
      'rebate_ledger_sign_ok',
      sql`(${t.kind} IN ('credit','use_reversal') AND ${t.amount} > 0) OR (${t.kind} IN ('use','expire') AND ${t.amount} < 0) OR (${t.kind} = 'adjust' AND ${t.amount} <> 0)`,
    ),
  ],
);

/** A brand's deduction rules: at most cap_bp of the eligible products' amount of a purchase order. */
export const rebateDeductionCaps = sqliteTable(
  'rebate_deduction_caps',
  {
    brandId: text('brand_id')
      .primaryKey()
      .references(() => brands.id),
    capBp: integer('cap_bp').notNull(),
    productIds: text('product_ids', { mode: 'json' }).$type<string[]>().notNull(),
    categoryIds: text('category_ids', { mode: 'json' }).$type<string[]>().notNull(),
    updatedBy: text('updated_by'),
    updatedAt: instant('updated_at').notNull(),
  },
  (t) => [...integerChecks('rebate_deduction_caps', { cap_bp: t.capBp }), check('rebate_deduction_caps_range', sql`${t.capBp} BETWEEN 0 AND 10000`)],
);

/** 返利抵扣 on a purchase order: the use entry on the brand's account, reversed when the order is cancelled. */
export const rebateDeductions = sqliteTable(
  'rebate_deductions',
  {
    id: id(),
    poId: text('po_id')
      .notNull()
      .references(() => purchaseOrders.id),
    brandId: text('brand_id')
      .notNull()
      .references(() => brands.id),
    amount: fen('amount').notNull(),
    eligibleAmount: fen('eligible_amount').notNull(),
    capBp: integer('cap_bp').notNull(),
    useEntryId: text('use_entry_id')
      .notNull()
      .references(() => rebateLedger.id),
    reversalEntryId: text('reversal_entry_id').references(() => rebateLedger.id),
    businessDate: text('business_date').notNull(),
    createdBy: text('created_by'),
    createdAt: instant('created_at').notNull(),
  },
  (t) => [
    index('rebate_deductions_po').on(t.poId),
    ...integerChecks('rebate_deductions', { amount: t.amount, eligible_amount: t.eligibleAmount, cap_bp: t.capBp }),
    check('rebate_deductions_pos', sql`${t.amount} > 0`),
  ],
);

/** The day a purchase order was paid to the brand (打款日): the prompt-payment basis. One row per order, never edited. */
export const rebatePoPayments = sqliteTable('rebate_po_payments', {
  poId: text('po_id')
    .primaryKey()
    .references(() => purchaseOrders.id),
  paidOn: text('paid_on').notNull(),
  note: text('note').notNull().default(''),
  recordedBy: text('recorded_by'),
  recordedAt: instant('recorded_at').notNull(),
});

/** Fixed task rewards: achieved or not per policy, period and party; append-only, the latest mark counts. */
export const rebateTaskMarks = sqliteTable(
  'rebate_task_marks',
  {
    id: id(),
    policyId: text('policy_id')
      .notNull()
      .references(() => rebatePolicies.id),
    periodKey: text('period_key').notNull(),
    partyId: text('party_id').notNull().default(''),
    achieved: flag('achieved').notNull(),
    note: text('note').notNull().default(''),
    markedBy: text('marked_by'),
    markedAt: instant('marked_at').notNull(),
  },
  (t) => [index('rebate_task_marks_key').on(t.policyId, t.periodKey, t.partyId)],
);

/** Store rebates paid as goods: what a store may take free on a later order. */
export const rebateGoodsEntitlements = sqliteTable(
  'rebate_goods_entitlements',
  {
    id: id(),
    customerId: text('customer_id')
      .notNull()
      .references(() => customers.id),
    policyId: text('policy_id')
      .notNull()
      .references(() => rebatePolicies.id),
    periodKey: text('period_key').notNull(),
    productId: text('product_id')
      .notNull()
      .references(() => products.id),
    qtyBase: integer('qty_base').notNull(),
    valueFen: fen('value_fen').notNull(),
    useEntryId: text('use_entry_id')
      .notNull()
      .references(() => rebateLedger.id),
    createdBy: text('created_by'),
    createdAt: instant('created_at').notNull(),
  },
  (t) => [
    index('rebate_goods_entitlements_customer').on(t.customerId),
    ...integerChecks('rebate_goods_entitlements', { qty_base: t.qtyBase, value_fen: t.valueFen }),
    check('rebate_goods_entitlements_pos', sql`${t.qtyBase} > 0`),
  ],
);

/** Goods taken against an entitlement by a sales order (as a gift line); append-only. */
export const rebateGoodsUses = sqliteTable(
  'rebate_goods_uses',
  {
    id: id(),
    entitlementId: text('entitlement_id')
      .notNull()
      .references(() => rebateGoodsEntitlements.id),
    orderId: text('order_id').notNull(),
    orderNo: text('order_no').notNull().default(''),
    qtyBase: integer('qty_base').notNull(),
    createdBy: text('created_by'),
    createdAt: instant('created_at').notNull(),
  },
  (t) => [index('rebate_goods_uses_entitlement').on(t.entitlementId), ...integerChecks('rebate_goods_uses', { qty_base: t.qtyBase })],
);
