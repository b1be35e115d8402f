// A product's stored search text: its name, SKU and brand name, each with pinyin initials and full pinyin.
import { eq } from 'drizzle-orm';
import { brands, products } from '../../../db/schema';
import type { Core } from '../shared/context';
import { searchTextFor } from './search-text';

/** The spec (500ml*24瓶) is left out: its 瓶/箱 would add pinyin noise to every loose-initials search. */
export const productSearchText = (p: { name: string; sku: string; brandName?: string | null }): string =>
  searchTextFor([p.name, p.sku, p.brandName]);

/** Re-computes search text of every product of a brand after the brand was renamed. */
export function refreshBrandProductsText(core: Core, brandId: string): void {
  const brand = core.db.select({ name: brands.name }).from(brands).where(eq(brands.id, brandId)).get();
  const rows = core.db.select({ id: products.id, name: products.name, sku: products.sku }).from(products).where(eq(products.brandId, brandId)).all();
  for (const r of rows) {
    core.db.update(products).set({ searchText: productSearchText({ ...r, brandName: brand?.name }) }).where(eq(products.id, r.id)).run();
  }
}
