// Applying promotions to an order being priced (called by the order pricing, inside or outside its transaction:
// it only reads). Management is in promotions-manage.ts, the cost report in promotions-cost.ts.
//
// Which promotions apply (deterministic):
//   - A promotion applies on business dates starts_on ≤ d ≤ ends_on (and ≤ ended_on when ended early), to customers
//     of its channels / regions (none listed = every customer), to order lines whose product is in its product set
//     (a product, a brand, or a category including its sub-categories).
//   - Gifts (买N赠M) and discounts (满减/折扣) stack: a line can count toward one gift promotion AND one discount
//     promotion. Both are measured on the lines' amounts before any promotion.
//   - Within each kind, a line counts toward at most one promotion: best for the customer first. The promotion worth
//     the most (gift value at the customer's price, or discount in fen) takes all its lines; the others are measured
//     again on the lines left; repeat. Ties go to the lower promotion number (the older one).
//   - 买N赠M repeats: every full N (in the promotion's unit) of the set gives M of the gift unit; 买10箱赠1箱 on 25
//     cases gives 2 cases.
//   - Tiers: the highest tier whose threshold the set reaches (≥) applies once; a rate is mulDiv(amount, bp, 10000),
//     a fixed 满减 at most the set's amount. The discount is spread over the set's lines by amount with allocate(),
//     so the line discounts sum exactly to it.
import { assertBusinessDate } from '../shared/period-lock';
import { AppError } from '../shared/errors';
import type { Core } from '../shared/context';
import { allocate, mulDiv } from '../shared/money';
import { stmt } from '../finance/statements-cache';
import { giftValueFen } from './promotions-price';
import { activePromotions, type ActivePromotion } from './promotions-read';

export interface PromoLineInput {
  lineKey: string;
  productId: string;
  qtyBase: number;
  /** The line's amount after the price list and manual line discount, before promotions; gifts excluded. */
  amountFen: number;
}
export interface PromoGift {
  promotionId: string;
  productId: string;
  qtyBase: number;
  /** What the gift is worth at the customer's price: the promotion cost of the gift. */
  valueFen: number;
}
export interface PromoDiscount {
  promotionId: string;
  lineKey: string;
  discountFen: number;
}
export interface PromoResult {
  gifts: PromoGift[];
  discounts: PromoDiscount[];
}

interface Customer {
  channel: string;
  region: string;
  priceListId: string | null;
}

interface Outcome<T> {
  promo: ActivePromotion;
  lines: PromoLineInput[];
  worth: number;
  result: T;
}

export function applyPromotions(
  core: Core,
  input: { customerId: string; businessDate: string; lines: readonly PromoLineInput[] },
): PromoResult {
  const empty: PromoResult = { gifts: [], discounts: [] };
  const customer = stmt(core, 'SELECT channel, region, price_list_id AS priceListId FROM customers WHERE id = ?').get(input.customerId) as
    | Customer
    | undefined;
  if (!customer) throw new AppError('CUSTOMER_NOT_FOUND');
  const lines = input.lines.filter((l) => l.qtyBase > 0);
  const promos = activePromotions(core, assertBusinessDate(input.businessDate), lines.map((l) => l.productId)).filter(
    (p) => forCustomer(p, customer),
  );
  if (lines.length === 0 || promos.length === 0) return empty;

  const inSet = (p: ActivePromotion) => lines.filter((l) => p.productIds.has(l.productId));
  const gifts = bestFirst(promos.filter((p) => p.kind === 'gift'), inSet, (p, set) => giftOutcome(core, customer, p, set));
  const discounts = bestFirst(promos.filter((p) => p.kind === 'tiered'), inSet, discountOutcome);

  const order = new Map(lines.map((l, i) => [l.lineKey, i]));
  return {
    gifts: gifts.map((o) => o.result),
    discounts: discounts
      .flatMap((o) => o.result)
      .filter((d) => d.discountFen > 0)
      .sort((a, b) => (order.get(a.lineKey) ?? 0) - (order.get(b.lineKey) ?? 0)),
  };
}

function forCustomer(p: ActivePromotion, c: Customer): boolean {
  return (p.channels.length === 0 || p.channels.includes(c.channel)) && (p.regions.length === 0 || p.regions.includes(c.region));
}

/** Greedy, best for the customer first: each line counts toward at most one promotion of the kind. */
function bestFirst<T>(
  promos: ActivePromotion[],
  inSet: (p: ActivePromotion) => PromoLineInput[],
  evaluate: (p: ActivePromotion, lines: PromoLineInput[]) => Outcome<T> | null,
): Outcome<T>[] {
  const used = new Set<string>();
  const left = [...promos]; // already sorted by number: ties keep the older promotion
  const chosen: Outcome<T>[] = [];
  for (;;) {
    let best: Outcome<T> | null = null;
    for (const p of left) {
      const set = inSet(p).filter((l) => !used.has(l.lineKey));
      const o = set.length > 0 ? evaluate(p, set) : null;
      if (o && (!best || o.worth > best.worth)) best = o;
    }
    if (!best) return chosen;
    chosen.push(best);
    left.splice(left.indexOf(best.promo), 1);
    for (const l of best.lines) used.add(l.lineKey);
  }
}

function giftOutcome(core: Core, customer: Customer, p: ActivePromotion, set: PromoLineInput[]): Outcome<PromoGift> | null {
  const g = p.gift;
  if (!g) return null;
  const qty = set.reduce((s, l) => s + l.qtyBase, 0);
  const times = Math.floor(qty / (g.buyQty * p.factor));
  if (times < 1) return null;
  const units = times * g.giftQty;
  const valueFen = giftValueFen(core, customer.priceListId, g.productId, g.unitId, g.factor, units);
  const result: PromoGift = { promotionId: p.id, productId: g.productId, qtyBase: units * g.factor, valueFen };
  // A gift worth nothing on the customer's list still beats no gift.
  return { promo: p, lines: set, worth: valueFen + 1, result };
}

function discountOutcome(p: ActivePromotion, set: PromoLineInput[]): Outcome<PromoDiscount[]> | null {
  const amount = set.reduce((s, l) => s + Math.max(0, l.amountFen), 0);
  const measure = p.basis === 'quantity' ? set.reduce((s, l) => s + l.qtyBase, 0) : amount;
  const scale = p.basis === 'quantity' ? p.factor : 1;
  const tier = p.tiers.filter((t) => measure >= t.threshold * scale).at(-1); // tiers ascending by threshold
  if (!tier || amount <= 0) return null;
  const total = tier.discountBp != null ? mulDiv(amount, tier.discountBp, 10000) : Math.min(tier.discountFen ?? 0, amount);
  if (total <= 0) return null;
  const parts = allocate(total, set.map((l) => Math.max(0, l.amountFen)));
  const result = set.map((l, i) => ({ promotionId: p.id, lineKey: l.lineKey, discountFen: parts[i] ?? 0 }));
  return { promo: p, lines: set, worth: total, result };
}
