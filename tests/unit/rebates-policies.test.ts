// Policies and versions: the version in force computes a period; overlapping versions, a policy without a period
// and tier lists that do not increase are refused with a clear message and change nothing.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { recomputeAccruals } from '../../electron/core/rebates/accruals';
import { addVersion, listPolicies } from '../../electron/core/rebates/policies';
import { translate } from '../../electron/core/shared/messages';
import { brandPolicy, buy, errorOf, noon, rebateCounts } from './rebates-fixtures';
import { stockWorld, type StockWorld } from './stock-fixtures';

let w: StockWorld;
beforeEach(async () => {
  w = await stockWorld();
});
afterEach(() => w.close());

describe('policy versions', () => {
  it('computes each period with the version in force; refuses an overlapping version', () => {
    const { policy } = brandPolicy(w, { kind: 'tiered', validTo: '2026-03-31', tiers: [{ from: 0, value: 100 }] });
    addVersion(w.t.core, w.owner, { policyId: policy.id, version: { validFrom: '2026-04-01', periodKind: 'month', basis: 'purchase', kind: 'tiered', tiers: [{ from: 0, value: 250 }] } });
    buy(w, noon('2026-03-10'), [{ product: w.cola, cases: 10, price: 5000 }]);
    buy(w, noon('2026-04-10'), [{ product: w.cola, cases: 10, price: 5000 }]);
    const march = recomputeAccruals(w.t.core, w.owner, { periodKey: '2026-03' })[0]!;
    const april = recomputeAccruals(w.t.core, w.owner, { periodKey: '2026-04' })[0]!;
    expect([march.amount, april.amount]).toEqual([500, 1250]);
    expect(march.versionId).not.toBe(april.versionId);

    const before = rebateCounts(w);
    const e = errorOf(() => addVersion(w.t.core, w.owner, { policyId: policy.id, version: { validFrom: '2026-03-15', validTo: '2026-04-15', periodKind: 'month', basis: 'purchase', kind: 'tiered', tiers: [{ from: 0, value: 300 }] } }));
    expect(e.code).toBe('REBATE_VERSION_OVERLAP');
    expect(translate(e.code, 'zh-CN', e.params)).toBe('新版本的有效期 2026-03-15~2026-04-15 与第 1 版（2026-01-01~2026-03-31）重叠');
    expect(rebateCounts(w)).toEqual(before);
    expect(listPolicies(w.t.core)[0]!.versions.map((v) => v.versionNo)).toEqual([1, 2]);
  });

  it('refuses bad terms and writes nothing', () => {
    const before = rebateCounts(w);
    const cases: [Parameters<typeof brandPolicy>[1], string][] = [
      [{ kind: 'tiered', periodKind: null, tiers: [{ from: 0, value: 100 }] }, 'REBATE_PERIOD_REQUIRED'],
      [{ kind: 'tiered', tiers: [] }, 'REBATE_TIERS_EMPTY'],
      [{ kind: 'tiered', tiers: [{ from: 100, value: 100 }, { from: 100, value: 200 }] }, 'REBATE_TIERS_ORDER'],
      [{ kind: 'tiered', tiers: [{ from: 100, value: 200 }, { from: 200, value: 150 }] }, 'REBATE_TIERS_ORDER'],
      [{ kind: 'target', rateBp: 100 }, 'REBATE_VALUE_MISSING'],
      [{ kind: 'per_unit', perUnit: -5 }, 'REBATE_VALUE_RANGE'],
      [{ kind: 'tiered', validTo: '2025-12-31', tiers: [{ from: 0, value: 1 }] }, 'DATE_RANGE'],
      [{ kind: 'fixed', fixedAmount: 1.5 }, 'REBATE_VALUE_RANGE'],
    ];
    for (const [version, code] of cases) expect(errorOf(() => brandPolicy(w, version)).code).toBe(code);
    expect(translate('REBATE_PERIOD_REQUIRED', 'en')).toBe('A rebate policy needs a period (month, quarter or year)');
    expect(translate('REBATE_TIERS_ORDER', 'zh-CN', { tier: 2 })).toBe('第 2 档的起点和返利必须都高于上一档');
    expect(rebateCounts(w)).toEqual(before);
  });

  it('refuses a duplicate code and a store policy on the purchase basis', () => {
    brandPolicy(w, { kind: 'tiered', tiers: [{ from: 0, value: 100 }] }, { code: 'KO-2026' });
    const before = rebateCounts(w);
    expect(errorOf(() => brandPolicy(w, { kind: 'tiered', tiers: [{ from: 0, value: 100 }] }, { code: 'KO-2026' })).code).toBe('REBATE_POLICY_CODE_TAKEN');
    expect(errorOf(() => brandPolicy(w, { kind: 'tiered', tiers: [{ from: 0, value: 100 }] }, { scope: 'store' })).code).toBe('REBATE_SCOPE_BASIS');
    expect(rebateCounts(w)).toEqual(before);
  });
});
