// Next-tier forecast: for every running policy (a version in force today), the current period's basis, the tier
// reached, how far to the next tier or target and what closing the gap adds (再进 37 箱可达下一档，多返 ¥1,280.00).
// On the purchase-order screen, the same with the order's lines added to the purchase basis.
import { asc, eq } from 'drizzle-orm';
import { brands, rebatePolicies } from '../../../db/schema';
import { purchaseOrderLinesOf, getPurchaseOrder } from '../receiving/purchase-orders';
import type { Core } from '../shared/context';
import { businessDate } from '../shared/dates';
import { formatYuan } from '../shared/money';
import { assertBusinessDate } from '../shared/period-lock';
import { Engine, type PartyBasis } from './accruals';
import { nextStep, outcome, type Version } from './compute';
import type { Policy } from './policies';

export interface ForecastRow {
  policyId: string;
  code: string;
  name: string;
  brandId: string;
  brandName: string;
  scope: Policy['scope'];
  partyId: string;
  kind: Version['kind'];
  basis: Version['basis'];
  measure: Version['measure'];
  unitName: string;
  periodKey: string;
  periodTo: string;
  basisAmount: number;
  basisQty: number;
  tierNo: number;
  amount: number;
  /** Null when there is no further tier (or the target is met). */
  next: { tierNo: number; gap: number; extra: number } | null;
  /** The sentence for the owner, zh-CN. */
  text: string;
}

function sentence(v: Version, next: ForecastRow['next']): string {
  if (!next) return v.kind === 'tiered' ? '已达最高档' : v.kind === 'target' ? '已达成目标' : '';
  const verb = v.basis === 'sellout' ? '再卖' : '再进';
  const gap = v.measure === 'amount' ? `¥${formatYuan(next.gap, { grouping: true })}` : `${next.gap} ${v.unitName}`;
  const goal = v.kind === 'target' ? '可达成目标' : '可达下一档';
  return `${verb} ${gap}${v.measure === 'amount' ? ' ' : ''}${goal}，多返 ¥${formatYuan(next.extra, { grouping: true })}`;
}

function row(engine: Engine, p: Policy & { brandName: string }, v: Version, periodKey: string, periodTo: string, b: PartyBasis): ForecastRow {
  const o = outcome(v, b, { achieved: v.kind === 'fixed' ? engine.achieved(p.id, periodKey, b.partyId) : false });
  const step = nextStep(v, b);
  const next = step ? { tierNo: step.tierNo, gap: step.gap, extra: step.extra } : null;
  return {
    policyId: p.id,
    code: p.code,
    name: p.name,
    brandId: p.brandId,
    brandName: p.brandName,
    scope: p.scope,
    partyId: b.partyId,
    kind: v.kind,
    basis: v.basis,
    measure: v.measure,
    unitName: v.unitName,
    periodKey,
    periodTo,
    basisAmount: b.amount,
    basisQty: b.qty,
    tierNo: o.tierNo,
    amount: o.amount,
    next,
    text: sentence(v, next),
  };
}

function running(core: Core, brandId?: string) {
  return core.db
    .select({ p: rebatePolicies, brandName: brands.name })
    .from(rebatePolicies)
    .innerJoin(brands, eq(brands.id, rebatePolicies.brandId))
    .where(brandId ? eq(rebatePolicies.brandId, brandId) : undefined)
    .orderBy(asc(rebatePolicies.code))
    .all()
    .map((r) => ({ ...r.p, brandName: r.brandName }));
}

/** Every running policy's position on a date (today by default); store policies per store when asked. */
export function forecast(core: Core, input: { date?: string; brandId?: string; includeStores?: boolean } = {}): ForecastRow[] {
  const date = input.date ? assertBusinessDate(input.date) : businessDate(core.now(), core.timeZone);
  const engine = new Engine(core);
  const out: ForecastRow[] = [];
  for (const p of running(core, input.brandId)) {
    if (p.scope === 'store' && !input.includeStores) continue;
    const at = engine.periodAt(p, date);
    if (!at || at.version.validFrom > date || (at.version.validTo ?? '9999-12-31') < date) continue;
    for (const b of engine.bases(p, at.version, at.period)) out.push(row(engine, p, at.version, at.period.key, at.period.to, b));
  }
  return out;
}

export interface OrderForecastRow extends ForecastRow {
  /** With this order's goods counted. */
  after: { basisAmount: number; basisQty: number; tierNo: number; amount: number; gain: number };
}

/** For the purchase-order screen: what the order's goods would do to each running purchase policy of its brand. */
export function forecastForPurchaseOrder(core: Core, input: { poId: string; date?: string }): OrderForecastRow[] {
  const po = getPurchaseOrder(core, input.poId);
  const date = input.date ? assertBusinessDate(input.date) : businessDate(core.now(), core.timeZone);
  const engine = new Engine(core);
  const lines = purchaseOrderLinesOf(core, po.id);
  const out: OrderForecastRow[] = [];
  for (const p of running(core, po.brandId)) {
    if (p.scope !== 'brand') continue;
    const at = engine.periodAt(p, date);
    if (!at || at.version.basis !== 'purchase' || at.version.kind === 'prompt_payment' || at.version.kind === 'fixed') continue;
    const v = at.version;
    const set = engine.catalog.setOf(v, p.brandId);
    const [b] = engine.bases(p, v, at.period);
    if (!b) continue;
    const base = row(engine, p, v, at.period.key, at.period.to, b);
    const mine = lines.filter((l) => set.has(l.productId));
    const grown: PartyBasis = {
      partyId: '',
      amount: b.amount + mine.reduce((a, l) => a + l.amount, 0),
      qty: b.qty + mine.reduce((a, l) => a + engine.catalog.units(l.productId, v.unitName, l.qtyBase), 0),
    };
    const o = outcome(v, grown);
    out.push({ ...base, after: { basisAmount: grown.amount, basisQty: grown.qty, tierNo: o.tierNo, amount: o.amount, gain: o.amount - base.amount } });
  }
  return out;
}
