// Worked examples of every policy kind on the purchase basis (posted receipts net of reversals, valued at the
// order's price), with the amounts computed by hand in fen. Cola and tea: 24 bottles a case.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { closePeriod, listAccruals, markTask, recomputeAccruals } from '../../electron/core/rebates/accruals';
import { confirmCredit } from '../../electron/core/rebates/accounts';
import { recordPoPayment } from '../../electron/core/rebates/payments';
import { reverseDocument } from '../../electron/core/stock/reverse';
import { at, brandPolicy, buy, errorOf, noon, rebateCounts } from './rebates-fixtures';
import { stockWorld, type StockWorld } from './stock-fixtures';

let w: StockWorld;
beforeEach(async () => {
  w = await stockWorld();
});
afterEach(() => w.close());

const CASE = 5000; // ¥50.00 a case
const accrual = (policyId: string, periodKey = '2026-03') => {
  const rows = recomputeAccruals(w.t.core, w.owner, { periodKey, policyIds: [policyId] });
  return rows.find((r) => r.periodKey === periodKey)!;
};
// ¥10,000 → 1%, ¥20,000 → 2%, ¥50,000 → 3%
const amountTiers = [
  { from: 1_000_000, value: 100 },
  { from: 2_000_000, value: 200 },
  { from: 5_000_000, value: 300 },
];

describe('tiered volume by amount', () => {
  it('exactly at a threshold reaches the tier; whole and marginal on the same data; a reversal drops it back', () => {
    const whole = brandPolicy(w, { kind: 'tiered', tierMode: 'whole', tiers: amountTiers }).policy;
    const marginal = brandPolicy(w, { kind: 'tiered', tierMode: 'marginal', tiers: amountTiers }).policy;
    buy(w, noon('2026-03-05'), [{ product: w.cola, cases: 399, price: CASE }]);
    const last = buy(w, noon('2026-03-06'), [{ product: w.cola, cases: 1, price: CASE }]);
    // 400 cases × ¥50 = ¥20,000.00 = 2,000,000 fen: exactly the second tier.
    expect(accrual(whole.id)).toMatchObject({ basisAmount: 2_000_000, basisQty: 400, tierNo: 2, rateValue: 200, amount: 40_000 });
    // marginal: (2,000,000 − 1,000,000) × 1% + 0 × 2% = 10,000
    expect(accrual(marginal.id)).toMatchObject({ basisAmount: 2_000_000, tierNo: 2, amount: 10_000 });

    buy(w, noon('2026-03-10'), [{ product: w.cola, cases: 37, price: CASE }]);
    // 437 cases = 2,185,000 fen: whole 2% = 43,700; marginal 10,000 + 185,000 × 2% = 13,700
    expect(accrual(whole.id).amount).toBe(43_700);
    expect(accrual(marginal.id).amount).toBe(13_700);

    // Reversing the 1-case receipt: 436 cases still tier 2; reversing the 37 too would leave 399.
    at(w, noon('2026-03-12'));
    reverseDocument(w.t.core, w.owner, { id: last.receiptId, reason: '错收' });
    expect(accrual(whole.id)).toMatchObject({ basisAmount: 2_180_000, amount: 43_600 });
  });

  it('a return of goods (receipt reversal) drops the basis below the tier: 1% on the whole, 1% marginal above ¥10,000', () => {
    const whole = brandPolicy(w, { kind: 'tiered', tierMode: 'whole', tiers: amountTiers }).policy;
    const marginal = brandPolicy(w, { kind: 'tiered', tierMode: 'marginal', tiers: amountTiers }).policy;
    buy(w, noon('2026-03-05'), [{ product: w.cola, cases: 399, price: CASE }]);
    const one = buy(w, noon('2026-03-06'), [{ product: w.cola, cases: 1, price: CASE }]);
    expect(accrual(whole.id).tierNo).toBe(2);
    at(w, noon('2026-03-20'));
    reverseDocument(w.t.core, w.owner, { id: one.receiptId, reason: '退回品牌商' });
    // 399 cases = 1,995,000 fen: whole 1% = 19,950; marginal (1,995,000 − 1,000,000) × 1% = 9,950
    expect(accrual(whole.id)).toMatchObject({ basisAmount: 1_995_000, basisQty: 399, tierNo: 1, rateValue: 100, amount: 19_950 });
    expect(accrual(marginal.id)).toMatchObject({ tierNo: 1, amount: 9_950 });
  });

  it('rounds half up once on the total: 1.25% of ¥123.42 → ¥1.54', () => {
    const p = brandPolicy(w, { kind: 'tiered', tiers: [{ from: 0, value: 125 }] }).policy;
    // 2 cases at ¥61.71 = 12,342 fen × 1.25% = 154.275 → 154
    buy(w, noon('2026-03-05'), [{ product: w.cola, cases: 2, price: 6171 }]);
    expect(accrual(p.id).amount).toBe(154);
  });
});

