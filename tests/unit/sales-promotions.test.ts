// Promotions: worked examples with hand-computed fen. Business day 2026-03-15 (Asia/Shanghai); wholesale prices
// cola ¥45.00/箱 (24 瓶), tea ¥56.00/箱 (see sales-promotions-fixtures.ts).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { applyPromotions, type PromoLineInput } from '../../electron/core/sales/promotions';
import { createPromotion, endPromotion, updatePromotion, type PromotionDraft } from '../../electron/core/sales/promotions-manage';
import { getPromotion, listPromotions } from '../../electron/core/sales/promotions-view';
import { insertCategory } from '../../electron/core/catalog/categories';
import { saveCustomer } from '../../electron/core/parties/customers';
import { clientFor, quickSession } from '../helpers/api';
import { codeOf, PRICES, salesWorld, type SalesWorld } from './sales-promotions-fixtures';
import { fixedClock } from './stock-fixtures';

let w: SalesWorld;
beforeEach(async () => {
  w = await salesWorld();
});
afterEach(() => w.close());

const DAY = '2026-03-15';
const line = (lineKey: string, productId: string, qtyBase: number, amountFen: number): PromoLineInput => ({ lineKey, productId, qtyBase, amountFen });
const apply = (lines: PromoLineInput[], opts: { customerId?: string; businessDate?: string } = {}) =>
  applyPromotions(w.t.core, { customerId: opts.customerId ?? w.store, businessDate: opts.businessDate ?? DAY, lines });
const promo = (d: Partial<PromotionDraft> & Pick<PromotionDraft, 'kind'>) =>
  createPromotion(w.t.core, w.owner, { name: '测试促销', startsOn: DAY, endsOn: '2026-03-31', ...d });
const counts = () =>
  Object.fromEntries(
    ['promotions', 'promotion_scopes', 'promotion_tiers', 'audit_log', 'outbox', 'doc_sequences'].map((tb) => [
      tb,
      (w.t.sqlite.prepare(`SELECT count(*) AS n FROM ${tb}`).get() as { n: number }).n,
    ]),
  );

/** 买10箱赠1箱 on cola (a case is 24 bottles). */
const buyTenCases = () =>
  promo({ name: '可乐买10箱赠1箱', kind: 'gift', productIds: [w.cola.id], unitId: w.cola.units.case, gift: { buyQty: 10, productId: w.cola.id, unitId: w.cola.units.case, qty: 1 } });

/** Brand 可口可乐: from ¥1,000 2% off, from ¥3,000 3% off. */
const brandTiers = () =>
  promo({
    name: '可口可乐满额折扣',
    kind: 'tiered',
    brandIds: [w.brandId],
    basis: 'amount',
    tiers: [
      { threshold: 300_000, discountBp: 300 },
      { threshold: 100_000, discountBp: 200 },
    ],
  });

