// The product facts warehouse documents need: name (for messages), shelf life (for expiry) and the unit a line
// was entered in with its factor to the base unit.
import { and, eq } from 'drizzle-orm';
import { productUnits, products } from '../../../db/schema';
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
  const row = core.db
    .select({
      id: products.id,
      sku: products.sku,
      name: products.name,
      baseUnit: products.baseUnit,
      shelfLifeDays: products.shelfLifeDays,
      brandId: products.brandId,
      categoryId: products.categoryId,
    })
    .from(products)
    .where(eq(products.id, productId))
    .get();
  if (!row) throw new AppError('PRODUCT_NOT_FOUND');
  return row;
}

/** The unit a line is entered in: the given one (which must belong to the product), else the base unit. */
export function lineUnit(core: Core, product: StockProduct, unitId?: string | null): LineUnit {
  const where = unitId
    ? and(eq(productUnits.productId, product.id), eq(productUnits.id, unitId))
    : and(eq(productUnits.productId, product.id), eq(productUnits.factor, 1));
  const unit = core.db.select({ id: productUnits.id, name: productUnits.name, factor: productUnits.factor }).from(productUnits).where(where).get();
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
