// Creating, changing (only before it starts), ending and reading promotions. The owner manages; everyone reads.
// A promotion that has started is never changed: orders were priced with it, and claims to the brand quote it. It is
// ended (its last day recorded) and a new one created.
import { and, eq, inArray } from 'drizzle-orm';
import { brands, categories, productUnits, products, promotionScopes, promotionTiers, promotions } from '../../../db/schema';
import { atField, fieldError, underField } from '../imports/field-error';
import type { Actor, Core } from '../shared/context';
import { businessDate } from '../shared/dates';
import { nextDocNumber } from '../shared/doc-numbers';
import { AppError } from '../shared/errors';
import { newId } from '../shared/ids';
import { writeOutbox } from '../shared/journal';
import { mutate } from '../shared/mutate';
import { assertBusinessDate } from '../shared/period-lock';
import { getPromotion, type PromotionView } from './promotions-view';

export interface PromotionTierDraft {
  threshold: number;
  discountBp?: number | null;
  discountFen?: number | null;
}

export interface PromotionDraft {
  name: string;
  kind: 'gift' | 'tiered';
  startsOn: string;
  endsOn: string;
  productIds?: string[];
  categoryIds?: string[];
  brandIds?: string[];
  channels?: string[];
  regions?: string[];
  unitId?: string | null;
  gift?: { buyQty: number; productId: string; unitId?: string | null; qty: number } | null;
  basis?: 'amount' | 'quantity' | null;
  tiers?: PromotionTierDraft[];
  note?: string;
}

const today = (core: Core) => businessDate(core.now(), core.timeZone);
const positive = (n: number | null | undefined): n is number => Number.isSafeInteger(n) && (n as number) >= 1;

function unitRow(core: Core, unitId: string, productId?: string) {
  const u = core.db
    .select({ id: productUnits.id, name: productUnits.name, factor: productUnits.factor, productId: productUnits.productId })
    .from(productUnits)
    .where(productId ? and(eq(productUnits.id, unitId), eq(productUnits.productId, productId)) : eq(productUnits.id, unitId))
    .get();
  if (!u) throw new AppError('UNIT_NOT_FOUND', { unit: unitId });
  return u;
}

function requireAll(core: Core, field: string, ids: string[], table: typeof products | typeof brands | typeof categories, code: 'PRODUCT_NOT_FOUND' | 'BRAND_NOT_FOUND' | 'CATEGORY_NOT_FOUND') {
  if (ids.length === 0) return;
  const found = new Set(core.db.select({ id: table.id }).from(table).where(inArray(table.id, ids)).all().map((r) => r.id));
  ids.forEach((id, i) => {
    if (!found.has(id)) throw fieldError(`${field}.${i}`, code);
  });
}

const uniq = (xs: readonly string[] | undefined) => [...new Set((xs ?? []).map((x) => x.trim()).filter(Boolean))];

/** Checks a draft and turns it into the rows to write (inside the caller's transaction). */
function rowsOf(core: Core, d: PromotionDraft) {
  const name = d.name.trim();
  atField('startsOn', () => assertBusinessDate(d.startsOn));
  atField('endsOn', () => assertBusinessDate(d.endsOn));
  if (d.endsOn < d.startsOn) throw fieldError('endsOn', 'PROMOTION_PERIOD', { startsOn: d.startsOn, endsOn: d.endsOn });
  if (d.startsOn < today(core)) throw fieldError('startsOn', 'PROMOTION_STARTS_PAST', { startsOn: d.startsOn, today: today(core) });
  const set = { product: uniq(d.productIds), category: uniq(d.categoryIds), brand: uniq(d.brandIds) };
  if (set.product.length + set.category.length + set.brand.length === 0) throw fieldError('productIds', 'PROMOTION_PRODUCT_SET_EMPTY');
  requireAll(core, 'productIds', set.product, products, 'PRODUCT_NOT_FOUND');
  requireAll(core, 'categoryIds', set.category, categories, 'CATEGORY_NOT_FOUND');
  requireAll(core, 'brandIds', set.brand, brands, 'BRAND_NOT_FOUND');
  const unit = d.unitId ? atField('unitId', () => unitRow(core, d.unitId as string)) : null;

  let gift = null;
  if (d.kind === 'gift') {
    const g = d.gift;
    if (!g || !positive(g.buyQty) || !positive(g.qty) || !g.productId) throw fieldError('gift', 'PROMOTION_GIFT_REQUIRED');
    requireAll(core, 'gift.productId', [g.productId], products, 'PRODUCT_NOT_FOUND');
    const gu = g.unitId ? atField('gift.unitId', () => unitRow(core, g.unitId as string, g.productId)) : null;
    const baseUnit = core.db.select({ baseUnit: products.baseUnit }).from(products).where(eq(products.id, g.productId)).get();
    gift = { buyQty: g.buyQty, productId: g.productId, unitId: gu?.id ?? null, unitName: gu?.name ?? baseUnit?.baseUnit ?? '', factor: gu?.factor ?? 1, qty: g.qty };
  }

  const tiers: { threshold: number; discountBp: number | null; discountFen: number | null }[] = [];
  if (d.kind === 'tiered') {
    if (!d.tiers || d.tiers.length === 0) throw fieldError('tiers', 'PROMOTION_TIERS_EMPTY');
    d.tiers.forEach((t, i) =>
      underField(`tiers.${i}`, () => {
        const bp = t.discountBp ?? null;
        const off = t.discountFen ?? null;
        if (!positive(t.threshold)) throw fieldError('threshold', 'PROMOTION_TIER_DISCOUNT');
        if ((bp === null) === (off === null) || (bp !== null && (!positive(bp) || bp > 10000)) || (off !== null && !positive(off))) {
          throw fieldError(bp !== null ? 'discountBp' : 'discountFen', 'PROMOTION_TIER_DISCOUNT');
        }
        if (tiers.some((x) => x.threshold === t.threshold)) throw fieldError('threshold', 'PROMOTION_TIER_DUPLICATE', { threshold: t.threshold });
        tiers.push({ threshold: t.threshold, discountBp: bp, discountFen: off });
      }),
    );
    tiers.sort((a, b) => a.threshold - b.threshold);
  }

  const scopes = [
    ...(['product', 'category', 'brand'] as const).flatMap((kind) => set[kind].map((value) => ({ kind, value }))),
    ...uniq(d.channels).map((value) => ({ kind: 'channel' as const, value })),
    ...uniq(d.regions).map((value) => ({ kind: 'region' as const, value })),
  ];
  const header = {
    name,
    kind: d.kind,
    startsOn: d.startsOn,
    endsOn: d.endsOn,
    basis: d.kind === 'tiered' ? (d.basis ?? 'amount') : null,
    unitId: unit?.id ?? null,
    unitName: unit?.name ?? '',
    factor: unit?.factor ?? 1,
    buyQty: gift?.buyQty ?? null,
    giftProductId: gift?.productId ?? null,
    giftUnitId: gift?.unitId ?? null,
    giftUnitName: gift?.unitName ?? null,
    giftFactor: gift?.factor ?? null,
    giftQty: gift?.qty ?? null,
    note: (d.note ?? '').trim(),
  };
  return { header, scopes, tiers };
}

