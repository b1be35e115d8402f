// The low-level writes of the receivables ledger. Each function runs inside the caller's transaction and keeps the
// two caches (ar_item_open, ar_balances) in step with the append-only rows it writes, so a reader never sees one
// without the other. Validation happens in the callers (post.ts, allocation.ts, reversal.ts) before any write.
import type { arItems, ArEntryKind, ArItemKind } from '../../../db/schema';
import type { Actor, Core } from '../shared/context';
import { AppError } from '../shared/errors';
import { newId } from '../shared/ids';
import { stmt } from './statements-cache';

const ITEM_SQL = `SELECT id, doc_no AS docNo, customer_id AS customerId, kind, source_type AS sourceType, source_id AS sourceId,
  source_no AS sourceNo, business_date AS businessDate, due_date AS dueDate, amount, method, employee_id AS employeeId,
  reference, payer_name AS payerName, note, created_at AS createdAt, created_by AS createdBy FROM ar_items WHERE id = ?`;

export type ArItem = typeof arItems.$inferSelect;
export const debitKinds: readonly ArItemKind[] = ['invoice', 'refund'];
export const sideOf = (kind: ArItemKind): 'debit' | 'credit' => (debitKinds.includes(kind) ? 'debit' : 'credit');
/** The sign of an item's posting on what the customer owes. */
export const signOf = (kind: ArItemKind): 1 | -1 => (sideOf(kind) === 'debit' ? 1 : -1);

export function getItem(core: Core, id: string): ArItem {
  const item = stmt(core, ITEM_SQL).get(id) as ArItem | undefined;
  if (!item) throw new AppError('AR_ITEM_NOT_FOUND', { id });
  return item;
}

export function openOf(core: Core, itemId: string): number {
  return (stmt(core, 'SELECT open FROM ar_item_open WHERE item_id = ?').get(itemId) as { open: number } | undefined)?.open ?? 0;
}

export function assertCustomer(core: Core, customerId: string): { id: string; name: string; paymentTermsDays: number } {
  const c = stmt(core, 'SELECT id, name, payment_terms_days AS paymentTermsDays FROM customers WHERE id = ?').get(customerId) as
    | { id: string; name: string; paymentTermsDays: number }
    | undefined;
  if (!c) throw new AppError('CUSTOMER_NOT_FOUND');
  return c;
}

/** The ledger entry an item was posted with (its first entry), and whether it has been reversed. */
export function postingOf(core: Core, itemId: string): { entryId: string; reversed: boolean } {
  const row = stmt(
    core,
      `SELECT e.id AS entryId, EXISTS(SELECT 1 FROM ar_entries r WHERE r.reversal_of = e.id) AS reversed
       FROM ar_entries e WHERE e.item_id = ? AND e.kind <> 'writeoff' AND e.kind <> 'reversal' ORDER BY e.seq LIMIT 1`,
  ).get(itemId) as { entryId: string; reversed: number } | undefined;
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
  stmt(core, `INSERT INTO ar_entries (id, customer_id, item_id, kind, amount, business_date, reversal_of, reason, created_at, created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`).run(
    id, e.customerId, e.itemId, e.kind, e.amount, e.businessDate, e.reversalOf ?? null, e.reason ?? '', at, actor?.userId ?? null,
  );
  stmt(core, `INSERT INTO ar_balances (customer_id, balance, updated_at) VALUES (?, ?, ?) ON CONFLICT(customer_id) DO UPDATE SET balance = balance + excluded.balance, updated_at = excluded.updated_at`).run(
    e.customerId, e.amount, at,
  );
  return id;
}

/** Moves an item's open amount by delta (never outside 0…amount: the table's CHECK backs this up). */
export function moveOpen(core: Core, itemId: string, delta: number): void {
  stmt(core, 'UPDATE ar_item_open SET open = open + ? WHERE item_id = ?').run(delta, itemId);
}

export function insertItem(core: Core, actor: Actor | null, item: Omit<ArItem, 'id' | 'createdAt' | 'createdBy'>): ArItem {
  const row: ArItem = { ...item, id: newId(), createdAt: core.now().toISOString(), createdBy: actor?.userId ?? null };
  stmt(
    core,
    `INSERT INTO ar_items (id, doc_no, customer_id, kind, source_type, source_id, source_no, business_date, due_date, amount, method, employee_id, reference, payer_name, note, created_at, created_by)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(row.id, row.docNo, row.customerId, row.kind, row.sourceType, row.sourceId, row.sourceNo, row.businessDate, row.dueDate, row.amount, row.method, row.employeeId, row.reference, row.payerName, row.note, row.createdAt, row.createdBy);
  stmt(core, 'INSERT INTO ar_item_open (item_id, customer_id, side, open, business_date, amount) VALUES (?, ?, ?, ?, ?, ?)').run(
    row.id, row.customerId, sideOf(row.kind), row.amount, row.businessDate, row.amount,
  );
  appendEntry(core, actor, { customerId: row.customerId, itemId: row.id, kind: row.kind, amount: signOf(row.kind) * row.amount, businessDate: row.businessDate });
  return row;
}

export function appendAllocation(
  core: Core,
  actor: Actor | null,
  a: { customerId: string; debitItemId: string; creditItemId: string; amount: number; businessDate: string; reversalOf?: string },
): string {
  const id = newId();
  stmt(core, `INSERT INTO ar_allocations (id, customer_id, debit_item_id, credit_item_id, amount, business_date, reversal_of, created_at, created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`).run(
    id, a.customerId, a.debitItemId, a.creditItemId, a.amount, a.businessDate, a.reversalOf ?? null, core.now().toISOString(), actor?.userId ?? null,
  );
  moveOpen(core, a.debitItemId, -a.amount);
  moveOpen(core, a.creditItemId, -a.amount);
  return id;
}
