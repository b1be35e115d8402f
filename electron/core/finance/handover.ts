// Driver cash handover (交款对账), per driver per business day.
//   expected = cash receipts the driver collected that day (van sales and deliveries both post recordReceipt with
//              method 'cash' and collectorId = driver) − cash refunds he paid out − his approved expenses
//   entered  = cash counted by denomination + e-payments (the driver's transfers of the day's cash)
//   variance = entered − expected (negative = short); on approval it is written to the driver's cash ledger.
import { and, eq, sql } from 'drizzle-orm';
import { cashHandoverApprovals, cashHandovers, driverCashEntries, driverExpenses } from '../../../db/schema';
import type { Actor, Core } from '../shared/context';
import { nextDocNumber } from '../shared/doc-numbers';
import { AppError } from '../shared/errors';
import { newId } from '../shared/ids';
import { writeOutbox } from '../shared/journal';
import { assertFen } from '../shared/money';
import { mutate } from '../shared/mutate';
import { assertBusinessDate, assertPeriodOpen } from '../shared/period-lock';
import { assertEmployee } from './employees';
import { assertAmount } from './post';

/** Notes and coins in fen: 100, 50, 20, 10, 5, 1 yuan; 5 and 1 jiao. */
export const DENOMINATIONS = [10_000, 5_000, 2_000, 1_000, 500, 100, 50, 10] as const;

export interface ExpectedCash {
  driverId: string;
  businessDate: string;
  receipts: { itemId: string; docNo: string; customerName: string; sourceType: string; amount: number }[];
  refunds: { itemId: string; docNo: string; customerName: string; amount: number }[];
  expenses: { id: string; category: string; note: string; amount: number; approved: boolean }[];
  cashReceipts: number;
  cashRefunds: number;
  approvedExpenses: number;
  expected: number;
}

export function expectedCash(core: Core, driverId: string, businessDate: string): ExpectedCash {
  assertBusinessDate(businessDate);
  assertEmployee(core, driverId);
  const items = core.sqlite
    .prepare(
      `SELECT i.id AS itemId, i.doc_no AS docNo, c.name AS customerName, i.source_type AS sourceType, i.kind, i.amount
       FROM ar_items i JOIN customers c ON c.id = i.customer_id
       WHERE i.employee_id = ? AND i.business_date = ? AND i.method = 'cash' AND i.kind IN ('receipt','refund')
         AND NOT EXISTS (SELECT 1 FROM ar_entries e JOIN ar_entries r ON r.reversal_of = e.id WHERE e.item_id = i.id)
       ORDER BY i.doc_no`,
    )
    .all(driverId, businessDate) as { itemId: string; docNo: string; customerName: string; sourceType: string; kind: string; amount: number }[];
  const expenses = core.db
    .select()
    .from(driverExpenses)
    .where(and(eq(driverExpenses.driverId, driverId), eq(driverExpenses.businessDate, businessDate)))
    .all()
    .map((e) => ({ id: e.id, category: e.category, note: e.note, amount: e.amount, approved: e.approvedAt !== null }));
  const receipts = items.filter((i) => i.kind === 'receipt').map(({ kind: _k, ...r }) => r);
  const refunds = items.filter((i) => i.kind === 'refund').map(({ kind: _k, sourceType: _s, ...r }) => r);
  const sum = (xs: { amount: number }[]) => xs.reduce((s, x) => s + x.amount, 0);
  const cashReceipts = sum(receipts);
  const cashRefunds = sum(refunds);
  const approvedExpenses = sum(expenses.filter((e) => e.approved));
  return { driverId, businessDate, receipts, refunds, expenses, cashReceipts, cashRefunds, approvedExpenses, expected: cashReceipts - cashRefunds - approvedExpenses };
}

function handoverOf(core: Core, driverId: string, businessDate: string) {
  return core.db.select().from(cashHandovers).where(and(eq(cashHandovers.driverId, driverId), eq(cashHandovers.businessDate, businessDate))).get();
}

export function recordExpense(core: Core, actor: Actor, input: { driverId: string; businessDate: string; amount: number; category: string; note?: string }): string {
  assertAmount(input.amount);
  assertBusinessDate(input.businessDate);
  return mutate(
    core,
    actor,
    (id) => ({ action: 'driver_expense.create', entity: 'driver_expense', entityId: id, data: { amount: input.amount, category: input.category } }),
    () => {
      assertEmployee(core, input.driverId);
      assertPeriodOpen(core, input.businessDate);
      const id = newId();
      core.db
        .insert(driverExpenses)
        .values({ id, driverId: input.driverId, businessDate: input.businessDate, amount: input.amount, category: input.category.trim(), note: input.note ?? '', createdAt: core.now().toISOString(), createdBy: actor.userId })
        .run();
      return id;
    },
  );
}