describe('买N赠M gifts', () => {
  it('gives nothing for 9 cases, one case for 10, two cases (not 2.5) for 25, valued at the customer’s case price', () => {
    const p = buyTenCases();
    expect(p.number).toBe('PM-20260315-0001');
    expect(apply([line('a', w.cola.id, 9 * 24, 9 * PRICES.colaCase)]).gifts).toEqual([]);
    expect(apply([line('a', w.cola.id, 10 * 24, 10 * PRICES.colaCase)]).gifts).toEqual([
      { promotionId: p.id, productId: w.cola.id, qtyBase: 24, valueFen: 4500 },
    ]);
    expect(apply([line('a', w.cola.id, 25 * 24, 25 * PRICES.colaCase)]).gifts).toEqual([
      { promotionId: p.id, productId: w.cola.id, qtyBase: 48, valueFen: 9000 },
    ]);
    // Quantity adds up over lines of the set, whatever unit they were entered in: 5 cases + 120 bottles = 10 cases.
    expect(apply([line('a', w.cola.id, 120, 22_500), line('b', w.cola.id, 120, 24_000)]).gifts).toEqual([
      { promotionId: p.id, productId: w.cola.id, qtyBase: 24, valueFen: 4500 },
    ]);
    // Gifts never come with a discount of their own.
    expect(apply([line('a', w.cola.id, 240, 45_000)]).discounts).toEqual([]);
  });

  it('still gives the gift to a customer on no price list, worth 0 there', () => {
    const p = buyTenCases();
    const noList = saveCustomer(w.t.core, null, { code: 'C009', name: '海珠散客', channel: '便利店' });
    expect(apply([line('a', w.cola.id, 240, 48_000)], { customerId: noList }).gifts).toEqual([{ promotionId: p.id, productId: w.cola.id, qtyBase: 24, valueFen: 0 }]);
  });

  it('values a gift in a unit without its own price from another unit: 买2箱赠3瓶 chips at ¥4.00/瓶, a 盒 gift of tea from ¥2.50/瓶', () => {
    const chips = promo({ kind: 'gift', productIds: [w.chips.id], unitId: w.chips.units.case, gift: { buyQty: 2, productId: w.chips.id, qty: 3 } });
    expect(apply([line('a', w.chips.id, 48, 19_200)]).gifts).toEqual([{ promotionId: chips.id, productId: w.chips.id, qtyBase: 3, valueFen: 1200 }]);
    const tea = promo({ kind: 'gift', productIds: [w.tea.id], gift: { buyQty: 12, productId: w.tea.id, unitId: w.tea.units.box, qty: 1 } });
    // 1 盒 = 6 瓶 × ¥2.50 (the list has no 盒 price for tea).
    expect(apply([line('a', w.tea.id, 12, 3000)]).gifts).toEqual([{ promotionId: tea.id, productId: w.tea.id, qtyBase: 6, valueFen: 1500 }]);
  });
});

describe('tiered discounts (满减/折扣)', () => {
  it('applies exactly at a threshold and not a fen below it; the higher tier replaces the lower one', () => {
    const p = brandTiers();
    expect(apply([line('a', w.cola.id, 100, 99_999)]).discounts).toEqual([]);
    expect(apply([line('a', w.cola.id, 100, 100_000)]).discounts).toEqual([{ promotionId: p.id, lineKey: 'a', discountFen: 2000 }]);
    // 3% of ¥3,123.45 = 9,370.35 fen → 9,370 (half up).
    expect(apply([line('a', w.cola.id, 100, 312_345)]).discounts).toEqual([{ promotionId: p.id, lineKey: 'a', discountFen: 9370 }]);
  });

  it('spreads the discount over the set’s lines by amount so that it sums exactly', () => {
    const p = brandTiers();
    // 2% of ¥1,000.00 = 2,000 fen over 333.33 + 333.33 + 333.34: 666.66, 666.66, 666.68 → 666 each, and the two fen
    // left go to the largest remainders: line c (0.68), then line a (0.66, first of the tie).
    const r = apply([line('a', w.cola.id, 10, 33_333), line('b', w.tea.id, 10, 33_333), line('c', w.cola.id, 10, 33_334)]);
    expect(r.discounts).toEqual([
      { promotionId: p.id, lineKey: 'a', discountFen: 667 },
      { promotionId: p.id, lineKey: 'b', discountFen: 666 },
      { promotionId: p.id, lineKey: 'c', discountFen: 667 },
    ]);
    expect(r.discounts.reduce((s, d) => s + d.discountFen, 0)).toBe(2000);
  });

  it('leaves products of other categories (chips, same brand) out of a category promotion', () => {
    const p = promo({ kind: 'tiered', categoryIds: [w.drinks], basis: 'amount', tiers: [{ threshold: 50_000, discountFen: 3000 }] });
    // Drinks ¥400 + ¥100 = ¥500 reaches ¥500 → ¥30 off, split 2,400 / 600; the chips line gets nothing.
    const r = apply([line('a', w.cola.id, 200, 40_000), line('b', w.chips.id, 100, 40_000), line('c', w.tea.id, 40, 10_000)]);
    expect(r.discounts).toEqual([
      { promotionId: p.id, lineKey: 'a', discountFen: 2400 },
      { promotionId: p.id, lineKey: 'c', discountFen: 600 },
    ]);
  });

  it('covers sub-categories of a category', () => {
    const sub = insertCategory(w.t.core, { name: '碳酸饮料', parentId: w.drinks });
    w.t.sqlite.prepare('UPDATE products SET category_id = ? WHERE id = ?').run(sub.id, w.cola.id);
    const p = promo({ kind: 'tiered', categoryIds: [w.drinks], basis: 'amount', tiers: [{ threshold: 10_000, discountBp: 100 }] });
    expect(apply([line('a', w.cola.id, 100, 20_000)]).discounts).toEqual([{ promotionId: p.id, lineKey: 'a', discountFen: 200 }]);
  });

  it('counts quantity in the promotion’s unit: from 50 cases 5% off', () => {
    const p = promo({ kind: 'tiered', productIds: [w.cola.id], unitId: w.cola.units.case, basis: 'quantity', tiers: [{ threshold: 50, discountBp: 500 }] });
    expect(apply([line('a', w.cola.id, 49 * 24 + 23, 224_900)]).discounts).toEqual([]);
    // 50 cases at ¥45 = ¥2,250 → 5% = 11,250 fen.
    expect(apply([line('a', w.cola.id, 50 * 24, 225_000)]).discounts).toEqual([{ promotionId: p.id, lineKey: 'a', discountFen: 11_250 }]);
  });

  it('caps a fixed amount off at the set’s amount', () => {
    const p = promo({ kind: 'tiered', productIds: [w.cola.id], basis: 'quantity', tiers: [{ threshold: 1, discountFen: 500 }] });
    expect(apply([line('a', w.cola.id, 1, 200)]).discounts).toEqual([{ promotionId: p.id, lineKey: 'a', discountFen: 200 }]);
  });
});

