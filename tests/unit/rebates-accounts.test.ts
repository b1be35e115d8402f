// Rebate accounts: confirmed credits, 返利抵扣 on purchase orders under the brand's cap, reversal when the order is
// cancelled, expiry of lapsed credits by business date, and the next-tier forecast.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { accountBalance, entriesOf, postExpiries } from '../../electron/core/rebates/ledger';
import { adjustAccount, confirmCredit, listAccounts } from '../../electron/core/rebates/accounts';
import { cancelPurchaseOrderWithDeductions, deductOnPurchaseOrder, deductionRoom, setDeductionCap, sweepCancelledOrders } from '../../electron/core/rebates/deductions';
import { forecast, forecastForPurchaseOrder } from '../../electron/core/rebates/forecast';
import { cancelPurchaseOrder, createPurchaseOrder } from '../../electron/core/receiving/purchase-orders';
import { translate } from '../../electron/core/shared/messages';
import { at, brandPolicy, buy, errorOf, noon, rebateCounts } from './rebates-fixtures';
import { stockWorld, type StockWorld } from './stock-fixtures';

let w: StockWorld;
beforeEach(async () => {
  w = await stockWorld({ now: () => new Date(noon('2026-03-15')) });
});
afterEach(() => w.close());

const draftPo = () =>
  createPurchaseOrder(w.t.core, w.owner, {
    brandId: w.brandId,
    warehouseId: w.main,
    lines: [
      { productId: w.cola.id, unitId: w.cola.units.case, qty: 100, price: 5000 }, // ¥5,000.00
      { productId: w.chips.id, unitId: w.chips.units.case, qty: 10, price: 3000 }, // ¥300.00
    ],
  });

describe('deduction on a purchase order', () => {
  it('stays under the cap of eligible goods and the balance; is given back when the order is cancelled', () => {
    confirmCredit(w.t.core, w.owner, { brandId: w.brandId, amount: 80_000, businessDate: '2026-03-01', refNo: 'KO-CN-0301' });
    setDeductionCap(w.t.core, w.owner, { brandId: w.brandId, capBp: 1000, categoryIds: [w.drinks] }); // 10% of drinks
    const po = draftPo();
    expect(deductionRoom(w.t.core, po.id)).toMatchObject({ total: 530_000, eligible: 500_000, cap: 50_000, used: 0, available: 80_000, room: 50_000 });

    const before = rebateCounts(w);
    const e = errorOf(() => deductOnPurchaseOrder(w.t.core, w.owner, { poId: po.id, amount: 50_001 }));
    expect(e.code).toBe('REBATE_CAP_EXCEEDED');
    expect(translate(e.code, 'zh-CN', e.params)).toBe('抵扣 500.01 元超过上限 500.00 元（可抵扣商品金额 5000.00 元的 10%，已抵扣 0.00 元）');
    expect(rebateCounts(w)).toEqual(before);

    deductOnPurchaseOrder(w.t.core, w.owner, { poId: po.id, amount: 30_000 });
    expect(errorOf(() => deductOnPurchaseOrder(w.t.core, w.owner, { poId: po.id, amount: 20_001 })).code).toBe('REBATE_CAP_EXCEEDED');
    deductOnPurchaseOrder(w.t.core, w.owner, { poId: po.id, amount: 20_000 });
    expect(deductionRoom(w.t.core, po.id)).toMatchObject({ used: 50_000, available: 30_000, room: 0, payable: 480_000 });
    expect(accountBalance(w.t.core, 'brand', w.brandId, '2026-03-15').balance).toBe(30_000);

    cancelPurchaseOrderWithDeductions(w.t.core, w.owner, { id: po.id });
    expect(accountBalance(w.t.core, 'brand', w.brandId, '2026-03-15').balance).toBe(80_000);
    expect(entriesOf(w.t.core, 'brand', w.brandId).map((x) => [x.kind, x.amount, x.refNo])).toEqual([
      ['credit', 80_000, 'KO-CN-0301'],
      ['use', -30_000, po.number],
      ['use', -20_000, po.number],
      ['use_reversal', 30_000, po.number],
      ['use_reversal', 20_000, po.number],
    ]);
  });

  it('refuses more than the balance, and gives back deductions of an order cancelled by the purchasing screen', () => {
    confirmCredit(w.t.core, w.owner, { brandId: w.brandId, amount: 10_000, businessDate: '2026-03-01' });
    const po = draftPo();
    const before = rebateCounts(w);
    const e = errorOf(() => deductOnPurchaseOrder(w.t.core, w.owner, { poId: po.id, amount: 10_001 }));
    expect(translate(e.code, 'en', e.params)).toBe('Not enough rebate balance: 100.01 yuan asked, 100.00 yuan available');
    expect(rebateCounts(w)).toEqual(before);
    deductOnPurchaseOrder(w.t.core, w.owner, { poId: po.id, amount: 10_000 });
    cancelPurchaseOrder(w.t.core, w.owner, { id: po.id });
    expect(sweepCancelledOrders(w.t.core, w.owner)).toHaveLength(1);
    expect(sweepCancelledOrders(w.t.core, w.owner)).toHaveLength(0);
    expect(accountBalance(w.t.core, 'brand', w.brandId, '2026-03-15').available).toBe(10_000);
    expect(errorOf(() => deductOnPurchaseOrder(w.t.core, w.owner, { poId: po.id, amount: 1 })).code).toBe('REBATE_PO_NOT_OPEN');
  });
});