/** Approving an expense lets it reduce that day's expected cash, so it is refused once the day is handed over. */
export function approveExpense(core: Core, actor: Actor, id: string): void {
  mutate(
    core,
    actor,
    () => ({ action: 'driver_expense.approve', entity: 'driver_expense', entityId: id }),
    () => {
      const e = core.db.select().from(driverExpenses).where(eq(driverExpenses.id, id)).get();
      if (!e) throw new AppError('EXPENSE_NOT_FOUND');
      if (e.approvedAt) throw new AppError('EXPENSE_APPROVED');
      if (handoverOf(core, e.driverId, e.businessDate)) throw new AppError('EXPENSE_HANDED_OVER', { date: e.businessDate });
      core.db.update(driverExpenses).set({ approvedAt: core.now().toISOString(), approvedBy: actor.userId }).where(and(eq(driverExpenses.id, id), sql`${driverExpenses.approvedAt} IS NULL`)).run();
    },
  );
}

/** Validates a count like {"10000": 3, "50": 1} (fen → pieces) and returns the total in fen. */
export function countCash(denominations: Record<string, number>): number {
  let total = 0;
  for (const [key, pieces] of Object.entries(denominations)) {
    const value = Number(key);
    if (!(DENOMINATIONS as readonly number[]).includes(value)) throw new AppError('HANDOVER_DENOMINATION', { value: key });
    if (!Number.isSafeInteger(pieces) || pieces < 0) throw new AppError('HANDOVER_COUNT', { value: key });
    total += value * pieces;
  }
  assertFen(total);
  return total;
}

export interface SubmitHandoverInput {
  driverId: string;
  businessDate: string;
  denominations: Record<string, number>;
  epayments: number;
  note?: string;
}

export function submitHandover(core: Core, actor: Actor, input: SubmitHandoverInput): typeof cashHandovers.$inferSelect {
  const counted = countCash(input.denominations);
  assertFen(input.epayments);
  if (input.epayments < 0) throw new AppError('AMOUNT_POSITIVE', { value: String(input.epayments / 100) });
  return mutate(
    core,
    actor,
    (h) => ({ action: 'cash_handover.submit', entity: 'cash_handover', entityId: h.id, data: { docNo: h.docNo, expected: h.expected, variance: h.variance } }),
    () => {
      const exp = expectedCash(core, input.driverId, input.businessDate);
      assertPeriodOpen(core, input.businessDate);
      const existing = handoverOf(core, input.driverId, input.businessDate);
      const driver = assertEmployee(core, input.driverId);
      if (existing) throw new AppError('HANDOVER_EXISTS', { driver: driver.name, date: input.businessDate, docNo: existing.docNo });
      const pieces = Object.fromEntries(Object.entries(input.denominations).filter(([, n]) => n > 0));
      const row = {
        id: newId(),
        docNo: nextDocNumber(core, 'JK', input.businessDate),
        driverId: input.driverId,
        businessDate: input.businessDate,
        cashReceipts: exp.cashReceipts,
        cashRefunds: exp.cashRefunds,
        expenses: exp.approvedExpenses,
        expected: exp.expected,
        denominations: pieces,
        counted,
        epayments: input.epayments,
        variance: counted + input.epayments - exp.expected,
        note: input.note ?? '',
        createdAt: core.now().toISOString(),
        createdBy: actor.userId,
      };
      core.db.insert(cashHandovers).values(row).run();
      writeOutbox(core, 'finance.cash_handover.submitted', row.id, { docNo: row.docNo, driverId: row.driverId, businessDate: row.businessDate, expected: row.expected, counted, epayments: row.epayments, variance: row.variance });
      return row;
    },
  );
}

/** The accountant accepts the handover; its variance becomes a line in the driver's cash ledger. */
export function approveHandover(core: Core, actor: Actor, input: { handoverId: string; note?: string }): void {
  mutate(
    core,
    actor,
    () => ({ action: 'cash_handover.approve', entity: 'cash_handover', entityId: input.handoverId, data: { note: input.note ?? '' } }),
    () => {
      const h = core.db.select().from(cashHandovers).where(eq(cashHandovers.id, input.handoverId)).get();
      if (!h) throw new AppError('HANDOVER_NOT_FOUND');
      const done = core.db.select().from(cashHandoverApprovals).where(eq(cashHandoverApprovals.handoverId, h.id)).get();
      if (done) throw new AppError('HANDOVER_APPROVED', { docNo: h.docNo });
      const at = core.now().toISOString();
      core.db.insert(cashHandoverApprovals).values({ handoverId: h.id, approvedAt: at, approvedBy: actor.userId, note: input.note ?? '' }).run();
      if (h.variance !== 0) {
        core.db.insert(driverCashEntries).values({ driverId: h.driverId, handoverId: h.id, businessDate: h.businessDate, amount: h.variance, createdAt: at }).run();
      }
      writeOutbox(core, 'finance.cash_handover.approved', h.id, { docNo: h.docNo, variance: h.variance });
    },
  );
}

/** What the driver owes (negative) or is owed (positive) from approved variances. */
export function driverCashBalance(core: Core, driverId: string): number {
  const row = core.sqlite.prepare('SELECT coalesce(SUM(amount), 0) AS s FROM driver_cash_entries WHERE driver_id = ?').get(driverId) as { s: number };
  return row.s;
}
