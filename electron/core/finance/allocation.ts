// Allocation (核销): matching a credit item (receipt or credit) to debit items (invoices, refunds). Never more than
// the debit item's open amount nor the credit item's unallocated amount; undone by a reversing row, never deleted.
// Small differences are written off (抹零) within the limit in settings, with a reason. All functions run inside the
// caller's transaction and validate before writing.
import { and, asc, eq, gt, inArray, sql } from 'drizzle-orm';
import { arAllocations, arItemOpen, arItems, settings } from '../../../db/schema';
import type { Actor, Core } from '../shared/context';
import { AppError } from '../shared/errors';
import { writeOutbox } from '../shared/journal';
import { formatYuan } from '../shared/money';
import { assertPeriodOpen } from '../shared/period-lock';
import { appendAllocation, appendEntry, getItem, moveOpen, openOf, postingOf, sideOf, type ArItem } from './ledger';
import { assertAmount } from './post';

export const WRITE_OFF_LIMIT_KEY = 'finance.writeOffLimitFen';
/** 抹零 up to 1 yuan unless the owner sets another limit. */
export const DEFAULT_WRITE_OFF_LIMIT = 100;

export interface AllocationInput {
  creditItemId: string;
  debitItemId: string;
  amount: number;
  businessDate: string;
}

function liveItem(core: Core, id: string): ArItem {
  const item = getItem(core, id);
  if (postingOf(core, id).reversed) throw new AppError('AR_ALREADY_REVERSED', { docNo: item.docNo });
  return item;
}

export function allocate(core: Core, actor: Actor | null, input: AllocationInput): string {
  assertAmount(input.amount);
  const credit = liveItem(core, input.creditItemId);
  const debit = liveItem(core, input.debitItemId);
  if (sideOf(credit.kind) !== 'credit' || sideOf(debit.kind) !== 'debit') {
    throw new AppError('ALLOC_WRONG_SIDE', { credit: credit.docNo, debit: debit.docNo });
  }
  if (credit.customerId !== debit.customerId) throw new AppError('AR_CUSTOMER_MISMATCH', { credit: credit.docNo, debit: debit.docNo });
  const debitOpen = openOf(core, debit.id);
  if (input.amount > debitOpen) {
    throw new AppError('ALLOC_OVER_INVOICE', { amount: formatYuan(input.amount), docNo: debit.docNo, open: formatYuan(debitOpen) });
  }
  const creditOpen = openOf(core, credit.id);
  if (input.amount > creditOpen) {
    throw new AppError('ALLOC_OVER_RECEIPT', { amount: formatYuan(input.amount), docNo: credit.docNo, open: formatYuan(creditOpen) });
  }
  assertPeriodOpen(core, input.businessDate);
  const id = appendAllocation(core, actor, { ...input, customerId: credit.customerId });
  writeOutbox(core, 'finance.allocation.posted', id, { credit: credit.docNo, debit: debit.docNo, amount: input.amount, businessDate: input.businessDate });
  return id;
}

/** Open debit items of a customer, oldest first (by due date, then business date, then number). */
export function openDebits(core: Core, customerId: string): ArItem[] {
  return core.db
    .select({ item: arItems })
    .from(arItemOpen)
    .innerJoin(arItems, eq(arItems.id, arItemOpen.itemId))
    .where(and(eq(arItemOpen.customerId, customerId), eq(arItemOpen.side, 'debit'), gt(arItemOpen.open, 0)))
    .orderBy(asc(sql`coalesce(${arItems.dueDate}, ${arItems.businessDate})`), asc(arItems.businessDate), asc(arItems.docNo))
    .all()
    .map((r) => r.item);
}

/**
 * Allocates a credit item's unallocated amount: to the given debit items in the given order (manual override), or
 * oldest first across all the customer's open items. Stops when the credit is used up; what is left stays a
 * prepayment. Returns the allocation ids.
 */
