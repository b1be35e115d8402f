// Stock on hand per warehouse and product (batches summed), with goods in transit to the warehouse and their value
// at moving-average cost. The query the stock screen and the balance benchmark run.
import { prepared } from '../catalog/statements';
import type { Core } from '../shared/context';
import { mulDiv } from '../shared/money';

export interface BalanceFilter {
  warehouseId?: string;
  productId?: string;
  categoryId?: string;
  /** Matches name, SKU and pinyin (the catalog's search text). */
  search?: string;
  /** One row per product over all warehouses instead of one per warehouse and product. */
  allWarehouses?: boolean;
  includeZero?: boolean;
  limit?: number;
  offset?: number;
}

export interface BalanceRow {
  warehouseId: string | null;
  warehouseName: string | null;
  productId: string;
  sku: string;
  name: string;
  spec: string;
  baseUnit: string;
  qty: number;
  inTransit: number;
  /** qty valued at the product's moving-average cost, in fen. */
  value: number;
  /** Storage location (货位) in the warehouse; null over all warehouses or when none is set. */
  location: string | null;
}

interface RawRow extends Omit<BalanceRow, 'value'> {
  poolQty: number | null;
  poolValue: number | null;
}

export function stockBalances(core: Core, f: BalanceFilter = {}): { rows: BalanceRow[]; total: number } {
  const where: string[] = [];
  const args: (string | number)[] = [];
  if (f.warehouseId) {
    where.push('s.warehouse_id = ?');
    args.push(f.warehouseId);
  }
  if (f.productId) {
    where.push('s.product_id = ?');
    args.push(f.productId);
  }
  if (f.categoryId) {
    where.push('p.category_id = ?');
    args.push(f.categoryId);
  }
  if (f.search?.trim()) {
    where.push("p.search_text LIKE ? ESCAPE '\\'");
    args.push(`%${f.search.trim().toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
  }
  const perWarehouse = !f.allWarehouses;
  const group = perWarehouse ? 's.warehouse_id, s.product_id' : 's.product_id';
  const having = f.includeZero ? '' : 'HAVING sum(s.qty) > 0';
  // One pass: the total row count comes from a window over the grouped rows, the cost pool from one join.
  const rows = prepared(
    core,
    `SELECT ${perWarehouse ? 's.warehouse_id' : 'NULL'} AS warehouseId, ${perWarehouse ? 'w.name' : 'NULL'} AS warehouseName,
         s.product_id AS productId, p.sku, p.name, p.spec, p.base_unit AS baseUnit,
         sum(CASE WHEN s.in_transit = 0 THEN s.qty ELSE 0 END) AS qty,
         sum(CASE WHEN s.in_transit = 1 THEN s.qty ELSE 0 END) AS inTransit,
         c.qty AS poolQty, c.value AS poolValue, ${perWarehouse ? 'l.location' : 'NULL'} AS location, count(*) OVER () AS total
       FROM stock_balances s JOIN products p ON p.id = s.product_id
         ${perWarehouse ? 'JOIN warehouses w ON w.id = s.warehouse_id LEFT JOIN product_locations l ON l.warehouse_id = s.warehouse_id AND l.product_id = s.product_id' : ''}
         LEFT JOIN stock_costs c ON c.product_id = s.product_id
       ${where.length ? `WHERE ${where.join(' AND ')}` : ''} GROUP BY ${group} ${having}
       ORDER BY p.sku${perWarehouse ? ', w.name' : ''} LIMIT ? OFFSET ?`,
  ).all(...args, f.limit ?? 500, f.offset ?? 0) as (RawRow & { total: number })[];
  // A page past the end has no row to carry the total: count it on its own then.
  const total = rows[0]?.total ?? (f.offset ? countRows(core, where, args, group, having) : 0);
  return {
    total,
    rows: rows.map(({ poolQty, poolValue, total: _total, ...r }) => ({
      ...r,
      value: poolQty && poolValue ? mulDiv(poolValue, r.qty, poolQty) : 0,
    })),
  };
}

function countRows(core: Core, where: string[], args: (string | number)[], group: string, having: string): number {
  const sql = `SELECT count(*) AS n FROM (SELECT 1 FROM stock_balances s JOIN products p ON p.id = s.product_id
    ${where.length ? `WHERE ${where.join(' AND ')}` : ''} GROUP BY ${group} ${having})`;
  return (core.sqlite.prepare(sql).get(...args) as { n: number }).n;
}
