// The price last ordered from the brand per packaging unit of a product: what a new purchase-order line starts at
// (the owner types over it). Cancelled orders do not count.
import type { Core } from '../shared/context';

export interface LastPurchasePrice {
  unitId: string;
  price: number;
  poNumber: string;
}

export function lastPurchasePrices(core: Core, productId: string): LastPurchasePrice[] {
  return core.sqlite
    .prepare(
      `SELECT unit_id AS unitId, price, number AS poNumber FROM (
         SELECT l.unit_id, l.price, o.number,
                ROW_NUMBER() OVER (PARTITION BY l.unit_id ORDER BY o.created_at DESC, l.line_no) AS rn
           FROM purchase_order_lines l JOIN purchase_orders o ON o.id = l.po_id
          WHERE l.product_id = ? AND o.status <> 'cancelled')
       WHERE rn = 1`,
    )
    .all(productId) as LastPurchasePrice[];
}
