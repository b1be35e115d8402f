// Prices per product unit on each price list, in fen, kept inside the brand's price limits (限价).
import { and, asc, eq } from 'drizzle-orm';
import { priceLimits, priceLists, prices, productUnits } from '../../../db/schema';
import { atField, fieldError, underField } from '../imports/field-error';
import type { Actor, Core } from '../shared/context';
import { AppError } from '../shared/errors';
import { assertFen, formatYuan } from '../shared/money';
import { mutate } from '../shared/mutate';
import { getPriceList, listPriceLists, type PriceList } from './price-lists';
import { getProduct } from './products';
import type { ProductUnitView } from './product-rows';

export interface PriceEntry {
  priceListId: string;
  unitId: string;
  /** Fen; null removes the price. */
  price: number | null;
}

export interface PriceLimitView {
  unitId: string;
  minPrice: number | null;
  maxPrice: number | null;
}

/** The unit, which must belong to the product. */
export function unitOf(core: Core, productId: string, unitId: string): { id: string; name: string; factor: number } {
  const unit = core.db
    .select({ id: productUnits.id, name: productUnits.name, factor: productUnits.factor })
    .from(productUnits)
    .where(and(eq(productUnits.id, unitId), eq(productUnits.productId, productId)))
    .get();
  if (!unit) throw fieldError('unitId', 'UNIT_NOT_FOUND', { unit: unitId });
  return unit;
}

/** Refuses a price outside the brand's limit for that unit. */
export function checkWithinLimit(core: Core, unitId: string, price: number): void {
  const limit = core.db.select().from(priceLimits).where(eq(priceLimits.unitId, unitId)).get();
  if (limit?.minPrice != null && price < limit.minPrice) {
    throw new AppError('PRICE_BELOW_LIMIT', { price: formatYuan(price), min: formatYuan(limit.minPrice) });
  }
  if (limit?.maxPrice != null && price > limit.maxPrice) {
    throw new AppError('PRICE_ABOVE_LIMIT', { price: formatYuan(price), max: formatYuan(limit.maxPrice) });
  }
}

/** Sets or removes one price inside the caller's transaction. The unit must belong to the product. */
export function writePrice(core: Core, productId: string, entry: PriceEntry): void {
  atField('priceListId', () => getPriceList(core, entry.priceListId));
  unitOf(core, productId, entry.unitId);
  const key = and(eq(prices.priceListId, entry.priceListId), eq(prices.unitId, entry.unitId));
  if (entry.price === null) {
    core.db.delete(prices).where(key).run();
    return;
  }
  const price = entry.price;
  atField('price', () => {
    assertFen(price);
    if (price < 0) throw new AppError('MONEY_FORMAT', { value: formatYuan(price) });
    checkWithinLimit(core, entry.unitId, price);
  });
  const updatedAt = core.now().toISOString();
  core.db
    .insert(prices)
    .values({ priceListId: entry.priceListId, unitId: entry.unitId, productId, price: entry.price, updatedAt })
    .onConflictDoUpdate({ target: [prices.priceListId, prices.unitId], set: { price: entry.price, productId, updatedAt } })
    .run();
}

export function setPrices(core: Core, actor: Actor, input: { productId: string; prices: PriceEntry[] }): ProductPrices {
  return mutate(
    core,
    actor,
    () => ({ action: 'prices.set', entity: 'product', entityId: input.productId, data: { prices: input.prices } }),
    () => {
      getProduct(core, input.productId);
      input.prices.forEach((entry, i) => underField(`prices.${i}`, () => writePrice(core, input.productId, entry)));
      return pricesForProduct(core, input.productId);
    },
  );
}

export interface ProductPrices {
  productId: string;
  units: ProductUnitView[];
  lists: PriceList[];
  prices: { priceListId: string; unitId: string; price: number }[];
  limits: PriceLimitView[];
}

/** Everything a price editor shows for one product: its units, every price list, its prices and limits. */
export function pricesForProduct(core: Core, productId: string): ProductPrices {
  const product = getProduct(core, productId);
  return {
    productId,
    units: product.units,
    lists: listPriceLists(core),
    prices: core.db
      .select({ priceListId: prices.priceListId, unitId: prices.unitId, price: prices.price })
      .from(prices)
      .innerJoin(priceLists, eq(priceLists.id, prices.priceListId))
      .where(eq(prices.productId, productId))
      .orderBy(asc(priceLists.code))
      .all(),
    limits: core.db
      .select({ unitId: priceLimits.unitId, minPrice: priceLimits.minPrice, maxPrice: priceLimits.maxPrice })
      .from(priceLimits)
      .where(eq(priceLimits.productId, productId))
      .all(),
  };
}
