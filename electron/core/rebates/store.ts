// Store rebates: the distributor's own policies for its stores run on the same engine (basis = sell-out to the
// store). Closing a period credits each store's rebate account; paying it out is a use entry on that account and
// either a credit on the store's receivable (finance postCredit, sourceType 'rebate') or a goods entitlement that
// a later sales order takes as gift lines through consumeGoodsEntitlement (called by the order code inside its
// own transaction).
import { and, asc, eq, sql } from 'drizzle-orm';
import { products, rebateAccruals, rebateGoodsEntitlements, rebateGoodsUses, rebateLedger, rebatePolicyVersions } from '../../../db/schema';
import { postCredit } from '../finance';
import type { Actor, Core } from '../shared/context';
import { businessDate } from '../shared/dates';
import { AppError } from '../shared/errors';
import { newId } from '../shared/ids';
import { allocate } from '../shared/money';
import { mutate } from '../shared/mutate';
import { postEntry, type LedgerEntry } from './ledger';
import { parsePeriod } from './periods';
import { getPolicy } from './policies';

export type GoodsEntitlement = typeof rebateGoodsEntitlements.$inferSelect;

export interface PayoutInput {
  policyId: string;
  periodKey: string;
  customerId: string;
  businessDate?: string;
  /** Goods settlement: how many base units of the version's goods product the amount buys. */
  qtyBase?: number;
}

export interface Payout {
  use: LedgerEntry;
  arItemId: string | null;
  arDocNo: string | null;
  entitlement: GoodsEntitlement | null;
}

export function payStoreRebate(core: Core, actor: Actor, input: PayoutInput): Payout {
  return mutate(
    core,
    actor,
    (p) => ({ action: 'rebates.store.pay', entity: 'rebate_policy', entityId: input.policyId, data: { ...input, use: p.use.docNo, ar: p.arDocNo } }),
    () => {
      const policy = getPolicy(core, input.policyId);
      parsePeriod(input.periodKey);
      const date = input.businessDate ?? businessDate(core.now(), core.timeZone);
      const accrual = core.db
        .select()
        .from(rebateAccruals)
        .where(and(eq(rebateAccruals.policyId, policy.id), eq(rebateAccruals.periodKey, input.periodKey), eq(rebateAccruals.partyId, input.customerId)))
        .get();
      if (policy.scope !== 'store' || !accrual || accrual.status !== 'closed' || accrual.amount <= 0) {
        throw new AppError('REBATE_NOTHING_TO_PAY', { policy: policy.name, period: input.periodKey });
      }
      const paid = core.db
        .select({ id: rebateLedger.id })
        .from(rebateLedger)
        .where(and(eq(rebateLedger.accountKind, 'store'), eq(rebateLedger.accountId, input.customerId), eq(rebateLedger.kind, 'use'), eq(rebateLedger.policyId, policy.id), eq(rebateLedger.periodKey, input.periodKey)))
        .get();
      if (paid) throw new AppError('REBATE_ALREADY_PAID', { policy: policy.name, period: input.periodKey });
      const version = core.db.select().from(rebatePolicyVersions).where(eq(rebatePolicyVersions.id, accrual.versionId)).get()!;
      const common = { accountKind: 'store' as const, accountId: input.customerId, kind: 'use' as const, amount: -accrual.amount, businessDate: date, policyId: policy.id, periodKey: input.periodKey };
      if (version.settlement === 'credit') {
        const ar = postCredit(core, { customerId: input.customerId, sourceType: 'rebate', sourceId: accrual.id, sourceNo: policy.code, businessDate: date, amount: accrual.amount, note: `${policy.name} ${input.periodKey}` }, actor);
        const use = postEntry(core, actor, { ...common, refId: ar.id, refNo: ar.docNo, note: '返利冲抵货款' });
        return { use, arItemId: ar.id, arDocNo: ar.docNo, entitlement: null };
      }
      if (!version.goodsProductId) throw new AppError('REBATE_GOODS_PRODUCT');
      if (!Number.isSafeInteger(input.qtyBase) || (input.qtyBase ?? 0) <= 0) throw new AppError('REBATE_VALUE_RANGE', { field: 'qtyBase', value: String(input.qtyBase) });
      const use = postEntry(core, actor, { ...common, refNo: policy.code, note: '返利兑付货品' });
      const entitlement: GoodsEntitlement = { id: newId(), customerId: input.customerId, policyId: policy.id, periodKey: input.periodKey, productId: version.goodsProductId, qtyBase: input.qtyBase!, valueFen: accrual.amount, useEntryId: use.id, createdBy: actor.userId, createdAt: core.now().toISOString() };
      core.db.insert(rebateGoodsEntitlements).values(entitlement).run();
      return { use, arItemId: null, arDocNo: null, entitlement };
    },
  );
}