function writeChildren(core: Core, id: string, rows: ReturnType<typeof rowsOf>): void {
  core.db.delete(promotionScopes).where(eq(promotionScopes.promotionId, id)).run();
  core.db.delete(promotionTiers).where(eq(promotionTiers.promotionId, id)).run();
  if (rows.scopes.length) core.db.insert(promotionScopes).values(rows.scopes.map((s) => ({ promotionId: id, ...s }))).run();
  if (rows.tiers.length) core.db.insert(promotionTiers).values(rows.tiers.map((t) => ({ promotionId: id, ...t }))).run();
}

export function createPromotion(core: Core, actor: Actor, draft: PromotionDraft): PromotionView {
  return mutate(
    core,
    actor,
    (p) => ({ action: 'promotions.create', entity: 'promotion', entityId: p.id, data: draft }),
    () => {
      const rows = rowsOf(core, draft);
      const id = newId();
      const at = core.now().toISOString();
      const number = nextDocNumber(core, 'PM', today(core));
      core.db.insert(promotions).values({ id, number, ...rows.header, createdBy: actor.userId, createdAt: at, updatedAt: at }).run();
      writeChildren(core, id, rows);
      const view = getPromotion(core, id);
      writeOutbox(core, 'sales.promotion.created', id, view);
      return view;
    },
  );
}

/** Changes a promotion that has not started yet (starts after today). */
export function updatePromotion(core: Core, actor: Actor, input: PromotionDraft & { id: string }): PromotionView {
  return mutate(
    core,
    actor,
    (p) => ({ action: 'promotions.update', entity: 'promotion', entityId: p.id, data: input }),
    () => {
      const before = getPromotion(core, input.id);
      if (before.endedOn) throw new AppError('PROMOTION_ALREADY_ENDED', { number: before.number });
      if (before.status !== 'upcoming') throw new AppError('PROMOTION_STARTED', { number: before.number, startsOn: before.startsOn });
      const rows = rowsOf(core, input);
      core.db.update(promotions).set({ ...rows.header, updatedAt: core.now().toISOString() }).where(eq(promotions.id, input.id)).run();
      writeChildren(core, input.id, rows);
      const view = getPromotion(core, input.id);
      writeOutbox(core, 'sales.promotion.updated', input.id, view);
      return view;
    },
  );
}

/**
 * Ends a promotion early: lastDay (default today) becomes the last business day it applies. Ending one that has not
 * started with a last day before its start means it never applies. Orders already priced keep their promotion.
 */
export function endPromotion(core: Core, actor: Actor, input: { id: string; lastDay?: string }): PromotionView {
  return mutate(
    core,
    actor,
    (p) => ({ action: 'promotions.end', entity: 'promotion', entityId: p.id, data: input }),
    () => {
      const p = getPromotion(core, input.id);
      if (p.status === 'ended' || p.endedOn) throw new AppError('PROMOTION_ALREADY_ENDED', { number: p.number });
      const lastDay = atField('lastDay', () => assertBusinessDate(input.lastDay ?? today(core)));
      if (lastDay > p.endsOn) throw fieldError('lastDay', 'PROMOTION_END_AFTER', { lastDay, endsOn: p.endsOn });
      const at = core.now().toISOString();
      core.db.update(promotions).set({ endedOn: lastDay, endedAt: at, updatedAt: at }).where(eq(promotions.id, p.id)).run();
      const view = getPromotion(core, p.id);
      writeOutbox(core, 'sales.promotion.ended', p.id, { id: p.id, number: p.number, lastDay });
      return view;
    },
  );
}
