// The low-level writes of the receivables ledger. Each function runs inside the caller's transaction and keeps the
// two caches (ar_item_open, ar_balances) in step with the append-only rows it writes, so a reader never sees one
// without the other. Validation happens in the callers (post.ts, allocation.ts, reversal.ts) before any write.
import { eq, sql } from 'drizzle-orm';
import { arAllocations, arBalances, arEntries, arItemOpen, arItems, customers, type ArEntryKind, type ArItemKind } from '../../../db/schema';
import type { Actor, Core } from '../shared/context';
import { AppError } from '../shared/errors';
import { newId } from '../shared/ids';

export type ArItem = typeof arItems.$inferSelect;
export const debitKinds: readonly ArItemKind[] = ['invoice', 'refund'];
export const sideOf = (kind: ArItemKind): 'debit' | 'credit' => (debitKinds.includes(kind) ? 'debit' : 'credit');
/** The sign of an item's posting on what the customer owes. */
export const signOf = (kind: ArItemKind): 1 | -1 => (sideOf(kind) === 'debit' ? 1 : -1);

export function getItem(core: Core, id: string): ArItem {
  const item = core.db.select().from(arItems).where(eq(arItems.id, id)).get();
  if (!item) throw new AppError('AR_ITEM_NOT_FOUND', { id });
  return item;
}

export function openOf(core: Core, itemId: string): number {
  return core.db.select({ open: arItemOpen.open }).from(arItemOpen).where(eq(arItemOpen.itemId, itemId)).get()?.open ?? 0;
}

export function assertCustomer(core: Core, customerId: string): { id: string; name: string; paymentTermsDays: number } {
  const c = core.db
    .select({ id: customers.id, name: customers.name, paymentTermsDays: customers.paymentTermsDays })
    .from(customers)
    .where(eq(customers.id, customerId))
    .get();
  if (!c) throw new AppError('CUSTOMER_NOT_FOUND');
  return c;
}

/** The ledger entry an item was posted with (its first entry), and whether it has been reversed. */
export function postingOf(core: Core, itemId: string): { entryId: string; reversed: boolean } {
  const row = core.sqlite
    .prepare(
      `SELECT e.id AS entryId, EXISTS(SELECT 1 FROM ar_entries r WHERE r.reversal_of = e.id) AS reversed
       FROM ar_entries e WHERE e.item_id = ? AND e.kind <> 'writeoff' AND e.kind <> 'reversal' ORDER BY e.seq LIMIT 1`,
    )
    .get(itemId) as { entryId: string; reversed: number } | undefined;
  if (!row) throw new AppError('AR_ITEM_NOT_FOUND', { id: itemId });
  return { entryId: row.entryId, reversed: row.reversed === 1 };
}

export function appendEntry(
  core: Core,
  actor: Actor | null,
  e: { customerId: string; itemId: string; kind: ArEntryKind; amount: number; businessDate: string; reversalOf?: string; reason?: string },
): string {
  const id = newId();
  const at = core.now().toISOString();
  core.db
    .insert(arEntries)
    .values({ id, customerId: e.customerId, itemId: e.itemId, kind: e.kind, amount: e.amount, businessDate: e.businessDate, reversalOf: e.reversalOf ?? null, reason: e.reason ?? '', createdAt: at, createdBy: actor?.userId ?? null })
    .run();
  core.db
    .insert(arBalances)
    .values({ customerId: e.customerId, balance: e.amount, updatedAt: at })
    .onConflictDoUpdate({ target: arBalances.customerId, set: { balance: sql`${arBalances.balance} + ${e.amount}`, updatedAt: at } })
    .run();
  return id;
}

/** Moves an item's open amount by delta (never outside 0…amount: the table's CHECK backs this up). */
export function moveOpen(core: Core, itemId: string, delta: number): void {
  core.db.update(arItemOpen).set({ open: sql`${arItemOpen.open} + ${delta}` }).where(eq(arItemOpen.itemId, itemId)).run();
}

export function insertItem(core: Core, actor: Actor | null, item: Omit<ArItem, 'id' | 'createdAt' | 'createdBy'>): ArItem {
  const row: ArItem = { ...item, id: newId(), createdAt: core.now().toISOString(), createdBy: actor?.userId ?? null };
  core.db.insert(arItems).values(row).run();
  core.db
    .insert(arItemOpen)
    .values({ itemId: row.id, customerId: row.customerId, side: sideOf(row.kind), open: row.amount, businessDate: row.businessDate, amount: row.amount })
    .run();
  appendEntry(core, actor, { customerId: row.customerId, itemId: row.id, kind: row.kind, amount: signOf(row.kind) * row.amount, businessDate: row.businessDate });
  return row;
}

export function appendAllocation(
  core: Core,
  actor: Actor | null,
  a: { customerId: string; debitItemId: string; creditItemId: string; amount: number; businessDate: string; reversalOf?: string },
): string {
  const id = newId();
  core.db
    .insert(arAllocations)
    .values({ id, customerId: a.customerId, debitItemId: a.debitItemId, creditItemId: a.creditItemId, amount: a.amount, businessDate: a.businessDate, reversalOf: a.reversalOf ?? null, createdAt: core.now().toISOString(), createdBy: actor?.userId ?? null })
    .run();
  moveOpen(core, a.debitItemId, -a.amount);
  moveOpen(core, a.creditItemId, -a.amount);
  return id;
}
