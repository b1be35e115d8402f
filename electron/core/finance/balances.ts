// Reading balances, and checking that the caches agree with the append-only ledgers they summarise.
import { eq } from 'drizzle-orm';
import { arBalances } from '../../../db/schema';
import type { Core } from '../shared/context';

/** A customer's balance (what they owe; negative = prepaid) from the cache kept with every entry. */
export function customerBalance(core: Core, customerId: string): number {
  return core.db.select({ b: arBalances.balance }).from(arBalances).where(eq(arBalances.customerId, customerId)).get()?.b ?? 0;
}

/** The same balance summed from the ledger itself, optionally up to a business date. */
export function ledgerBalance(core: Core, customerId: string, asOf?: string): number {
  const row = core.sqlite
    .prepare(`SELECT coalesce(SUM(amount), 0) AS s FROM ar_entries WHERE customer_id = ? AND (? IS NULL OR business_date <= ?)`)
    .get(customerId, asOf ?? null, asOf ?? null) as { s: number };
  return row.s;
}

export interface LedgerProblem {
  kind: 'balance' | 'open' | 'over_allocated';
  id: string;
  cached: number;
  derived: number;
}

/**
 * Every cached balance equals the sum of its entries; every cached open amount equals the item's entries minus its
 * allocations; no item is allocated beyond its amount. Empty means the books tie out.
 */
export function verifyLedger(core: Core): LedgerProblem[] {
  const balances = core.sqlite
    .prepare(
      `SELECT b.customer_id AS id, b.balance AS cached, coalesce((SELECT SUM(amount) FROM ar_entries e WHERE e.customer_id = b.customer_id), 0) AS derived
       FROM ar_balances b WHERE cached <> derived
       UNION ALL
       SELECT e.customer_id, 0, SUM(e.amount) FROM ar_entries e WHERE NOT EXISTS (SELECT 1 FROM ar_balances b WHERE b.customer_id = e.customer_id) GROUP BY e.customer_id`,
    )
    .all() as Omit<LedgerProblem, 'kind'>[];
  const open = core.sqlite
    .prepare(
      `SELECT o.item_id AS id, o.open AS cached,
         CASE WHEN o.side = 'debit'
           THEN (SELECT coalesce(SUM(amount),0) FROM ar_entries e WHERE e.item_id = o.item_id) - (SELECT coalesce(SUM(amount),0) FROM ar_allocations a WHERE a.debit_item_id = o.item_id)
           ELSE -(SELECT coalesce(SUM(amount),0) FROM ar_entries e WHERE e.item_id = o.item_id) - (SELECT coalesce(SUM(amount),0) FROM ar_allocations a WHERE a.credit_item_id = o.item_id)
         END AS derived
       FROM ar_item_open o WHERE cached <> derived`,
    )
    .all() as Omit<LedgerProblem, 'kind'>[];
  const over = core.sqlite
    .prepare(
      `SELECT i.id, i.amount AS cached, x.s AS derived FROM ar_items i JOIN (
         SELECT debit_item_id AS id, SUM(amount) AS s FROM ar_allocations GROUP BY debit_item_id
         UNION ALL SELECT credit_item_id, SUM(amount) FROM ar_allocations GROUP BY credit_item_id) x ON x.id = i.id
       WHERE x.s > i.amount OR x.s < 0`,
    )
    .all() as Omit<LedgerProblem, 'kind'>[];
  return [
    ...balances.map((p) => ({ ...p, kind: 'balance' as const })),
    ...open.map((p) => ({ ...p, kind: 'open' as const })),
    ...over.map((p) => ({ ...p, kind: 'over_allocated' as const })),
  ];
}
