// 返利抵扣: paying part of a purchase order to the brand with the brand's rebate balance. The brand caps it at
// cap_bp of the amount of eligible products on the order (no cap row = every product, 100%); several deductions
// on one order together stay under the cap. Each is a use entry on the brand's account; cancelling the order
// reverses them (use_reversal entries), in the same transaction as the cancellation.
import { and, eq, isNull } from 'drizzle-orm';
import { purchaseOrders, rebateDeductionCaps, rebateDeductions } from '../../../db/schema';
import { getBrand } from '../catalog/brands';
import { cancelPurchaseOrder, getPurchaseOrder, purchaseOrderLinesOf, type PurchaseOrder } from '../receiving/purchase-orders';
import type { Actor, Core } from '../shared/context';
import { businessDate } from '../shared/dates';
import { AppError } from '../shared/errors';
import { newId } from '../shared/ids';
import { formatYuan } from '../shared/money';
import { mutate } from '../shared/mutate';
import { accountBalance, postEntry } from './ledger';
import { Catalog } from './product-set';

export type Deduction = typeof rebateDeductions.$inferSelect;
export type DeductionCap = typeof rebateDeductionCaps.$inferSelect;

export function setDeductionCap(core: Core, actor: Actor, input: { brandId: string; capBp: number; productIds?: string[]; categoryIds?: string[] }): DeductionCap {
  return mutate(
    core,
    actor,
    (c) => ({ action: 'rebates.cap.set', entity: 'brand', entityId: c.brandId, data: c }),
    () => {
      getBrand(core, input.brandId);
      if (!Number.isSafeInteger(input.capBp) || input.capBp < 0 || input.capBp > 10_000) throw new AppError('REBATE_VALUE_RANGE', { field: 'capBp', value: input.capBp });
      const row: DeductionCap = { brandId: input.brandId, capBp: input.capBp, productIds: input.productIds ?? [], categoryIds: input.categoryIds ?? [], updatedBy: actor.userId, updatedAt: core.now().toISOString() };
      core.db.insert(rebateDeductionCaps).values(row).onConflictDoUpdate({ target: rebateDeductionCaps.brandId, set: row }).run();
      return row;
    },
  );
}

export const capOf = (core: Core, brandId: string): DeductionCap | null =>
  core.db.select().from(rebateDeductionCaps).where(eq(rebateDeductionCaps.brandId, brandId)).get() ?? null;

const activeDeductions = (core: Core, poId: string): Deduction[] =>
  core.db.select().from(rebateDeductions).where(and(eq(rebateDeductions.poId, poId), isNull(rebateDeductions.reversalEntryId))).all();

export interface DeductionRoom {
  poId: string;
  number: string;
  total: number;
  /** Amount of the order's eligible products. */
  eligible: number;
  capBp: number;
  /** cap_bp of eligible, rounded down to the fen. */
  cap: number;
  used: number;
  available: number;
  /** What may still be deducted: min(cap − used, available balance). */
  room: number;
  /** What the distributor still pays: total − deductions. */
  payable: number;
}

export function deductionRoom(core: Core, poId: string, date = businessDate(core.now(), core.timeZone)): DeductionRoom {
  const po = getPurchaseOrder(core, poId);
  const cap = capOf(core, po.brandId);
  const lines = purchaseOrderLinesOf(core, po.id);
  let eligible = po.total;
  if (cap && cap.productIds.length + cap.categoryIds.length > 0) {
    const set = new Catalog(core).setOf({ id: `cap:${po.brandId}`, productIds: cap.productIds, categoryIds: cap.categoryIds, brandIds: [] }, po.brandId);
    eligible = lines.filter((l) => set.has(l.productId)).reduce((a, l) => a + l.amount, 0);
  }
  const capBp = cap?.capBp ?? 10_000;
  const capFen = Number((BigInt(eligible) * BigInt(capBp)) / 10_000n);
  const used = activeDeductions(core, po.id).reduce((a, d) => a + d.amount, 0);
  const available = accountBalance(core, 'brand', po.brandId, date).available;
  return { poId: po.id, number: po.number, total: po.total, eligible, capBp, cap: capFen, used, available, room: Math.max(0, Math.min(capFen - used, available)), payable: po.total - used };
}