describe('tiered volume by quantity (¥ per case)', () => {
  const caseTiers = [
    { from: 100, value: 200 },
    { from: 300, value: 300 },
  ];
  it('counts whole cases through each product factor, loose bottles do not make a case', () => {
    const whole = brandPolicy(w, { kind: 'tiered', measure: 'quantity', tierMode: 'whole', tiers: caseTiers }).policy;
    const marginal = brandPolicy(w, { kind: 'tiered', measure: 'quantity', tierMode: 'marginal', tiers: caseTiers }).policy;
    buy(w, noon('2026-03-05'), [
      { product: w.cola, cases: 250, price: CASE },
      { product: w.tea, cases: 60, price: 4800, bottles: 10 },
    ]);
    // 250 + 60 cases (10 loose bottles do not count) = 310 cases: whole 310 × ¥3 = 93,000; marginal 200 × ¥2 + 10 × ¥3 = 43,000
    expect(accrual(whole.id)).toMatchObject({ basisQty: 310, tierNo: 2, rateValue: 300, amount: 93_000 });
    expect(accrual(marginal.id)).toMatchObject({ basisQty: 310, amount: 43_000 });
  });
});

describe('per unit, target, prompt payment, fixed task', () => {
  it('per unit: ¥1.50 a case of cola only', () => {
    const p = brandPolicy(w, { kind: 'per_unit', perUnit: 150, productIds: [w.cola.id] }).policy;
    buy(w, noon('2026-03-05'), [
      { product: w.cola, cases: 250, price: CASE },
      { product: w.tea, cases: 60, price: 4800 },
    ]);
    expect(accrual(p.id)).toMatchObject({ basisQty: 250, basisAmount: 1_250_000, amount: 37_500 });
  });

  it('target: 1.5% when purchases reach ¥10,000, nothing a case below', () => {
    const p = brandPolicy(w, { kind: 'target', target: 1_000_000, rateBp: 150 }).policy;
    buy(w, noon('2026-03-05'), [{ product: w.cola, cases: 199, price: CASE }]);
    expect(accrual(p.id)).toMatchObject({ basisAmount: 995_000, tierNo: 0, amount: 0 });
    buy(w, noon('2026-03-06'), [{ product: w.cola, cases: 1, price: CASE }]);
    expect(accrual(p.id)).toMatchObject({ basisAmount: 1_000_000, tierNo: 1, amount: 15_000 });
  });

  it('prompt payment: 2% on orders paid within 7 days of the goods arriving (prepaid counts, late and unpaid do not)', () => {
    const p = brandPolicy(w, { kind: 'prompt_payment', rateBp: 200, paymentDays: 7 }).policy;
    const a = buy(w, noon('2026-03-02'), [{ product: w.cola, cases: 100, price: CASE }]);
    const b = buy(w, noon('2026-03-03'), [{ product: w.cola, cases: 40, price: CASE }]);
    buy(w, noon('2026-03-04'), [{ product: w.cola, cases: 10, price: CASE }]);
    const c = buy(w, noon('2026-03-09'), [{ product: w.tea, cases: 10, price: 4800 }]);
    recordPoPayment(w.t.core, w.owner, { poId: a.po.id, paidOn: '2026-03-09' }); // 7 days: on time
    recordPoPayment(w.t.core, w.owner, { poId: b.po.id, paidOn: '2026-03-11' }); // 8 days: late
    recordPoPayment(w.t.core, w.owner, { poId: c.po.id, paidOn: '2026-03-01' }); // paid in advance
    // (500,000 + 48,000) × 2% = 10,960
    expect(accrual(p.id)).toMatchObject({ basisAmount: 548_000, amount: 10_960 });
    const before = rebateCounts(w);
    expect(errorOf(() => recordPoPayment(w.t.core, w.owner, { poId: a.po.id, paidOn: '2026-03-05' })).code).toBe('REBATE_PO_PAID');
    expect(rebateCounts(w)).toEqual(before);
  });

  it('fixed task reward: ¥500 for the display once marked achieved; the latest mark counts', () => {
    const p = brandPolicy(w, { kind: 'fixed', fixedAmount: 50_000 }).policy;
    at(w, noon('2026-03-10'));
    expect(accrual(p.id).amount).toBe(0);
    markTask(w.t.core, w.owner, { policyId: p.id, periodKey: '2026-03', achieved: true, note: '陈列照片已审核' });
    expect(accrual(p.id)).toMatchObject({ tierNo: 1, amount: 50_000 });
    markTask(w.t.core, w.owner, { policyId: p.id, periodKey: '2026-03', achieved: false, note: '复查不合格' });
    expect(accrual(p.id).amount).toBe(0);
  });
});

