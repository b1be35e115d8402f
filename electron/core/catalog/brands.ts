// Brands (品牌): the makers the distributor buys from. Names are unique; the code defaults to pinyin initials.
import { asc, eq } from 'drizzle-orm';
import { brands } from '../../../db/schema';
import { fieldError } from '../imports/field-error';
import type { Actor, Core } from '../shared/context';
import { AppError } from '../shared/errors';
import { newId } from '../shared/ids';
import { mutate } from '../shared/mutate';
import { refreshBrandProductsText } from './product-text';
import { pinyinKeys } from './search-text';

export interface Brand {
  id: string;
  code: string;
  name: string;
}

export function listBrands(core: Core): Brand[] {
  return core.db.select({ id: brands.id, code: brands.code, name: brands.name }).from(brands).orderBy(asc(brands.code)).all();
}

export function getBrand(core: Core, id: string): Brand {
  const row = core.db.select({ id: brands.id, code: brands.code, name: brands.name }).from(brands).where(eq(brands.id, id)).get();
  if (!row) throw new AppError('BRAND_NOT_FOUND');
  return row;
}

export const brandByName = (core: Core, name: string): Brand | undefined =>
  core.db.select({ id: brands.id, code: brands.code, name: brands.name }).from(brands).where(eq(brands.name, name.trim())).get();

const brandByCode = (core: Core, code: string) =>
  core.db.select({ id: brands.id, name: brands.name }).from(brands).where(eq(brands.code, code)).get();

/** A free code for a new brand: its pinyin initials in capitals (可口可乐 → KKKL), numbered on collision. */
function suggestCode(core: Core, name: string): string {
  const initials = pinyinKeys(name)[0] ?? name;
  const base = initials.toUpperCase().replace(/[^A-Z0-9]/g, '').slice(0, 12) || 'BRAND';
  for (let n = 1; ; n++) {
    const code = n === 1 ? base : `${base}${n}`;
    if (!brandByCode(core, code)) return code;
  }
}

function checkFree(core: Core, id: string | null, code: string, name: string): void {
  const sameName = brandByName(core, name);
  if (sameName && sameName.id !== id) throw fieldError('name', 'BRAND_NAME_TAKEN', { name });
  const sameCode = brandByCode(core, code);
  if (sameCode && sameCode.id !== id) throw fieldError('code', 'BRAND_CODE_TAKEN', { code, name: sameCode.name });
}

/** Inserts a brand inside the caller's transaction. */
export function insertBrand(core: Core, input: { code?: string; name: string }): Brand {
  const name = input.name.trim();
  const code = input.code?.trim().toUpperCase() || suggestCode(core, name);
  checkFree(core, null, code, name);
  const row = { id: newId(), code, name };
  core.db.insert(brands).values({ ...row, createdAt: core.now().toISOString() }).run();
  return row;
}

/** The brand with this name, created when missing (imports name brands, they do not pick them). */
export function ensureBrand(core: Core, name: string): Brand {
  return brandByName(core, name) ?? insertBrand(core, { name });
}

export function createBrand(core: Core, actor: Actor, input: { code?: string; name: string }): Brand {
  return mutate(
    core,
    actor,
    (b) => ({ action: 'brands.create', entity: 'brand', entityId: b.id, data: b }),
    () => insertBrand(core, input),
  );
}

export function updateBrand(core: Core, actor: Actor, input: { id: string; code: string; name: string }): Brand {
  return mutate(
    core,
    actor,
    (b) => ({ action: 'brands.update', entity: 'brand', entityId: b.id, data: b }),
    () => {
      getBrand(core, input.id);
      const row = { id: input.id, code: input.code.trim().toUpperCase(), name: input.name.trim() };
      checkFree(core, row.id, row.code, row.name);
      core.db.update(brands).set({ code: row.code, name: row.name }).where(eq(brands.id, row.id)).run();
      refreshBrandProductsText(core, row.id);
      return row;
    },
  );
}
