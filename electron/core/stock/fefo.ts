// First-expiring-first-out allocation of an outbound quantity over a warehouse's batches. Every outbound move that
// does not name its batch goes through here: transfers, van loads, and sales later.
import { prepared } from '../catalog/statements';
import type { Core } from '../shared/context';
import { businessDate } from '../shared/dates';
import { AppError } from '../shared/errors';
import { stockProduct } from './products';
import { warehouseName } from './warehouses';

export interface Allocation {
  batchId: string;
  batchNo: string;
  expiresOn: string | null;
  qty: number;
}

export interface FefoOptions {
  /** The day the goods leave (YYYY-MM-DD); batches whose expiry is before it cannot be allocated. Default today. */
  asOf?: string;
  /** Write-offs and damage may take expired stock (it is what they are for). */
  allowExpired?: boolean;
}

interface BatchStock {
  batchId: string;
  batchNo: string;
  expiresOn: string | null;
  qty: number;
}

/**
 * On-hand batches of a product in a warehouse in FEFO order: earliest expiry first, batches without a known expiry
 * last, then by production date and batch number so the order is stable.
 */
export function batchesInFefoOrder(core: Core, warehouseId: string, productId: string): BatchStock[] {
  return prepared(
    core,
    `SELECT s.batch_id AS batchId, b.batch_no AS batchNo, b.expires_on AS expiresOn, s.qty
       FROM stock_balances s JOIN batches b ON b.id = s.batch_id
       WHERE s.warehouse_id = ? AND s.product_id = ? AND s.in_transit = 0 AND s.qty > 0
       ORDER BY b.expires_on IS NULL, b.expires_on, b.produced_on IS NULL, b.produced_on, b.batch_no`,
  ).all(warehouseId, productId) as BatchStock[];
}

export function allocateFefo(core: Core, warehouseId: string, productId: string, qtyBase: number, opts: FefoOptions = {}): Allocation[] {
  const product = stockProduct(core, productId);
  if (!Number.isSafeInteger(qtyBase) || qtyBase <= 0) throw new AppError('STOCK_QTY_INVALID', { product: product.name, qty: qtyBase });
  const asOf = opts.asOf ?? businessDate(core.now(), core.timeZone);
  const out: Allocation[] = [];
  let left = qtyBase;
  let expired = 0;
  for (const b of batchesInFefoOrder(core, warehouseId, productId)) {
    if (!opts.allowExpired && b.expiresOn !== null && b.expiresOn < asOf) {
      expired += b.qty;
      continue;
    }
    if (left === 0) break;
    const take = Math.min(left, b.qty);
    out.push({ batchId: b.batchId, batchNo: b.batchNo, expiresOn: b.expiresOn, qty: take });
    left -= take;
  }
  if (left > 0) {
    const params = { warehouse: warehouseName(core, warehouseId), product: product.name, needed: qtyBase, available: qtyBase - left };
    throw expired > 0 ? new AppError('STOCK_EXPIRED_ONLY', { ...params, expired }) : new AppError('STOCK_INSUFFICIENT', params);
  }
  return out;
}
