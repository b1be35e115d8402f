// The accountant's business actions: each is ONE synchronous transaction holding the document, its ledger rows,
// its outbox rows (written by post/allocation/reversal) and an audit row. Bad input throws before anything commits.
import type { ReceiptMethod } from '../../../db/schema';
import type { Actor, Core } from '../shared/context';
import { businessDate as todayOf } from '../shared/dates';
import { mutate } from '../shared/mutate';
import { allocate, autoAllocate, unallocate, writeOff } from './allocation';
import { postCredit, postInvoice, recordReceipt } from './post';
import { reverseItem } from './reversal';
import type { ArItem } from './ledger';

const today = (core: Core) => todayOf(core.now(), core.timeZone);

export interface CreateReceiptInput {
  customerId: string;
  method: ReceiptMethod;
  amount: number;
  businessDate: string;
  collectorId?: string | null;
  reference?: string;
  payerName?: string;
  note?: string;
  /** 'auto' = oldest first (default); 'none' = keep as prepayment; or explicit lines (manual override). */
  allocation?: 'auto' | 'none' | { debitItemId: string; amount: number }[];
  /** 抹零 on invoices this receipt settles, each within the limit and with a reason. */
  writeOffs?: { debitItemId: string; amount: number; reason: string }[];
}

export function createReceipt(core: Core, actor: Actor, input: CreateReceiptInput): { receipt: ArItem; allocationIds: string[] } {
  return mutate(
    core,
    actor,
    (r) => ({ action: 'receipt.create', entity: 'ar_item', entityId: r.receipt.id, data: { docNo: r.receipt.docNo, amount: r.receipt.amount, allocations: r.allocationIds.length } }),
    () => {
      const receipt = recordReceipt(core, input, actor);
      const plan = input.allocation ?? 'auto';
      const allocationIds =
        plan === 'none'
          ? []
          : plan === 'auto'
            ? autoAllocate(core, actor, receipt.id, input.businessDate)
            : plan.map((l) => allocate(core, actor, { creditItemId: receipt.id, debitItemId: l.debitItemId, amount: l.amount, businessDate: input.businessDate }));
      for (const w of input.writeOffs ?? []) writeOff(core, actor, { ...w, businessDate: input.businessDate });
      return { receipt, allocationIds };
    },
  );
}

export function allocateAction(
  core: Core,
  actor: Actor,
  input: { creditItemId: string; lines?: { debitItemId: string; amount: number }[]; businessDate?: string },
): string[] {
  const date = input.businessDate ?? today(core);
  return mutate(
    core,
    actor,
    (ids) => ({ action: 'allocation.create', entity: 'ar_item', entityId: input.creditItemId, data: { allocations: ids } }),
    () =>
      input.lines
        ? input.lines.map((l) => allocate(core, actor, { creditItemId: input.creditItemId, debitItemId: l.debitItemId, amount: l.amount, businessDate: date }))
        : autoAllocate(core, actor, input.creditItemId, date),
  );
}

export function unallocateAction(core: Core, actor: Actor, input: { allocationId: string; businessDate?: string }): string {
  return mutate(
    core,
    actor,
    (id) => ({ action: 'allocation.reverse', entity: 'ar_allocation', entityId: input.allocationId, data: { reversal: id } }),
    () => unallocate(core, actor, input.allocationId, input.businessDate ?? today(core)),
  );
}

export function writeOffAction(core: Core, actor: Actor, input: { debitItemId: string; amount: number; reason: string; businessDate?: string }): string {
  return mutate(
    core,
    actor,
    (id) => ({ action: 'writeoff.create', entity: 'ar_item', entityId: input.debitItemId, data: { entry: id, amount: input.amount, reason: input.reason } }),
    () => writeOff(core, actor, { ...input, businessDate: input.businessDate ?? today(core) }),
  );
}

export function reverseAction(core: Core, actor: Actor, input: { itemId: string; reason: string; businessDate?: string }): ArItem {
  return mutate(
    core,
    actor,
    (item) => ({ action: `${item.kind}.reverse`, entity: 'ar_item', entityId: item.id, data: { docNo: item.docNo, reason: input.reason } }),
    () => reverseItem(core, actor, input.itemId, input.businessDate ?? today(core), input.reason),
  );
}

/** A manual adjustment: a debit (the customer owes more) or a credit (owes less), with a reason. */
export function postAdjustment(
  core: Core,
  actor: Actor,
  input: { customerId: string; direction: 'debit' | 'credit'; amount: number; businessDate: string; note: string },
): ArItem {
  return mutate(
    core,
    actor,
    (item) => ({ action: 'adjustment.create', entity: 'ar_item', entityId: item.id, data: { docNo: item.docNo, amount: item.amount, kind: item.kind } }),
    () => {
      const base = { customerId: input.customerId, sourceType: 'adjustment', businessDate: input.businessDate, amount: input.amount, note: input.note };
      return input.direction === 'debit' ? postInvoice(core, base, actor) : postCredit(core, base, actor);
    },
  );
}
