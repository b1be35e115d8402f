// The product facts warehouse documents need: name (for messages), shelf life (for expiry) and the unit a line
// was entered in with its factor to the base unit.
import { prepared } from '../catalog/statements';
import type { Core } from '../shared/context';
import { AppError } from '../shared/errors';

export interface StockProduct {
  id: string;
  sku: string;
  name: string;
  baseUnit: string;
  shelfLifeDays: number | null;
  brandId: string | null;
  categoryId: string | null;
}

export interface LineUnit {
  id: string;
  name: string;
  factor: number;
}

export function stockProduct(core: Core, productId: string): StockProduct {
  // Prepared once per connection: every scan and every document line reads its product.
  const row = prepared(
    core,
    `SELECT id, sku, name, base_unit AS baseUnit, shelf_life_days AS shelfLifeDays, brand_id AS brandId, category_id AS categoryId
     FROM products WHERE id = ?`,
  ).get(productId) as StockProduct | undefined;
  if (!row) throw new AppError('PRODUCT_NOT_FOUND');
  return row;
}

/** The unit a line is entered in: the given one (which must belong to the product), else the base unit. */
export function lineUnit(core: Core, product: StockProduct, unitId?: string | null): LineUnit {
  const unit = (
    unitId
      ? prepared(core, 'SELECT id, name, factor FROM product_units WHERE product_id = ? AND id = ?').get(product.id, unitId)
      : prepared(core, 'SELECT id, name, factor FROM product_units WHERE product_id = ? AND factor = 1').get(product.id)
  ) as LineUnit | undefined;
  if (!unit) throw new AppError('UNIT_NOT_FOUND', { unit: unitId ?? product.baseUnit });
  return unit;
}

/** Quantity in base units of a positive whole quantity in a unit; anything else is refused with the product named. */
export function toBase(product: StockProduct, qty: number, factor: number): number {
  if (!Number.isSafeInteger(qty) || qty <= 0) throw new AppError('STOCK_QTY_INVALID', { product: product.name, qty });
  const base = qty * factor;
  if (!Number.isSafeInteger(base)) throw new AppError('STOCK_QTY_INVALID', { product: product.name, qty });
  return base;
}
