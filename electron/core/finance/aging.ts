// Aging (账龄) and overdue lists as of any date. Open amounts "as of" a date are derived from the ledgers (entries and
// allocations dated on or before it), not from today's cache, so last month's aging still reads as it did then.
import type { Core } from '../shared/context';
import { assertBusinessDate } from '../shared/period-lock';

export interface AgingRow {
  customerId: string;
  customerCode: string;
  customerName: string;
  /** Open debit amounts by days since the invoice date: 0–30, 31–60, 61–90, over 90. */
  d0_30: number;
  d31_60: number;
  d61_90: number;
  over90: number;
  /** Sum of the four buckets. */
  open: number;
  /** Receipts and credits not yet allocated (prepayments). */
  unapplied: number;
  /** open − unapplied: equals the ledger balance as of the date. */
  balance: number;
}

/** Open amount per item as of a date: the item's entries minus its allocations (debit) or their negation (credit). */
const OPEN_AS_OF = `
  WITH e AS (SELECT item_id, SUM(amount) AS s FROM ar_entries WHERE business_date <= @asOf GROUP BY item_id),
  ad AS (SELECT debit_item_id AS id, SUM(amount) AS s FROM ar_allocations WHERE business_date <= @asOf GROUP BY debit_item_id),
  ac AS (SELECT credit_item_id AS id, SUM(amount) AS s FROM ar_allocations WHERE business_date <= @asOf GROUP BY credit_item_id),
  open_items AS (
    SELECT i.id, i.customer_id, i.kind, i.doc_no, i.source_no, i.business_date, i.due_date, i.amount,
      CASE WHEN i.kind IN ('invoice','refund') THEN e.s - coalesce(ad.s, 0) ELSE -e.s - coalesce(ac.s, 0) END AS open,
      CASE WHEN i.kind IN ('invoice','refund') THEN 'debit' ELSE 'credit' END AS side
    FROM ar_items i JOIN e ON e.item_id = i.id
    LEFT JOIN ad ON ad.id = i.id LEFT JOIN ac ON ac.id = i.id
    WHERE i.business_date <= @asOf
  )`;

/**
 * When nothing is dated after asOf (the usual "as of today"), the open amounts as of then are exactly today's
 * cached ones (ar_item_open, checked by verifyLedger), so the ledger need not be summed again.
 */
const OPEN_NOW = `
  WITH open_items AS (
    SELECT o.item_id AS id, o.customer_id, o.business_date, o.open, o.side FROM ar_item_open o WHERE o.open <> 0
  )`;

function nothingAfter(core: Core, asOf: string): boolean {
  const row = core.sqlite
    .prepare(`SELECT (SELECT max(business_date) FROM ar_entries) AS e, (SELECT max(business_date) FROM ar_allocations) AS a`)
    .get() as { e: string | null; a: string | null };
  return (row.e ?? '') <= asOf && (row.a ?? '') <= asOf;
}

export function aging(core: Core, asOf: string, opts: { customerId?: string; fromLedger?: boolean } = {}): AgingRow[] {
  assertBusinessDate(asOf);
  const filter = opts.customerId ? 'AND o.customer_id = @customerId' : '';
  const source = !opts.fromLedger && nothingAfter(core, asOf) ? OPEN_NOW : OPEN_AS_OF;
  const rows = core.sqlite
    .prepare(
      `${source},
      ages AS (SELECT o.customer_id, o.side, o.open, CAST(julianday(@asOf) - julianday(o.business_date) AS INTEGER) AS age
               FROM open_items o WHERE o.open <> 0 ${filter})
      SELECT c.id AS customerId, c.code AS customerCode, c.name AS customerName,
        SUM(CASE WHEN side = 'debit' AND age <= 30 THEN open ELSE 0 END) AS d0_30,
        SUM(CASE WHEN side = 'debit' AND age BETWEEN 31 AND 60 THEN open ELSE 0 END) AS d31_60,
        SUM(CASE WHEN side = 'debit' AND age BETWEEN 61 AND 90 THEN open ELSE 0 END) AS d61_90,
        SUM(CASE WHEN side = 'debit' AND age > 90 THEN open ELSE 0 END) AS over90,
        SUM(CASE WHEN side = 'debit' THEN open ELSE 0 END) AS open,
        SUM(CASE WHEN side = 'credit' THEN open ELSE 0 END) AS unapplied
      FROM ages JOIN customers c ON c.id = ages.customer_id
      GROUP BY c.id ORDER BY open DESC, c.code`,
    )
    .all({ asOf, customerId: opts.customerId ?? null }) as Omit<AgingRow, 'balance'>[];
  return rows.map((r) => ({ ...r, balance: r.open - r.unapplied }));
}

export interface OverdueRow {
  itemId: string;
  docNo: string;
  sourceNo: string;
  customerId: string;
  customerCode: string;
  customerName: string;
  phone: string;
  salespersonId: string | null;
  businessDate: string;
  dueDate: string;
  daysOverdue: number;
  amount: number;
  open: number;
}

/** Debit items still open on asOf whose due date (invoice date + the customer's payment terms) has passed. */
export function overdue(core: Core, asOf: string): OverdueRow[] {
  assertBusinessDate(asOf);
  return core.sqlite
    .prepare(
      `${OPEN_AS_OF}
      SELECT o.id AS itemId, o.doc_no AS docNo, o.source_no AS sourceNo, c.id AS customerId, c.code AS customerCode,
        c.name AS customerName, c.phone AS phone, c.salesperson_id AS salespersonId, o.business_date AS businessDate,
        coalesce(o.due_date, o.business_date) AS dueDate,
        CAST(julianday(@asOf) - julianday(coalesce(o.due_date, o.business_date)) AS INTEGER) AS daysOverdue,
        o.amount AS amount, o.open AS open
      FROM open_items o JOIN customers c ON c.id = o.customer_id
      WHERE o.side = 'debit' AND o.open > 0 AND coalesce(o.due_date, o.business_date) < @asOf
      ORDER BY daysOverdue DESC, o.doc_no`,
    )
    .all({ asOf }) as OverdueRow[];
}
