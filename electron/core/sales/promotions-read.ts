// The promotions in force on a business date, with their product sets resolved against the products of one order.
import { stmt } from '../finance/statements-cache';
import type { Core } from '../shared/context';

export interface ActiveTier {
  threshold: number;
  discountBp: number | null;
  discountFen: number | null;
}

export interface ActivePromotion {
  id: string;
  number: string;
  kind: 'gift' | 'tiered';
  basis: 'amount' | 'quantity' | null;
  factor: number;
  /** The order's products that are in the promotion's product set. */
  productIds: Set<string>;
  channels: string[];
  regions: string[];
  /** Ascending by threshold. */
  tiers: ActiveTier[];
  gift: { buyQty: number; productId: string; unitId: string | null; factor: number; giftQty: number } | null;
}

interface PromoRow {
  id: string;
  number: string;
  kind: 'gift' | 'tiered';
  basis: 'amount' | 'quantity' | null;
  factor: number;
  buyQty: number | null;
  giftProductId: string | null;
  giftUnitId: string | null;
  giftFactor: number | null;
  giftQty: number | null;
}

const IN_FORCE = `SELECT id, number, kind, basis, factor, buy_qty AS buyQty, gift_product_id AS giftProductId,
  gift_unit_id AS giftUnitId, gift_factor AS giftFactor, gift_qty AS giftQty
  FROM promotions WHERE starts_on <= @d AND ends_on >= @d AND (ended_on IS NULL OR ended_on >= @d) ORDER BY number`;

/** A product's brand and its category with every ancestor category (a category promotion covers sub-categories). */
function productKeys(core: Core, productIds: readonly string[]): Map<string, { brand: string | null; categories: string[] }> {
  const parents = new Map(
    (stmt(core, 'SELECT id, parent_id AS parentId FROM categories').all() as { id: string; parentId: string | null }[]).map((c) => [
      c.id,
      c.parentId,
    ]),
  );
  const q = stmt(core, 'SELECT brand_id AS brandId, category_id AS categoryId FROM products WHERE id = ?');
  const out = new Map<string, { brand: string | null; categories: string[] }>();
  for (const id of new Set(productIds)) {
    const p = q.get(id) as { brandId: string | null; categoryId: string | null } | undefined;
    const categories: string[] = [];
    for (let c = p?.categoryId ?? null; c && !categories.includes(c); c = parents.get(c) ?? null) categories.push(c);
    out.set(id, { brand: p?.brandId ?? null, categories });
  }
  return out;
}

export function activePromotions(core: Core, businessDate: string, productIds: readonly string[]): ActivePromotion[] {
  const rows = stmt(core, IN_FORCE).all({ d: businessDate }) as PromoRow[];
  if (rows.length === 0 || productIds.length === 0) return [];
  const keys = productKeys(core, productIds);
  const scopeQ = stmt(core, 'SELECT kind, value FROM promotion_scopes WHERE promotion_id = ?');
  const tierQ = stmt(
    core,
    'SELECT threshold, discount_bp AS discountBp, discount_fen AS discountFen FROM promotion_tiers WHERE promotion_id = ? ORDER BY threshold',
  );
  return rows.map((r) => {
    const scopes = scopeQ.all(r.id) as { kind: string; value: string }[];
    const of = (kind: string) => new Set(scopes.filter((s) => s.kind === kind).map((s) => s.value));
    const [products, brands, categories] = [of('product'), of('brand'), of('category')];
    const members = [...keys].filter(
      ([id, k]) => products.has(id) || (k.brand !== null && brands.has(k.brand)) || k.categories.some((c) => categories.has(c)),
    );
    return {
      id: r.id,
      number: r.number,
      kind: r.kind,
      basis: r.basis,
      factor: r.factor,
      productIds: new Set(members.map(([id]) => id)),
      channels: [...of('channel')],
      regions: [...of('region')],
      tiers: tierQ.all(r.id) as ActiveTier[],
      gift:
        r.kind === 'gift' && r.buyQty && r.giftProductId && r.giftQty
          ? { buyQty: r.buyQty, productId: r.giftProductId, unitId: r.giftUnitId, factor: r.giftFactor ?? 1, giftQty: r.giftQty }
          : null,
    };
  });
}
