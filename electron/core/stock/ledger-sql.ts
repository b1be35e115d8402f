// The ledger's statements, prepared once per database handle: a posting touches every line's balance and cost
// pool, and a stocktake or receipt may post thousands of lines.
import type { Statement } from 'better-sqlite3';
import type { Sqlite } from '../../../db/open';

export interface PoolRow {
  qty: number;
  value: number;
  lastInQty: number;
  lastInValue: number;
}

export interface LedgerStatements {
  balance: Statement<[string, string, string, number], { qty: number }>;
  updateBalance: Statement<[number, string, string, string, number]>;
  insertBalance: Statement<[string, string, string, number, number]>;
  pool: Statement<[string], PoolRow>;
  savePool: Statement<[string, number, number, number, number, string]>;
  insertMove: Statement<[string, string, string, string, number, string, string, string, number, number, number, string, string]>;
}

function prepare(sqlite: Sqlite): LedgerStatements {
  return {
    balance: sqlite.prepare(
      'SELECT qty FROM stock_balances WHERE warehouse_id = ? AND product_id = ? AND batch_id = ? AND in_transit = ?',
    ),
    // Not an upsert: SQLite checks CHECK(qty >= 0) on the row an upsert would insert, before it sees the conflict.
    updateBalance: sqlite.prepare(
      'UPDATE stock_balances SET qty = qty + ? WHERE warehouse_id = ? AND product_id = ? AND batch_id = ? AND in_transit = ?',
    ),
    insertBalance: sqlite.prepare('INSERT INTO stock_balances (warehouse_id, product_id, batch_id, in_transit, qty) VALUES (?, ?, ?, ?, ?)'),
    pool: sqlite.prepare(
      'SELECT qty, value, last_in_qty AS lastInQty, last_in_value AS lastInValue FROM stock_costs WHERE product_id = ?',
    ),
    savePool: sqlite.prepare(
      `INSERT INTO stock_costs (product_id, qty, value, last_in_qty, last_in_value, updated_at) VALUES (?, ?, ?, ?, ?, ?)
       ON CONFLICT (product_id) DO UPDATE SET qty = excluded.qty, value = excluded.value,
         last_in_qty = excluded.last_in_qty, last_in_value = excluded.last_in_value, updated_at = excluded.updated_at`,
    ),
    insertMove: sqlite.prepare(
      `INSERT INTO stock_moves (id, doc_id, doc_type, doc_number, line_no, warehouse_id, product_id, batch_id, in_transit,
         qty, value, business_date, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
  };
}

const cache = new WeakMap<Sqlite, LedgerStatements>();

export function ledgerStatements(sqlite: Sqlite): LedgerStatements {
  let s = cache.get(sqlite);
  if (!s) cache.set(sqlite, (s = prepare(sqlite)));
  return s;
}
