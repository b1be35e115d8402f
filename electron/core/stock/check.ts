// Recomputes every cached figure from the ledger: each balance must equal the sum of its moves, each cost pool the
// sums of its product's moves, nothing may be negative, and an empty pool holds no value.
import type { Core } from '../shared/context';

export interface BalanceMismatch {
  warehouseId: string;
  productId: string;
  batchId: string;
  inTransit: number;
  cached: number | null;
  ledger: number | null;
}

export interface PoolMismatch {
  productId: string;
  cachedQty: number | null;
  cachedValue: number | null;
  ledgerQty: number | null;
  ledgerValue: number | null;
}

export interface LedgerCheck {
  ok: boolean;
  balances: BalanceMismatch[];
  pools: PoolMismatch[];
  /** Balances below zero (the CHECK constraint should make this impossible). */
  negative: number;
  /** Pools with value but no quantity, or negative value. */
  badPools: number;
}

const LIMIT = 100;

export function checkLedger(core: Core): LedgerCheck {
  const balances = core.sqlite
    .prepare<[], BalanceMismatch>(
      `WITH l AS (SELECT warehouse_id, product_id, batch_id, in_transit, sum(qty) AS qty
                  FROM stock_moves GROUP BY warehouse_id, product_id, batch_id, in_transit)
       SELECT coalesce(b.warehouse_id, l.warehouse_id) AS warehouseId, coalesce(b.product_id, l.product_id) AS productId,
              coalesce(b.batch_id, l.batch_id) AS batchId, coalesce(b.in_transit, l.in_transit) AS inTransit,
              b.qty AS cached, l.qty AS ledger
       FROM stock_balances b FULL OUTER JOIN l
         ON l.warehouse_id = b.warehouse_id AND l.product_id = b.product_id AND l.batch_id = b.batch_id AND l.in_transit = b.in_transit
       WHERE coalesce(b.qty, 0) <> coalesce(l.qty, 0) LIMIT ${LIMIT}`,
    )
    .all();
  const pools = core.sqlite
    .prepare<[], PoolMismatch>(
      `WITH l AS (SELECT product_id, sum(qty) AS qty, sum(value) AS value FROM stock_moves GROUP BY product_id)
       SELECT coalesce(c.product_id, l.product_id) AS productId, c.qty AS cachedQty, c.value AS cachedValue,
              l.qty AS ledgerQty, l.value AS ledgerValue
       FROM stock_costs c FULL OUTER JOIN l ON l.product_id = c.product_id
       WHERE coalesce(c.qty, 0) <> coalesce(l.qty, 0) OR coalesce(c.value, 0) <> coalesce(l.value, 0) LIMIT ${LIMIT}`,
    )
    .all();
  const negative = (core.sqlite.prepare('SELECT count(*) AS n FROM stock_balances WHERE qty < 0').get() as { n: number }).n;
  const badPools = (
    core.sqlite.prepare('SELECT count(*) AS n FROM stock_costs WHERE value < 0 OR (qty = 0 AND value <> 0) OR qty < 0').get() as { n: number }
  ).n;
  return { ok: balances.length === 0 && pools.length === 0 && negative === 0 && badPools === 0, balances, pools, negative, badPools };
}
