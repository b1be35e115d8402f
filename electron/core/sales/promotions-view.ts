// Promotions as the screens show them: header, product set and customer scope with names, tiers, status as of today.
import { stmt } from '../finance/statements-cache';
import type { Core } from '../shared/context';
import { businessDate } from '../shared/dates';
import { AppError } from '../shared/errors';

export type PromotionStatus = 'upcoming' | 'active' | 'ended';

export interface PromotionView {
  id: string;
  number: string;
  name: string;
  kind: 'gift' | 'tiered';
  status: PromotionStatus;
  startsOn: string;
  endsOn: string;
  /** Last day when ended early. */
  endedOn: string | null;
  basis: 'amount' | 'quantity' | null;
  unitId: string | null;
  /** The unit of buyQty and quantity thresholds ('' = base units) and its factor. */
  unitName: string;
  factor: number;
  gift: { buyQty: number; productId: string; productName: string; unitId: string | null; unitName: string; factor: number; qty: number } | null;
  tiers: { threshold: number; discountBp: number | null; discountFen: number | null }[];
  products: { id: string; name: string; sku: string }[];
  categories: { id: string; name: string }[];
  brands: { id: string; name: string }[];
  channels: string[];
  regions: string[];
  note: string;
  createdAt: string;
  updatedAt: string;
}

export type PromotionRow = Omit<PromotionView, 'gift' | 'tiers' | 'products' | 'categories' | 'brands' | 'channels' | 'regions' | 'note' | 'unitId' | 'basis'> & {
  basis: 'amount' | 'quantity' | null;
};

// Ended early before it started (ended_on < starts_on) it never applies: ended, not upcoming.
const STATUS = `CASE WHEN ended_on IS NOT NULL AND (ended_on < @today OR ended_on < starts_on) THEN 'ended'
  WHEN starts_on > @today THEN 'upcoming' WHEN ends_on < @today THEN 'ended' ELSE 'active' END`;

const HEADER = `SELECT p.id, p.number, p.name, p.kind, ${STATUS} AS status, p.starts_on AS startsOn, p.ends_on AS endsOn,
  p.ended_on AS endedOn, p.basis, p.unit_id AS unitId, p.unit_name AS unitName, p.factor, p.buy_qty AS buyQty,
  p.gift_product_id AS giftProductId, g.name AS giftProductName, p.gift_unit_id AS giftUnitId, p.gift_unit_name AS giftUnitName,
  p.gift_factor AS giftFactor, p.gift_qty AS giftQty, p.note, p.created_at AS createdAt, p.updated_at AS updatedAt
  FROM promotions p LEFT JOIN products g ON g.id = p.gift_product_id`;

const SCOPES = `SELECT s.kind, s.value, coalesce(pr.name, c.name, b.name, s.value) AS name, pr.sku
  FROM promotion_scopes s
  LEFT JOIN products pr ON s.kind = 'product' AND pr.id = s.value
  LEFT JOIN categories c ON s.kind = 'category' AND c.id = s.value
  LEFT JOIN brands b ON s.kind = 'brand' AND b.id = s.value
  WHERE s.promotion_id = ? ORDER BY s.kind, name`;

const today = (core: Core) => businessDate(core.now(), core.timeZone);

interface HeaderRow extends Omit<PromotionRow, 'gift'> {
  unitId: string | null;
  note: string;
  buyQty: number | null;
  giftProductId: string | null;
  giftProductName: string | null;
  giftUnitId: string | null;
  giftUnitName: string | null;
  giftFactor: number | null;
  giftQty: number | null;
}

export function getPromotion(core: Core, id: string): PromotionView {
  const h = stmt(core, `${HEADER} WHERE p.id = @id`).get({ today: today(core), id }) as HeaderRow | undefined;
  if (!h) throw new AppError('PROMOTION_NOT_FOUND');
  const scopes = stmt(core, SCOPES).all(id) as { kind: string; value: string; name: string; sku: string | null }[];
  const of = (kind: string) => scopes.filter((s) => s.kind === kind);
  const { buyQty, giftProductId, giftProductName, giftUnitId, giftUnitName, giftFactor, giftQty, ...header } = h;
  return {
    ...header,
    gift:
      h.kind === 'gift' && buyQty && giftProductId && giftQty
        ? { buyQty, productId: giftProductId, productName: giftProductName ?? '', unitId: giftUnitId, unitName: giftUnitName ?? '', factor: giftFactor ?? 1, qty: giftQty }
        : null,
    tiers: stmt(core, 'SELECT threshold, discount_bp AS discountBp, discount_fen AS discountFen FROM promotion_tiers WHERE promotion_id = ? ORDER BY threshold').all(
      id,
    ) as PromotionView['tiers'],
    products: of('product').map((s) => ({ id: s.value, name: s.name, sku: s.sku ?? '' })),
    categories: of('category').map((s) => ({ id: s.value, name: s.name })),
    brands: of('brand').map((s) => ({ id: s.value, name: s.name })),
    channels: of('channel').map((s) => s.value),
    regions: of('region').map((s) => s.value),
  };
}

export interface PromotionFilter {
  status?: PromotionStatus;
  kind?: 'gift' | 'tiered';
  search?: string;
  limit?: number;
  offset?: number;
}

/** Promotions newest number first, with their full view (a page holds at most a few hundred). */
export function listPromotions(core: Core, filter: PromotionFilter = {}): { rows: PromotionView[]; total: number } {
  const where: string[] = [];
  const params: Record<string, string | number> = { limit: filter.limit ?? 100, offset: filter.offset ?? 0 };
  const add = (cond: string, values: Record<string, string>) => {
    where.push(cond);
    Object.assign(params, values);
  };
  if (filter.status) add(`(${STATUS}) = @status`, { status: filter.status, today: today(core) });
  if (filter.kind) add('p.kind = @kind', { kind: filter.kind });
  if (filter.search) add('(p.name LIKE @search OR p.number LIKE @search)', { search: `%${filter.search.replace(/[%_]/g, '')}%` });
  const clause = where.length ? ` WHERE ${where.join(' AND ')}` : '';
  const { limit, offset, ...filters } = params;
  const total = (core.sqlite.prepare(`SELECT count(*) AS n FROM promotions p${clause}`).get(filters) as { n: number }).n;
  const ids = core.sqlite
    .prepare(`SELECT p.id FROM promotions p${clause} ORDER BY p.number DESC LIMIT @limit OFFSET @offset`)
    .all({ ...filters, limit, offset }) as { id: string }[];
  return { rows: ids.map((r) => getPromotion(core, r.id)), total };
}