describe('expiry', () => {
  it('uses draw on the credit expiring first; what is left lapses the day after its last day', () => {
    confirmCredit(w.t.core, w.owner, { brandId: w.brandId, amount: 10_000, businessDate: '2026-02-01', expiresOn: '2026-03-31' });
    confirmCredit(w.t.core, w.owner, { brandId: w.brandId, amount: 5_000, businessDate: '2026-02-10' });
    const po = draftPo();
    deductOnPurchaseOrder(w.t.core, w.owner, { poId: po.id, amount: 3_000 });
    at(w, noon('2026-04-05'));
    expect(accountBalance(w.t.core, 'brand', w.brandId, '2026-04-05')).toMatchObject({ balance: 12_000, available: 5_000 });
    const posted = postExpiries(w.t.core, w.owner, { asOf: '2026-04-05' });
    expect(posted.map((e) => [e.kind, e.amount, e.businessDate])).toEqual([['expire', -7_000, '2026-04-01']]);
    expect(postExpiries(w.t.core, w.owner, { asOf: '2026-04-05' })).toEqual([]);
    expect(listAccounts(w.t.core, { accountKind: 'brand', date: '2026-04-05' })[0]).toMatchObject({ name: '可口可乐', balance: 5_000, available: 5_000, nextExpiry: null });
  });

  it('a negative adjustment beyond what is available is refused and writes nothing', () => {
    confirmCredit(w.t.core, w.owner, { brandId: w.brandId, amount: 1_000, businessDate: '2026-03-01' });
    const before = rebateCounts(w);
    expect(errorOf(() => adjustAccount(w.t.core, w.owner, { accountKind: 'brand', accountId: w.brandId, amount: -1_001, businessDate: '2026-03-15', note: '品牌商对账差异' })).code).toBe('REBATE_BALANCE_LOW');
    expect(errorOf(() => confirmCredit(w.t.core, w.owner, { brandId: w.brandId, amount: 0, businessDate: '2026-03-15' })).code).toBe('REBATE_AMOUNT_POSITIVE');
    expect(rebateCounts(w)).toEqual(before);
    adjustAccount(w.t.core, w.owner, { accountKind: 'brand', accountId: w.brandId, amount: -1_000, businessDate: '2026-03-15', note: '品牌商对账差异' });
    expect(accountBalance(w.t.core, 'brand', w.brandId, '2026-03-15').balance).toBe(0);
  });

  it('the ledger refuses edits and deletes', () => {
    confirmCredit(w.t.core, w.owner, { brandId: w.brandId, amount: 1_000, businessDate: '2026-03-01' });
    expect(() => w.t.sqlite.prepare('UPDATE rebate_ledger SET amount = 2000').run()).toThrow(/append-only/);
    expect(() => w.t.sqlite.prepare('DELETE FROM rebate_ledger').run()).toThrow(/append-only/);
  });
});

describe('forecast', () => {
  it('再进 37 箱可达下一档, and what a draft order would add', () => {
    const p = brandPolicy(w, { kind: 'tiered', measure: 'quantity', tiers: [{ from: 100, value: 200 }, { from: 300, value: 300 }] }).policy;
    buy(w, noon('2026-03-05'), [{ product: w.cola, cases: 263, price: 5000 }]);
    at(w, noon('2026-03-15'));
    const [row] = forecast(w.t.core).filter((r) => r.policyId === p.id);
    // now 263 × ¥2 = ¥526; at 300 cases × ¥3 = ¥900, ¥374 more
    expect(row).toMatchObject({ basisQty: 263, tierNo: 1, amount: 52_600, next: { tierNo: 2, gap: 37, extra: 37_400 }, text: '再进 37 箱可达下一档，多返 ¥374.00' });
    const po = draftPo();
    const [withPo] = forecastForPurchaseOrder(w.t.core, { poId: po.id });
    // the order's 100 cola + 10 chips cases (all the brand's): 373 × ¥3 = ¥1,119, ¥593 more than now
    expect(withPo!.after).toMatchObject({ basisQty: 373, tierNo: 2, amount: 111_900, gain: 59_300 });
  });

  it('by amount: a target and the last tier', () => {
    brandPolicy(w, { kind: 'target', target: 1_000_000, rateBp: 150 });
    buy(w, noon('2026-03-05'), [{ product: w.cola, cases: 150, price: 5000 }]);
    at(w, noon('2026-03-15'));
    expect(forecast(w.t.core)[0]).toMatchObject({ basisAmount: 750_000, next: { gap: 250_000, extra: 15_000 }, text: '再进 ¥2,500.00 可达成目标，多返 ¥150.00' });
  });
});
