// Which products a policy counts, and how many of its unit (箱) a base quantity makes. Loaded once per recompute.
import type { Core } from '../shared/context';
import type { Version } from './compute';

interface ProductInfo {
  brandId: string | null;
  categoryId: string | null;
  /** Factor per unit name. */
  factors: Map<string, number>;
}

export class Catalog {
  readonly products = new Map<string, ProductInfo>();
  private readonly children = new Map<string, string[]>();
  private readonly sets = new Map<string, Set<string>>();

  constructor(core: Core) {
    for (const p of core.sqlite.prepare('SELECT id, brand_id AS brandId, category_id AS categoryId FROM products').all() as { id: string; brandId: string | null; categoryId: string | null }[]) {
      this.products.set(p.id, { brandId: p.brandId, categoryId: p.categoryId, factors: new Map() });
    }
    for (const u of core.sqlite.prepare('SELECT product_id AS productId, name, factor FROM product_units').all() as { productId: string; name: string; factor: number }[]) {
      this.products.get(u.productId)?.factors.set(u.name, u.factor);
    }
    for (const c of core.sqlite.prepare('SELECT id, parent_id AS parentId FROM categories').all() as { id: string; parentId: string | null }[]) {
      if (c.parentId) this.children.set(c.parentId, [...(this.children.get(c.parentId) ?? []), c.id]);
    }
  }

  private withDescendants(ids: readonly string[]): Set<string> {
    const out = new Set<string>();
    const stack = [...ids];
    while (stack.length > 0) {
      const id = stack.pop()!;
      if (out.has(id)) continue;
      out.add(id);
      stack.push(...(this.children.get(id) ?? []));
    }
    return out;
  }

  /** The product ids a version counts: its products, categories (with subcategories) and brands; none = the policy's brand. */
  setOf(v: Pick<Version, 'id' | 'productIds' | 'categoryIds' | 'brandIds'>, policyBrandId: string): Set<string> {
    let set = this.sets.get(v.id);
    if (set) return set;
    const products = new Set(v.productIds);
    const categories = this.withDescendants(v.categoryIds);
    const brands = new Set(v.productIds.length + v.categoryIds.length + v.brandIds.length === 0 ? [policyBrandId] : v.brandIds);
    set = new Set<string>();
    for (const [id, p] of this.products) {
      if (products.has(id) || (p.categoryId !== null && categories.has(p.categoryId)) || (p.brandId !== null && brands.has(p.brandId))) set.add(id);
    }
    this.sets.set(v.id, set);
    return set;
  }

  /** Whole units of unitName in a base quantity (toward zero); a product without that unit counts base units. */
  units(productId: string, unitName: string, qtyBase: number): number {
    const factor = this.products.get(productId)?.factors.get(unitName) ?? 1;
    return Math.trunc(qtyBase / factor);
  }
}
