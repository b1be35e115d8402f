// Price lists (价格表): 批发价, KA价, 零售价 … each customer is on one; prices are per product unit.
import { asc, eq, or } from 'drizzle-orm';
import { priceLists } from '../../../db/schema';
import { fieldError } from '../imports/field-error';
import type { Actor, Core } from '../shared/context';
import { AppError } from '../shared/errors';
import { newId } from '../shared/ids';
import { mutate } from '../shared/mutate';

export interface PriceList {
  id: string;
  code: string;
  name: string;
}

const columns = { id: priceLists.id, code: priceLists.code, name: priceLists.name };

export function listPriceLists(core: Core): PriceList[] {
  return core.db.select(columns).from(priceLists).orderBy(asc(priceLists.code)).all();
}

export function getPriceList(core: Core, id: string): PriceList {
  const row = core.db.select(columns).from(priceLists).where(eq(priceLists.id, id)).get();
  if (!row) throw new AppError('PRICE_LIST_NOT_FOUND');
  return row;
}

/** A price list named by its code or its name, as people write it in a spreadsheet. */
export const priceListByCodeOrName = (core: Core, text: string): PriceList | undefined =>
  core.db
    .select(columns)
    .from(priceLists)
    .where(or(eq(priceLists.code, text.trim()), eq(priceLists.name, text.trim())))
    .get();

export function insertPriceList(core: Core, input: { code: string; name: string }): PriceList {
  const row = { id: newId(), code: input.code.trim(), name: input.name.trim() };
  for (const [field, value] of [
    ['code', row.code],
    ['name', row.name],
  ] as const) {
    const taken = core.db.select({ id: priceLists.id }).from(priceLists).where(eq(priceLists[field], value)).get();
    if (taken) throw fieldError(field, 'PRICE_LIST_TAKEN', { value });
  }
  core.db.insert(priceLists).values({ ...row, createdAt: core.now().toISOString() }).run();
  return row;
}

export function createPriceList(core: Core, actor: Actor, input: { code: string; name: string }): PriceList {
  return mutate(
    core,
    actor,
    (l) => ({ action: 'priceLists.create', entity: 'priceList', entityId: l.id, data: l }),
    () => insertPriceList(core, input),
  );
}
