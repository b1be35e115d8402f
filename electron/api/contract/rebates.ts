// Inputs of rebates.* (policies, accruals, rebate accounts, deductions, store payouts, forecast, statements) and the
// shapes the screens read. Money is integer fen; rates integer basis points (150 = 1.5%).
import { z } from 'zod';
import { amountFenSchema, businessDateSchema, finIdSchema } from './finance';

const idList = z.array(finIdSchema).max(2_000);
export const periodKeySchema = z.string().trim().min(4).max(7);
const bp = z.number().int().min(0).max(10_000);

export const rebateTierSchema = z.object({ from: z.number().int().min(0).max(1_000_000_000_000), value: z.number().int().min(1).max(100_000_000) });

export const rebateVersionSchema = z.object({
  validFrom: businessDateSchema,
  validTo: businessDateSchema.nullish(),
  /** Optional here so that the core's translated REBATE_PERIOD_REQUIRED, not a bare validation error, answers. */
  periodKind: z.enum(['month', 'quarter', 'year']).nullish(),
  basis: z.enum(['purchase', 'sellout']),
  measure: z.enum(['amount', 'quantity']).optional(),
  kind: z.enum(['tiered', 'per_unit', 'target', 'prompt_payment', 'fixed']),
  tierMode: z.enum(['whole', 'marginal']).nullish(),
  unitName: z.string().trim().max(10).optional(),
  productIds: idList.optional(),
  categoryIds: idList.optional(),
  brandIds: idList.optional(),
  tiers: z.array(rebateTierSchema).max(50).optional(),
  rateBp: bp.nullish(),
  perUnit: amountFenSchema.nullish(),
  target: z.number().int().min(0).max(1_000_000_000_000).nullish(),
  paymentDays: z.number().int().min(0).max(3_650).nullish(),
  fixedAmount: amountFenSchema.nullish(),
  settlement: z.enum(['credit', 'goods']).optional(),
  goodsProductId: finIdSchema.nullish(),
});

export const rebatePolicyCreateInput = z.object({
  code: z.string().trim().min(1).max(40),
  name: z.string().trim().min(1).max(100),
  scope: z.enum(['brand', 'store']),
  brandId: finIdSchema,
  customerId: finIdSchema.nullish(),
  note: z.string().max(500).optional(),
  version: rebateVersionSchema,
});
export const rebateAddVersionInput = z.object({ policyId: finIdSchema, version: rebateVersionSchema });
export const rebatePolicyListInput = z.object({ brandId: finIdSchema.optional(), scope: z.enum(['brand', 'store']).optional() }).optional();
export const rebateIdInput = z.object({ id: finIdSchema });

export const rebateRecomputeInput = z.object({
  periodKey: periodKeySchema.optional(),
  date: businessDateSchema.optional(),
  policyIds: idList.optional(),
  brandId: finIdSchema.optional(),
});
export const rebateCloseInput = z.object({ periodKey: periodKeySchema, policyIds: idList.optional(), brandId: finIdSchema.optional() });
export const rebateAccrualListInput = z.object({
  periodKey: periodKeySchema.optional(),
  brandId: finIdSchema.optional(),
  policyId: finIdSchema.optional(),
  partyId: z.string().max(64).optional(),
});
export const rebateTaskMarkInput = z.object({ policyId: finIdSchema, periodKey: periodKeySchema, partyId: z.string().max(64).optional(), achieved: z.boolean(), note: z.string().max(200).optional() });
export const rebatePoPaymentInput = z.object({ poId: finIdSchema, paidOn: businessDateSchema, note: z.string().max(200).optional() });

export const rebateCreditInput = z.object({
  brandId: finIdSchema,
  amount: amountFenSchema,
  businessDate: businessDateSchema,
  expiresOn: businessDateSchema.nullish(),
  policyId: finIdSchema.nullish(),
  periodKey: periodKeySchema.nullish(),
  refNo: z.string().trim().max(60).optional(),
  note: z.string().max(200).optional(),
});
const accountKind = z.enum(['brand', 'store']);
export const rebateAdjustInput = z.object({ accountKind, accountId: finIdSchema, amount: amountFenSchema.min(-1_000_000_000_000), businessDate: businessDateSchema, note: z.string().trim().min(1).max(200) });
export const rebateAccountsInput = z.object({ accountKind, date: businessDateSchema.optional() });
export const rebateEntriesInput = z.object({ accountKind, accountId: finIdSchema });
export const rebateExpireInput = z.object({ asOf: businessDateSchema, accountKind: accountKind.optional(), accountId: finIdSchema.optional() });

export const rebateCapInput = z.object({ brandId: finIdSchema, capBp: bp, productIds: idList.optional(), categoryIds: idList.optional() });
export const rebateBrandInput = z.object({ brandId: finIdSchema });
export const rebateRoomInput = z.object({ poId: finIdSchema, date: businessDateSchema.optional() });
export const rebateDeductInput = z.object({ poId: finIdSchema, amount: amountFenSchema, businessDate: businessDateSchema.optional() });

export const rebatePayoutInput = z.object({
  policyId: finIdSchema,
  periodKey: periodKeySchema,
  customerId: finIdSchema,
  businessDate: businessDateSchema.optional(),
  qtyBase: z.number().int().min(1).max(100_000_000).optional(),
});
export const rebateGoodsOwedInput = z.object({ customerId: finIdSchema, productId: finIdSchema.optional() });

export const rebateForecastInput = z.object({ date: businessDateSchema.optional(), brandId: finIdSchema.optional(), includeStores: z.boolean().optional() }).optional();

export const rebateStatementInput = z
  .object({ accountKind, accountId: finIdSchema, periodKey: periodKeySchema.optional(), from: businessDateSchema.optional(), to: businessDateSchema.optional() })
  .refine((s) => !!s.periodKey || (!!s.from && !!s.to), { message: 'periodKey or from/to', path: ['periodKey'] });
export const rebateStatementBatchInput = z
  .object({ accountKind, accountIds: idList.min(1).optional(), periodKey: periodKeySchema.optional(), from: businessDateSchema.optional(), to: businessDateSchema.optional() })
  .refine((s) => !!s.periodKey || (!!s.from && !!s.to), { message: 'periodKey or from/to', path: ['periodKey'] });