describe('which promotions apply', () => {
  it('not outside the period, nor after it was ended early, nor for another channel', () => {
    const p = brandTiers();
    const l = [line('a', w.cola.id, 100, 100_000)];
    expect(apply(l, { businessDate: '2026-03-14' }).discounts).toEqual([]);
    expect(apply(l, { businessDate: '2026-04-01' }).discounts).toEqual([]);
    expect(apply(l, { businessDate: '2026-03-31' }).discounts).toHaveLength(1);
    endPromotion(w.t.core, w.owner, { id: p.id, lastDay: '2026-03-20' });
    expect(apply(l, { businessDate: '2026-03-20' }).discounts).toHaveLength(1);
    expect(apply(l, { businessDate: '2026-03-21' }).discounts).toEqual([]);

    const forRestaurants = promo({ kind: 'tiered', brandIds: [w.brandId], channels: ['餐饮'], basis: 'amount', tiers: [{ threshold: 1, discountBp: 100 }] });
    expect(apply(l).discounts).toEqual([{ promotionId: p.id, lineKey: 'a', discountFen: 2000 }]);
    expect(apply(l, { customerId: w.restaurant }).discounts).toEqual([{ promotionId: p.id, lineKey: 'a', discountFen: 2000 }]);
    // For the restaurant both apply to the same line: the better one (2%) wins; on a line of ¥5 only the 1% one reaches.
    expect(apply([line('a', w.cola.id, 1, 500)], { customerId: w.restaurant }).discounts).toEqual([{ promotionId: forRestaurants.id, lineKey: 'a', discountFen: 5 }]);
  });

  it('best for the customer first; the lines left are measured again by the others', () => {
    const brand = brandTiers();
    const colaOnly = promo({ kind: 'tiered', productIds: [w.cola.id], basis: 'amount', tiers: [{ threshold: 50_000, discountFen: 5000 }] });
    // Together ¥2,000 would give 2% = ¥40 by brand; cola alone gets ¥50 off (better) and keeps its line; tea alone
    // (¥1,000) still reaches the brand's first tier: ¥20.
    const r = apply([line('cola', w.cola.id, 500, 100_000), line('tea', w.tea.id, 400, 100_000)]);
    expect(r.discounts).toEqual([
      { promotionId: colaOnly.id, lineKey: 'cola', discountFen: 5000 },
      { promotionId: brand.id, lineKey: 'tea', discountFen: 2000 },
    ]);
  });

  it('stacks a gift and a discount on the same lines, measured before either', () => {
    const gift = buyTenCases();
    const brand = brandTiers();
    const r = apply([line('a', w.cola.id, 240, 45_000), line('b', w.tea.id, 240, 56_000)]);
    expect(r.gifts).toEqual([{ promotionId: gift.id, productId: w.cola.id, qtyBase: 24, valueFen: 4500 }]);
    // ¥1,010 → 2% = 2,020 fen split 45,000 : 56,000 → 900 / 1,120.
    expect(r.discounts).toEqual([
      { promotionId: brand.id, lineKey: 'a', discountFen: 900 },
      { promotionId: brand.id, lineKey: 'b', discountFen: 1120 },
    ]);
  });

  it('refuses an unknown customer and a malformed date', () => {
    brandTiers();
    expect(codeOf(() => apply([line('a', w.cola.id, 1, 100)], { customerId: 'nobody' }))).toBe('CUSTOMER_NOT_FOUND');
    expect(codeOf(() => apply([line('a', w.cola.id, 1, 100)], { businessDate: '2026-02-30' }))).toBe('DATE_FORMAT');
  });
});

