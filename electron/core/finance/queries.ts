// Read models for the accountant's screens: a customer's items with what is open, receipts of a period, handovers
// of a day, statement files and lines. Reads only; no transaction needed.
import { and, desc, eq, gte, lte, sql, type SQL } from 'drizzle-orm';
import { arBalances, arItemOpen, arItems, cashHandoverApprovals, cashHandovers, customers, employees, statementFiles, type ArItemKind } from '../../../db/schema';
import type { Core } from '../shared/context';

export interface ItemRow {
  id: string;
  docNo: string;
  customerId: string;
  customerName: string;
  kind: ArItemKind;
  sourceType: string;
  sourceNo: string;
  businessDate: string;
  dueDate: string | null;
  amount: number;
  open: number;
  method: string | null;
  employeeId: string | null;
  reference: string;
  payerName: string;
  reversed: boolean;
}

export function listItems(core: Core, input: { customerId?: string; kind?: ArItemKind; openOnly?: boolean; from?: string; to?: string; limit?: number }): ItemRow[] {
  const where: SQL[] = [];
  if (input.customerId) where.push(eq(arItems.customerId, input.customerId));
  if (input.kind) where.push(eq(arItems.kind, input.kind));
  if (input.openOnly) where.push(sql`${arItemOpen.open} > 0`);
  if (input.from) where.push(gte(arItems.businessDate, input.from));
  if (input.to) where.push(lte(arItems.businessDate, input.to));
  return core.db
    .select({
      id: arItems.id,
      docNo: arItems.docNo,
      customerId: arItems.customerId,
      customerName: customers.name,
      kind: arItems.kind,
      sourceType: arItems.sourceType,
      sourceNo: arItems.sourceNo,
      businessDate: arItems.businessDate,
      dueDate: arItems.dueDate,
      amount: arItems.amount,
      open: arItemOpen.open,
      method: arItems.method,
      employeeId: arItems.employeeId,
      reference: arItems.reference,
      payerName: arItems.payerName,
      reversed: sql<number>`EXISTS (SELECT 1 FROM ar_entries e JOIN ar_entries r ON r.reversal_of = e.id WHERE e.item_id = ${arItems.id} AND e.kind <> 'writeoff')`,
    })
    .from(arItems)
    .innerJoin(arItemOpen, eq(arItemOpen.itemId, arItems.id))
    .innerJoin(customers, eq(customers.id, arItems.customerId))
    .where(where.length ? and(...where) : undefined)
    .orderBy(desc(arItems.businessDate), desc(arItems.docNo))
    .limit(Math.min(input.limit ?? 500, 5_000))
    .all()
    .map((r) => ({ ...r, reversed: Boolean(r.reversed) }));
}

/** Allocations touching an item, with the other side's number: the receipt screen's "settled by / settles". */
export function allocationsOf(core: Core, itemId: string) {
  return core.sqlite
    .prepare(
      `SELECT a.id, a.amount, a.business_date AS businessDate, a.reversal_of AS reversalOf, d.doc_no AS debitNo, c.doc_no AS creditNo,
              a.debit_item_id AS debitItemId, a.credit_item_id AS creditItemId
       FROM ar_allocations a JOIN ar_items d ON d.id = a.debit_item_id JOIN ar_items c ON c.id = a.credit_item_id
       WHERE a.debit_item_id = ? OR a.credit_item_id = ? ORDER BY a.seq`,
    )
    .all(itemId, itemId) as { id: string; amount: number; businessDate: string; reversalOf: string | null; debitNo: string; creditNo: string; debitItemId: string; creditItemId: string }[];
}

/** Customers with a non-zero balance, largest first. */
export function balances(core: Core, input: { limit?: number } = {}) {
  return core.db
    .select({ customerId: arBalances.customerId, code: customers.code, name: customers.name, balance: arBalances.balance, creditLimit: customers.creditLimit })
    .from(arBalances)
    .innerJoin(customers, eq(customers.id, arBalances.customerId))
    .where(sql`${arBalances.balance} <> 0`)
    .orderBy(desc(arBalances.balance))
    .limit(Math.min(input.limit ?? 1_000, 50_000))
    .all();
}

export function listHandovers(core: Core, input: { from: string; to: string }) {
  return core.db
    .select({ handover: cashHandovers, driverName: employees.name, approvedAt: cashHandoverApprovals.approvedAt })
    .from(cashHandovers)
    .innerJoin(employees, eq(employees.id, cashHandovers.driverId))
    .leftJoin(cashHandoverApprovals, eq(cashHandoverApprovals.handoverId, cashHandovers.id))
    .where(and(gte(cashHandovers.businessDate, input.from), lte(cashHandovers.businessDate, input.to)))
    .orderBy(desc(cashHandovers.businessDate), cashHandovers.docNo)
    .all()
    .map((r) => ({ ...r.handover, driverName: r.driverName, approved: r.approvedAt !== null, approvedAt: r.approvedAt }));
}

export function listStatementFiles(core: Core) {
  return core.db.select().from(statementFiles).orderBy(desc(statementFiles.importedAt)).limit(200).all();
}

