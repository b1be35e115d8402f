// Store rebates paid as goods (返利货) on a sales order. The owner's store policy pays out a goods entitlement
// (electron/core/rebates/store.ts); a later order carries it as a zero-price gift line marked rebate_goods. Adding
// the line checks the store is owed that much; the entitlement is used when the goods actually leave (inside the
// delivery's transaction) and given back when the delivery is reversed. All calls run in the caller's transaction.
import { prepared } from '../catalog/statements';
import { consumeGoodsEntitlement, goodsOwed, releaseGoodsEntitlement } from '../rebates/store';
import type { Actor, Core } from '../shared/context';
import { AppError } from '../shared/errors';
import type { LineRow, OrderRow } from './orders-read';

/** Every rebate-goods product on the order still to deliver is covered by what the store is owed. */
export function assertRebateGoodsOwed(core: Core, order: Pick<OrderRow, 'id' | 'customerId'>): void {
  const open = prepared(
    core,
    `SELECT l.product_id AS productId, p.name, sum(l.qty_base - l.delivered_qty_base) AS qty
       FROM sales_order_lines l JOIN products p ON p.id = l.product_id
      WHERE l.order_id = ? AND l.rebate_goods = 1 GROUP BY l.product_id, p.name`,
  ).all(order.id) as { productId: string; name: string; qty: number }[];
  for (const o of open) {
    const owed = goodsOwed(core, order.customerId, o.productId).reduce((a, g) => a + g.remainingQty, 0);
    if (o.qty > owed) throw new AppError('REBATE_ENTITLEMENT_LOW', { product: o.name, available: owed, needed: o.qty });
  }
}

/** The delivery uses the entitlement for the rebate-goods quantities it takes. */
export function useRebateGoods(core: Core, actor: Actor | null, order: Pick<OrderRow, 'id' | 'number' | 'customerId'>, takes: readonly { line: LineRow; qtyBase: number }[]): void {
  for (const t of takes) {
    if (!t.line.rebateGoods || t.qtyBase <= 0) continue;
    consumeGoodsEntitlement(core, actor, { customerId: order.customerId, productId: t.line.productId, qtyBase: t.qtyBase, orderId: order.id, orderNo: order.number });
  }
}

/** A reversed order gives back what its deliveries used. */
export function releaseRebateGoods(core: Core, actor: Actor | null, orderId: string): void {
  releaseGoodsEntitlement(core, actor, { orderId });
}