describe('managing promotions', () => {
  it('refuses bad drafts with a field and writes nothing', () => {
    const before = counts();
    const bad: [Partial<PromotionDraft> & Pick<PromotionDraft, 'kind'>, string][] = [
      [{ kind: 'tiered', brandIds: [w.brandId], basis: 'amount', tiers: [{ threshold: 100, discountBp: 100, discountFen: 5 }] }, 'PROMOTION_TIER_DISCOUNT'],
      [{ kind: 'tiered', brandIds: [w.brandId], basis: 'amount', tiers: [] }, 'PROMOTION_TIERS_EMPTY'],
      [{ kind: 'tiered', brandIds: [w.brandId], tiers: [{ threshold: 9, discountBp: 1 }, { threshold: 9, discountBp: 2 }] }, 'PROMOTION_TIER_DUPLICATE'],
      [{ kind: 'tiered', tiers: [{ threshold: 9, discountBp: 1 }] }, 'PROMOTION_PRODUCT_SET_EMPTY'],
      [{ kind: 'gift', productIds: [w.cola.id] }, 'PROMOTION_GIFT_REQUIRED'],
      [{ kind: 'gift', productIds: ['nope'], gift: { buyQty: 1, productId: w.cola.id, qty: 1 } }, 'PRODUCT_NOT_FOUND'],
      [{ kind: 'gift', productIds: [w.cola.id], gift: { buyQty: 1, productId: w.cola.id, unitId: w.tea.units.case, qty: 1 } }, 'UNIT_NOT_FOUND'],
      [{ kind: 'gift', productIds: [w.cola.id], startsOn: '2026-03-14', gift: { buyQty: 1, productId: w.cola.id, qty: 1 } }, 'PROMOTION_STARTS_PAST'],
      [{ kind: 'gift', productIds: [w.cola.id], endsOn: '2026-03-01', gift: { buyQty: 1, productId: w.cola.id, qty: 1 } }, 'PROMOTION_PERIOD'],
    ];
    for (const [d, code] of bad) expect(codeOf(() => promo(d)), code).toBe(code);
    expect(counts()).toEqual(before);
  });

  it('changes a promotion before it starts, refuses once started (nothing changed), ends it and lists by status', async () => {
    const draft: PromotionDraft = { name: '四月冰红茶', kind: 'tiered', startsOn: '2026-04-01', endsOn: '2026-04-30', productIds: [w.tea.id], basis: 'amount', tiers: [{ threshold: 10_000, discountBp: 100 }] };
    const p = createPromotion(w.t.core, w.owner, draft);
    expect(p.status).toBe('upcoming');
    const changed = updatePromotion(w.t.core, w.owner, { ...draft, id: p.id, name: '四月冰红茶满百减五', tiers: [{ threshold: 10_000, discountFen: 500 }] });
    expect(changed).toMatchObject({ name: '四月冰红茶满百减五', tiers: [{ threshold: 10_000, discountBp: null, discountFen: 500 }], products: [{ id: w.tea.id, name: '冰红茶 500ml' }] });

    const running = brandTiers();
    const before = counts();
    expect(codeOf(() => updatePromotion(w.t.core, w.owner, { ...draft, id: running.id }))).toBe('PROMOTION_STARTED');
    expect(counts()).toEqual(before);
    expect(getPromotion(w.t.core, running.id)).toEqual(running);

    expect(codeOf(() => endPromotion(w.t.core, w.owner, { id: running.id, lastDay: '2026-04-02' }))).toBe('PROMOTION_END_AFTER');
    const ended = endPromotion(w.t.core, w.owner, { id: running.id, lastDay: '2026-03-14' });
    expect(ended).toMatchObject({ status: 'ended', endedOn: '2026-03-14' });
    expect(codeOf(() => endPromotion(w.t.core, w.owner, { id: running.id }))).toBe('PROMOTION_ALREADY_ENDED');
    expect(listPromotions(w.t.core, { status: 'upcoming' }).rows.map((r) => r.id)).toEqual([p.id]);
    expect(listPromotions(w.t.core, { status: 'ended' }).rows.map((r) => r.id)).toEqual([running.id]);
    expect(listPromotions(w.t.core, { search: '冰红茶' }).total).toBe(1);
    const audit = w.t.sqlite.prepare("SELECT action FROM audit_log WHERE entity = 'promotion' ORDER BY rowid").all();
    expect(audit.map((a) => (a as { action: string }).action)).toEqual(['promotions.create', 'promotions.update', 'promotions.create', 'promotions.end']);
  });

  it('an upcoming promotion ended before its start is ended, never applies and cannot be changed', () => {
    const draft: PromotionDraft = { name: '清明节可乐', kind: 'tiered', startsOn: '2026-04-01', endsOn: '2026-04-07', productIds: [w.cola.id], basis: 'amount', tiers: [{ threshold: 1, discountBp: 500 }] };
    const p = createPromotion(w.t.core, w.owner, draft);
    expect(endPromotion(w.t.core, w.owner, { id: p.id })).toMatchObject({ status: 'ended', endedOn: DAY });
    expect(apply([line('a', w.cola.id, 1, 1000)], { businessDate: '2026-04-02' }).discounts).toEqual([]);
    expect(codeOf(() => updatePromotion(w.t.core, w.owner, { ...draft, id: p.id }))).toBe('PROMOTION_ALREADY_ENDED');
  });

  it('through the API: the owner manages, a clerk reads and is refused changes in Chinese', async () => {
    const owner = clientFor(w.t, await quickSession(w.t, 'owner'));
    const clerk = clientFor(w.t, await quickSession(w.t, 'clerk'));
    const created = await owner.promotions.create.mutate({
      name: '可乐买十赠一',
      kind: 'gift',
      startsOn: DAY,
      endsOn: '2026-03-31',
      productIds: [w.cola.id],
      unitId: w.cola.units.case,
      gift: { buyQty: 10, productId: w.cola.id, unitId: w.cola.units.case, qty: 1 },
    });
    expect(created).toMatchObject({ status: 'active', unitName: '箱', factor: 24, gift: { buyQty: 10, qty: 1, unitName: '箱', factor: 24, productName: '可口可乐 500ml' } });
    expect((await clerk.promotions.list.query({})).rows.map((r) => r.number)).toEqual([created.number]);
    await expect(clerk.promotions.end.mutate({ id: created.id })).rejects.toThrow(/无权/);
    await expect(owner.promotions.update.mutate({ id: created.id, name: 'x', kind: 'gift', startsOn: DAY, endsOn: DAY, productIds: [w.cola.id] })).rejects.toThrow(
      /已于 2026-03-15 开始，不能修改/,
    );
  });
});

describe('clock', () => {
  it('uses the distributor’s business day: 2026-03-15T17:00Z is already the 16th in Shanghai', async () => {
    const late = await salesWorld({ now: fixedClock('2026-03-15T17:00:00Z') });
    try {
      expect(codeOf(() => createPromotion(late.t.core, late.owner, { name: 'x', kind: 'gift', startsOn: DAY, endsOn: DAY, productIds: [late.cola.id], gift: { buyQty: 1, productId: late.cola.id, qty: 1 } }))).toBe(
        'PROMOTION_STARTS_PAST',
      );
    } finally {
      late.close();
    }
  });
});