export function autoAllocate(core: Core, actor: Actor | null, creditItemId: string, businessDate: string, debitItemIds?: readonly string[]): string[] {
  const credit = liveItem(core, creditItemId);
  let left = openOf(core, credit.id);
  const targets = debitItemIds ? debitItemIds.map((id) => getItem(core, id)) : openDebits(core, credit.customerId);
  const ids: string[] = [];
  for (const debit of targets) {
    if (left <= 0) break;
    const amount = Math.min(left, openOf(core, debit.id));
    if (amount <= 0) continue;
    ids.push(allocate(core, actor, { creditItemId: credit.id, debitItemId: debit.id, amount, businessDate }));
    left -= amount;
  }
  return ids;
}

export function unallocate(core: Core, actor: Actor | null, allocationId: string, businessDate: string): string {
  const a = core.db.select().from(arAllocations).where(eq(arAllocations.id, allocationId)).get();
  if (!a || a.amount < 0) throw new AppError('ALLOC_NOT_FOUND');
  const undone = core.db.select({ id: arAllocations.id }).from(arAllocations).where(eq(arAllocations.reversalOf, a.id)).get();
  if (undone) throw new AppError('ALLOC_ALREADY_REVERSED');
  assertPeriodOpen(core, businessDate);
  const id = appendAllocation(core, actor, {
    customerId: a.customerId,
    debitItemId: a.debitItemId,
    creditItemId: a.creditItemId,
    amount: -a.amount,
    businessDate,
    reversalOf: a.id,
  });
  writeOutbox(core, 'finance.allocation.reversed', id, { allocationId: a.id, amount: a.amount, businessDate });
  return id;
}

/** Allocations of an item that have not been undone. */
export function activeAllocations(core: Core, itemIds: readonly string[]): (typeof arAllocations.$inferSelect)[] {
  if (itemIds.length === 0) return [];
  const rows = core.db
    .select()
    .from(arAllocations)
    .where(
      and(
        gt(arAllocations.amount, 0),
        sql`(${inArray(arAllocations.debitItemId, [...itemIds])} OR ${inArray(arAllocations.creditItemId, [...itemIds])})`,
        sql`NOT EXISTS (SELECT 1 FROM ar_allocations r WHERE r.reversal_of = ${arAllocations.id})`,
      ),
    )
    .orderBy(asc(arAllocations.seq))
    .all();
  return rows;
}

export function writeOffLimit(core: Core): number {
  const row = core.db.select({ value: settings.value }).from(settings).where(eq(settings.key, WRITE_OFF_LIMIT_KEY)).get();
  const v = row?.value;
  return typeof v === 'number' && Number.isSafeInteger(v) && v >= 0 ? v : DEFAULT_WRITE_OFF_LIMIT;
}

export interface WriteOffInput {
  debitItemId: string;
  amount: number;
  reason: string;
  businessDate: string;
}

/** 抹零: closes a small remainder of an invoice; the customer owes that much less. */
export function writeOff(core: Core, actor: Actor | null, input: WriteOffInput): string {
  assertAmount(input.amount);
  if (!input.reason.trim()) throw new AppError('WRITEOFF_REASON');
  const debit = liveItem(core, input.debitItemId);
  if (sideOf(debit.kind) !== 'debit') throw new AppError('ALLOC_WRONG_SIDE', { credit: '-', debit: debit.docNo });
  const limit = writeOffLimit(core);
  if (input.amount > limit) throw new AppError('WRITEOFF_LIMIT', { amount: formatYuan(input.amount), limit: formatYuan(limit) });
  const open = openOf(core, debit.id);
  if (input.amount > open) throw new AppError('WRITEOFF_OVER_OPEN', { amount: formatYuan(input.amount), docNo: debit.docNo, open: formatYuan(open) });
  assertPeriodOpen(core, input.businessDate);
  const id = appendEntry(core, actor, {
    customerId: debit.customerId,
    itemId: debit.id,
    kind: 'writeoff',
    amount: -input.amount,
    businessDate: input.businessDate,
    reason: input.reason.trim(),
  });
  moveOpen(core, debit.id, -input.amount);
  writeOutbox(core, 'finance.writeoff.posted', id, { debit: debit.docNo, amount: input.amount, reason: input.reason.trim(), businessDate: input.businessDate });
  return id;
}
