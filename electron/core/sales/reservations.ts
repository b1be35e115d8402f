// Stock reserved for confirmed orders (预留). Available to a new order = sellable on hand (on the shelves, not in
// transit, not expired as of the day) − reserved by other orders. Reservations are per order line and product, not
// per batch: the batches are chosen first-expiring-first when the goods actually leave.
import { prepared } from '../catalog/statements';
import type { Core } from '../shared/context';
import { businessDate } from '../shared/dates';
import { AppError } from '../shared/errors';
import { stockProduct } from '../stock/products';
import { warehouseName } from '../stock/warehouses';
import type { LineRow, OrderRow } from './orders-read';

/** On hand that may be sold on `asOf`: expired batches never count. */
export function sellableOnHand(core: Core, warehouseId: string, productId: string, asOf: string): number {
  return (
    prepared(
      core,
      `SELECT coalesce(SUM(s.qty), 0) AS q FROM stock_balances s JOIN batches b ON b.id = s.batch_id
       WHERE s.warehouse_id = ? AND s.product_id = ? AND s.in_transit = 0 AND (b.expires_on IS NULL OR b.expires_on >= ?)`,
    ).get(warehouseId, productId, asOf) as { q: number }
  ).q;
}

export function reservedQty(core: Core, warehouseId: string, productId: string, exceptOrderId: string | null = null): number {
  return (
    prepared(core, 'SELECT coalesce(SUM(qty_base), 0) AS q FROM stock_reservations WHERE warehouse_id = ? AND product_id = ? AND order_id IS NOT ?').get(
      warehouseId,
      productId,
      exceptOrderId,
    ) as { q: number }
  ).q;
}

/** What a new order could take now. */
export function availableQty(core: Core, warehouseId: string, productId: string, asOf = businessDate(core.now(), core.timeZone)): number {
  return sellableOnHand(core, warehouseId, productId, asOf) - reservedQty(core, warehouseId, productId);
}

/** Reserves every line of a confirmed order, or refuses naming the first product that is short. */
export function reserveOrder(core: Core, order: OrderRow, lines: readonly LineRow[]): void {
  const asOf = businessDate(core.now(), core.timeZone);
  const need = new Map<string, number>();
  for (const l of lines) need.set(l.productId, (need.get(l.productId) ?? 0) + l.qtyBase - l.deliveredQtyBase);
  for (const [productId, needed] of need) {
    const onHand = sellableOnHand(core, order.warehouseId, productId, asOf);
    const reserved = reservedQty(core, order.warehouseId, productId, order.id);
    if (needed > onHand - reserved) {
      throw new AppError('SALES_RESERVE_SHORT', {
        warehouse: warehouseName(core, order.warehouseId),
        product: stockProduct(core, productId).name,
        needed,
        available: Math.max(0, onHand - reserved),
        onHand,
        reserved,
      });
    }
  }
  const insert = prepared(
    core,
    'INSERT INTO stock_reservations (line_id, order_id, warehouse_id, product_id, qty_base, created_at) VALUES (?, ?, ?, ?, ?, ?)',
  );
  const now = core.now().toISOString();
  for (const l of lines) {
    const qty = l.qtyBase - l.deliveredQtyBase;
    if (qty > 0) insert.run(l.id, order.id, order.warehouseId, l.productId, qty, now);
  }
}

/** A delivery took `qty` of a line: that much is no longer held. */
export function consumeReservation(core: Core, lineId: string, qty: number): void {
  // Delete first: after the update a remaining quantity may be no more than qty and must not be deleted.
  prepared(core, 'DELETE FROM stock_reservations WHERE line_id = ? AND qty_base <= ?').run(lineId, qty);
  prepared(core, 'UPDATE stock_reservations SET qty_base = qty_base - ? WHERE line_id = ? AND qty_base > ?').run(qty, lineId, qty);
}

export function releaseOrder(core: Core, orderId: string): void {
  prepared(core, 'DELETE FROM stock_reservations WHERE order_id = ?').run(orderId);
}
