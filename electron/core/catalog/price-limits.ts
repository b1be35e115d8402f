// The brand's price limits (限价): the lowest and highest price a unit may be sold at, in fen.
import { asc, eq } from 'drizzle-orm';
import { priceLimits, productUnits, products } from '../../../db/schema';
import { fieldError } from '../imports/field-error';
import type { Actor, Core } from '../shared/context';
import { assertFen } from '../shared/money';
import { mutate } from '../shared/mutate';
import { unitOf } from './prices';
import { getProduct } from './products';

export interface PriceLimitInput {
  productId: string;
  unitId: string;
  minPrice: number | null;
  maxPrice: number | null;
}

export interface PriceLimitRow {
  productId: string;
  sku: string;
  productName: string;
  unitId: string;
  unitName: string;
  factor: number;
  minPrice: number | null;
  maxPrice: number | null;
}

/** Sets a unit's limit inside the caller's transaction; both bounds null removes it. */
export function writePriceLimit(core: Core, input: PriceLimitInput): void {
  getProduct(core, input.productId);
  unitOf(core, input.productId, input.unitId);
  const { minPrice, maxPrice } = input;
  if (minPrice !== null) assertFen(minPrice);
  if (maxPrice !== null) assertFen(maxPrice);
  if (minPrice !== null && maxPrice !== null && minPrice > maxPrice) throw fieldError('minPrice', 'PRICE_LIMIT_ORDER');
  if (minPrice === null && maxPrice === null) {
    core.db.delete(priceLimits).where(eq(priceLimits.unitId, input.unitId)).run();
    return;
  }
  const updatedAt = core.now().toISOString();
  core.db
    .insert(priceLimits)
    .values({ unitId: input.unitId, productId: input.productId, minPrice, maxPrice, updatedAt })
    .onConflictDoUpdate({ target: priceLimits.unitId, set: { minPrice, maxPrice, updatedAt } })
    .run();
}

export function setPriceLimit(core: Core, actor: Actor, input: PriceLimitInput): PriceLimitRow[] {
  return mutate(
    core,
    actor,
    () => ({ action: 'priceLimits.set', entity: 'product', entityId: input.productId, data: input }),
    () => {
      writePriceLimit(core, input);
      return listPriceLimits(core, { productId: input.productId });
    },
  );
}

export function listPriceLimits(core: Core, input: { productId?: string } = {}): PriceLimitRow[] {
  const q = core.db
    .select({
      productId: priceLimits.productId,
      sku: products.sku,
      productName: products.name,
      unitId: priceLimits.unitId,
      unitName: productUnits.name,
      factor: productUnits.factor,
      minPrice: priceLimits.minPrice,
      maxPrice: priceLimits.maxPrice,
    })
    .from(priceLimits)
    .innerJoin(products, eq(products.id, priceLimits.productId))
    .innerJoin(productUnits, eq(productUnits.id, priceLimits.unitId));
  const filtered = input.productId ? q.where(eq(priceLimits.productId, input.productId)) : q;
  return filtered.orderBy(asc(products.sku), asc(productUnits.factor)).all();
}
