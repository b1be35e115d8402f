// What a gift is worth at the customer's price: the promotion cost recorded for it.
import { stmt } from '../finance/statements-cache';
import type { Core } from '../shared/context';
import { mulDiv } from '../shared/money';

/**
 * `units` of the gift unit (factor base units each) priced on the customer's price list: the gift unit's own price
 * if listed, else the price of another unit of the product scaled by base units (smallest unit first, half up);
 * 0 when the customer has no list or the product no price on it.
 */
export function giftValueFen(
  core: Core,
  priceListId: string | null,
  productId: string,
  unitId: string | null,
  factor: number,
  units: number,
): number {
  if (!priceListId) return 0;
  const rows = stmt(
    core,
    `SELECT p.unit_id AS unitId, p.price, u.factor FROM prices p JOIN product_units u ON u.id = p.unit_id
     WHERE p.price_list_id = ? AND p.product_id = ? ORDER BY u.factor, u.name`,
  ).all(priceListId, productId) as { unitId: string; price: number; factor: number }[];
  const own = rows.find((r) => r.unitId === unitId) ?? rows.find((r) => unitId === null && r.factor === factor);
  if (own) return own.price * units;
  const other = rows[0];
  return other ? mulDiv(other.price, units * factor, other.factor) : 0;
}