describe('periods by business date (Asia/Shanghai)', () => {
  it('23:59 on 31 March in Shanghai is March; one second later (16:00 UTC) is April', () => {
    const p = brandPolicy(w, { kind: 'tiered', tiers: [{ from: 0, value: 100 }] }).policy;
    buy(w, '2026-03-31T15:59:59Z', [{ product: w.cola, cases: 10, price: CASE }]);
    buy(w, '2026-03-31T16:00:00Z', [{ product: w.cola, cases: 3, price: CASE }]);
    expect(accrual(p.id, '2026-03')).toMatchObject({ periodFrom: '2026-03-01', periodTo: '2026-03-31', basisAmount: 50_000, amount: 500 });
    expect(accrual(p.id, '2026-04')).toMatchObject({ basisAmount: 15_000, amount: 150 });
  });

  it('a quarterly policy sums its three months; a yearly one the calendar year', () => {
    const q = brandPolicy(w, { kind: 'tiered', periodKind: 'quarter', tiers: [{ from: 0, value: 100 }] }).policy;
    const y = brandPolicy(w, { kind: 'tiered', periodKind: 'year', tiers: [{ from: 0, value: 100 }] }).policy;
    buy(w, noon('2026-01-01'), [{ product: w.cola, cases: 1, price: CASE }]);
    buy(w, noon('2026-03-31'), [{ product: w.cola, cases: 2, price: CASE }]);
    buy(w, noon('2026-04-01'), [{ product: w.cola, cases: 4, price: CASE }]);
    expect(accrual(q.id, '2026-Q1')).toMatchObject({ periodFrom: '2026-01-01', periodTo: '2026-03-31', basisAmount: 15_000 });
    expect(accrual(y.id, '2026')).toMatchObject({ basisAmount: 35_000, amount: 350 });
  });
});

describe('closing and confirmation', () => {
  it('closing freezes the snapshot; the brand confirmation sits beside it with the difference', () => {
    const p = brandPolicy(w, { kind: 'tiered', tiers: amountTiers }).policy;
    buy(w, noon('2026-03-05'), [{ product: w.cola, cases: 400, price: CASE }]);
    at(w, noon('2026-04-02'));
    expect(errorOf(() => closePeriod(w.t.core, w.owner, { periodKey: '2026-04' })).code).toBe('REBATE_PERIOD_NOT_ENDED');
    const [closed] = closePeriod(w.t.core, w.owner, { periodKey: '2026-03', policyIds: [p.id] });
    expect(closed).toMatchObject({ status: 'closed', amount: 40_000 });
    // A late receipt dated in March (a clock set back) does not move a closed period.
    buy(w, noon('2026-03-30'), [{ product: w.cola, cases: 100, price: CASE }]);
    expect(accrual(p.id)).toMatchObject({ status: 'closed', basisAmount: 2_000_000, amount: 40_000 });
    at(w, noon('2026-04-20'));
    confirmCredit(w.t.core, w.owner, { brandId: w.brandId, amount: 41_000, businessDate: '2026-04-20', policyId: p.id, periodKey: '2026-03', refNo: 'KO-CN-7781' });
    expect(listAccruals(w.t.core, { policyId: p.id })[0]).toMatchObject({ amount: 40_000, confirmed: 41_000, difference: 1_000 });
  });
});
