// Reversal: a posted item is never edited or deleted. Reversing a receipt or credit first undoes its allocations
// (their invoices reopen); reversing an invoice or refund undoes its write-offs and needs its allocations undone
// first, so the accountant decides where that money goes. The reversal is dated in an open period, even when the
// original sits in a closed one.
import { and, eq, sql } from 'drizzle-orm';
import { arEntries } from '../../../db/schema';
import type { Actor, Core } from '../shared/context';
import { AppError } from '../shared/errors';
import { writeOutbox } from '../shared/journal';
import { formatYuan } from '../shared/money';
import { assertPeriodOpen } from '../shared/period-lock';
import { activeAllocations, unallocate } from './allocation';
import { appendEntry, getItem, moveOpen, openOf, postingOf, sideOf, signOf, type ArItem } from './ledger';

export function reverseItem(core: Core, actor: Actor | null, itemId: string, businessDate: string, reason = ''): ArItem {
  const item = getItem(core, itemId);
  const posting = postingOf(core, item.id);
  if (posting.reversed) throw new AppError('AR_ALREADY_REVERSED', { docNo: item.docNo });
  assertPeriodOpen(core, businessDate);
  const allocations = activeAllocations(core, [item.id]);
  if (sideOf(item.kind) === 'debit' && allocations.length > 0) {
    const amount = allocations.reduce((s, a) => s + a.amount, 0);
    throw new AppError('AR_HAS_ALLOCATIONS', { docNo: item.docNo, amount: formatYuan(amount) });
  }
  for (const a of allocations) unallocate(core, actor, a.id, businessDate);
  // Write-offs on the item are reversed with it, so the customer's balance drops by exactly what was posted.
  const writeOffs = core.db
    .select()
    .from(arEntries)
    .where(and(eq(arEntries.itemId, item.id), eq(arEntries.kind, 'writeoff'), sql`NOT EXISTS (SELECT 1 FROM ar_entries r WHERE r.reversal_of = ${arEntries.id})`))
    .all();
  for (const w of writeOffs) {
    appendEntry(core, actor, { customerId: item.customerId, itemId: item.id, kind: 'reversal', amount: -w.amount, businessDate, reversalOf: w.id, reason });
    moveOpen(core, item.id, -w.amount);
  }
  appendEntry(core, actor, {
    customerId: item.customerId,
    itemId: item.id,
    kind: 'reversal',
    amount: -signOf(item.kind) * item.amount,
    businessDate,
    reversalOf: posting.entryId,
    reason,
  });
  moveOpen(core, item.id, -openOf(core, item.id));
  writeOutbox(core, `finance.${item.kind}.reversed`, item.id, { docNo: item.docNo, amount: item.amount, businessDate, reason });
  return item;
}