export interface GoodsOwed {
  entitlementId: string;
  productId: string;
  productName: string;
  policyId: string;
  periodKey: string;
  qtyBase: number;
  remainingQty: number;
  valueFen: number;
}

/** What a store may still take free, oldest entitlement first. */
export function goodsOwed(core: Core, customerId: string, productId?: string): GoodsOwed[] {
  return core.db
    .select({
      entitlementId: rebateGoodsEntitlements.id,
      productId: rebateGoodsEntitlements.productId,
      productName: products.name,
      policyId: rebateGoodsEntitlements.policyId,
      periodKey: rebateGoodsEntitlements.periodKey,
      qtyBase: rebateGoodsEntitlements.qtyBase,
      remainingQty: sql<number>`${rebateGoodsEntitlements.qtyBase} - coalesce((SELECT sum(u.qty_base) FROM rebate_goods_uses u WHERE u.entitlement_id = ${rebateGoodsEntitlements.id}), 0)`,
      valueFen: rebateGoodsEntitlements.valueFen,
    })
    .from(rebateGoodsEntitlements)
    .innerJoin(products, eq(products.id, rebateGoodsEntitlements.productId))
    .where(and(eq(rebateGoodsEntitlements.customerId, customerId), productId ? eq(rebateGoodsEntitlements.productId, productId) : undefined))
    .orderBy(asc(rebateGoodsEntitlements.createdAt), asc(rebateGoodsEntitlements.id))
    .all()
    .filter((g) => g.remainingQty > 0);
}

export interface GoodsTaken {
  entitlementId: string;
  policyId: string;
  qtyBase: number;
  /** The rebate value of the goods taken (the entitlement's value, pro rata): the gift line's cost to us. */
  valueFen: number;
}

/**
 * FOR THE SALES ORDER CODE, inside its own transaction: takes qtyBase of a product a store is owed as rebate goods,
 * oldest entitlement first, and records the use against the order. The order adds zero-price gift lines for the
 * parts returned. Refuses (REBATE_ENTITLEMENT_LOW) when the store is owed less.
 */
export function consumeGoodsEntitlement(core: Core, actor: Actor | null, input: { customerId: string; productId: string; qtyBase: number; orderId: string; orderNo?: string }): GoodsTaken[] {
  const owed = goodsOwed(core, input.customerId, input.productId);
  const available = owed.reduce((a, g) => a + g.remainingQty, 0);
  if (!Number.isSafeInteger(input.qtyBase) || input.qtyBase <= 0 || input.qtyBase > available) {
    throw new AppError('REBATE_ENTITLEMENT_LOW', { product: owed[0]?.productName ?? input.productId, available, needed: input.qtyBase });
  }
  let left = input.qtyBase;
  const taken: GoodsTaken[] = [];
  for (const g of owed) {
    if (left === 0) break;
    const qty = Math.min(left, g.remainingQty);
    left -= qty;
    core.db.insert(rebateGoodsUses).values({ id: newId(), entitlementId: g.entitlementId, orderId: input.orderId, orderNo: input.orderNo ?? '', qtyBase: qty, createdBy: actor?.userId ?? null, createdAt: core.now().toISOString() }).run();
    const [value = 0] = allocate(g.valueFen, [qty, g.qtyBase - qty]);
    taken.push({ entitlementId: g.entitlementId, policyId: g.policyId, qtyBase: qty, valueFen: value });
  }
  return taken;
}

/** FOR THE SALES ORDER CODE: an order cancelled before delivery gives its rebate goods back (negative uses). */
export function releaseGoodsEntitlement(core: Core, actor: Actor | null, input: { orderId: string }): number {
  const rows = core.db
    .select({ entitlementId: rebateGoodsUses.entitlementId, orderNo: rebateGoodsUses.orderNo, qty: sql<number>`sum(${rebateGoodsUses.qtyBase})` })
    .from(rebateGoodsUses)
    .where(eq(rebateGoodsUses.orderId, input.orderId))
    .groupBy(rebateGoodsUses.entitlementId)
    .all();
  let released = 0;
  for (const r of rows) {
    if (r.qty <= 0) continue;
    core.db.insert(rebateGoodsUses).values({ id: newId(), entitlementId: r.entitlementId, orderId: input.orderId, orderNo: r.orderNo, qtyBase: -r.qty, createdBy: actor?.userId ?? null, createdAt: core.now().toISOString() }).run();
    released += r.qty;
  }
  return released;
}
