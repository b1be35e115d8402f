// Stock by batch and expiry, and the near-expiry list (临期): batches on hand whose expiry falls within the
// configured number of days, expired ones included and marked.
import dayjs from 'dayjs';
import type { Core } from '../shared/context';
import { businessDate } from '../shared/dates';
import { nearExpiryDays } from './settings';

export interface BatchStockRow {
  warehouseId: string;
  warehouseName: string;
  productId: string;
  sku: string;
  name: string;
  baseUnit: string;
  batchId: string;
  batchNo: string;
  producedOn: string | null;
  expiresOn: string | null;
  qty: number;
  inTransit: number;
  /** Days from today to the expiry date (negative once expired); null when the expiry is unknown. */
  daysLeft: number | null;
  expired: boolean;
}

const SELECT = `SELECT s.warehouse_id AS warehouseId, w.name AS warehouseName, s.product_id AS productId, p.sku, p.name,
    p.base_unit AS baseUnit, s.batch_id AS batchId, b.batch_no AS batchNo, b.produced_on AS producedOn,
    b.expires_on AS expiresOn,
    sum(CASE WHEN s.in_transit = 0 THEN s.qty ELSE 0 END) AS qty,
    sum(CASE WHEN s.in_transit = 1 THEN s.qty ELSE 0 END) AS inTransit
  FROM stock_balances s JOIN batches b ON b.id = s.batch_id JOIN products p ON p.id = s.product_id
    JOIN warehouses w ON w.id = s.warehouse_id`;

const ORDER = 'ORDER BY b.expires_on IS NULL, b.expires_on, p.sku, w.name, b.batch_no';

function withDays(today: string, rows: Omit<BatchStockRow, 'daysLeft' | 'expired'>[]): BatchStockRow[] {
  const t = dayjs(today);
  return rows.map((r) => {
    const daysLeft = r.expiresOn === null ? null : dayjs(r.expiresOn).diff(t, 'day');
    return { ...r, daysLeft, expired: daysLeft !== null && daysLeft < 0 };
  });
}

export function stockByBatch(core: Core, f: { warehouseId?: string; productId?: string; limit?: number } = {}): BatchStockRow[] {
  const where = ['1 = 1'];
  const args: (string | number)[] = [];
  if (f.warehouseId) {
    where.push('s.warehouse_id = ?');
    args.push(f.warehouseId);
  }
  if (f.productId) {
    where.push('s.product_id = ?');
    args.push(f.productId);
  }
  const rows = core.sqlite
    .prepare(`${SELECT} WHERE ${where.join(' AND ')} GROUP BY s.warehouse_id, s.batch_id HAVING sum(s.qty) > 0 ${ORDER} LIMIT ?`)
    .all(...args, f.limit ?? 1000) as Omit<BatchStockRow, 'daysLeft' | 'expired'>[];
  return withDays(businessDate(core.now(), core.timeZone), rows);
}

/** Batches on hand expiring within `days` (default: the setting), expired ones included. */
export function nearExpiry(core: Core, f: { warehouseId?: string; days?: number; limit?: number } = {}): { days: number; rows: BatchStockRow[] } {
  const days = f.days ?? nearExpiryDays(core);
  const today = businessDate(core.now(), core.timeZone);
  const until = dayjs(today).add(days, 'day').format('YYYY-MM-DD');
  const where = ['s.in_transit = 0', 'b.expires_on IS NOT NULL', 'b.expires_on <= ?'];
  const args: (string | number)[] = [until];
  if (f.warehouseId) {
    where.push('s.warehouse_id = ?');
    args.push(f.warehouseId);
  }
  const rows = core.sqlite
    .prepare(`${SELECT} WHERE ${where.join(' AND ')} GROUP BY s.warehouse_id, s.batch_id HAVING sum(s.qty) > 0 ${ORDER} LIMIT ?`)
    .all(...args, f.limit ?? 1000) as Omit<BatchStockRow, 'daysLeft' | 'expired'>[];
  return { days, rows: withDays(today, rows) };
}