export function deductOnPurchaseOrder(core: Core, actor: Actor, input: { poId: string; amount: number; businessDate?: string }): Deduction {
  return mutate(
    core,
    actor,
    (d) => ({ action: 'rebates.deduct', entity: 'purchase_order', entityId: d.poId, data: d }),
    () => {
      const date = input.businessDate ?? businessDate(core.now(), core.timeZone);
      const po = getPurchaseOrder(core, input.poId);
      if (po.status !== 'draft' && po.status !== 'submitted') throw new AppError('REBATE_PO_NOT_OPEN', { number: po.number, status: po.status });
      if (!Number.isSafeInteger(input.amount) || input.amount <= 0) throw new AppError('REBATE_AMOUNT_POSITIVE', { value: String(input.amount / 100) });
      const room = deductionRoom(core, po.id, date);
      if (room.used + input.amount > room.cap) {
        throw new AppError('REBATE_CAP_EXCEEDED', { amount: formatYuan(input.amount), cap: formatYuan(room.cap), eligible: formatYuan(room.eligible), pct: room.capBp / 100, used: formatYuan(room.used) });
      }
      if (input.amount > room.available) throw new AppError('REBATE_BALANCE_LOW', { amount: formatYuan(input.amount), available: formatYuan(room.available) });
      const use = postEntry(core, actor, { accountKind: 'brand', accountId: po.brandId, kind: 'use', amount: -input.amount, businessDate: date, poId: po.id, refNo: po.number, note: '返利抵扣' });
      const d: Deduction = { id: newId(), poId: po.id, brandId: po.brandId, amount: input.amount, eligibleAmount: room.eligible, capBp: room.capBp, useEntryId: use.id, reversalEntryId: null, businessDate: date, createdBy: actor.userId, createdAt: core.now().toISOString() };
      core.db.insert(rebateDeductions).values(d).run();
      return d;
    },
  );
}

/** Inside the caller's transaction: reverses the order's active deductions (use_reversal entries). */
export function reverseDeductionsOf(core: Core, actor: Actor | null, po: PurchaseOrder, date = businessDate(core.now(), core.timeZone)): Deduction[] {
  return activeDeductions(core, po.id).map((d) => {
    const rev = postEntry(core, actor, { accountKind: 'brand', accountId: d.brandId, kind: 'use_reversal', amount: d.amount, businessDate: date, poId: po.id, refId: d.useEntryId, refNo: po.number, note: '采购单作废，返利抵扣退回' });
    core.db.update(rebateDeductions).set({ reversalEntryId: rev.id }).where(eq(rebateDeductions.id, d.id)).run();
    return { ...d, reversalEntryId: rev.id };
  });
}

/** Cancels a purchase order and gives its deductions back, in one transaction (the PO screen's cancel). */
export function cancelPurchaseOrderWithDeductions(core: Core, actor: Actor, input: { id: string }): PurchaseOrder {
  return mutate(
    core,
    actor,
    (po) => ({ action: 'rebates.deductions.reverse', entity: 'purchase_order', entityId: po.id, data: { number: po.number } }),
    () => {
      const po = cancelPurchaseOrder(core, actor, input);
      reverseDeductionsOf(core, actor, po);
      return po;
    },
  );
}

/**
 * Orders cancelled elsewhere (their own cancel, which knows nothing of rebates) still hold their deductions: this
 * gives them back. Called before a deduction and when accounts are read, so a balance never lags a cancellation.
 */
export function sweepCancelledOrders(core: Core, actor: Actor | null): Deduction[] {
  const stale = core.db
    .selectDistinct({ poId: rebateDeductions.poId })
    .from(rebateDeductions)
    .innerJoin(purchaseOrders, eq(purchaseOrders.id, rebateDeductions.poId))
    .where(and(isNull(rebateDeductions.reversalEntryId), eq(purchaseOrders.status, 'cancelled')))
    .all();
  if (stale.length === 0) return [];
  return mutate(
    core,
    actor,
    (ds) => ({ action: 'rebates.deductions.reverse', entity: 'purchase_order', data: { deductions: ds.map((d) => d.id) } }),
    () => stale.flatMap((s) => reverseDeductionsOf(core, actor, getPurchaseOrder(core, s.poId))),
  );
}

export const deductionsOf = (core: Core, poId: string): Deduction[] => core.db.select().from(rebateDeductions).where(eq(rebateDeductions.poId, poId)).all();
