// The accrual engine: for each policy and period, the basis (facts in the period, the version's product set),
// the tier reached, the rate and the amount, stored as a snapshot per (policy, period, party). Snapshots are
// recomputed as facts change until the period is closed; closing freezes them (and, for store policies, credits
// each store's rebate account with what it earned). A brand's confirmed credit sits beside the estimate.
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { rebateAccruals, rebateLedger, rebatePolicies, rebatePolicyVersions, rebateTaskMarks } from '../../../db/schema';
import type { Actor, Core } from '../shared/context';
import { businessDate } from '../shared/dates';
import { AppError } from '../shared/errors';
import { newId } from '../shared/ids';
import { mutate } from '../shared/mutate';
import { assertBusinessDate } from '../shared/period-lock';
import { FactCache, sourceOf } from './basis';
import { outcome, type Basis, type Outcome, type Version } from './compute';
import { postEntry } from './ledger';
import { Catalog } from './product-set';
import { parsePeriod, periodOf, type Period } from './periods';
import { versionFor, type Policy } from './policies';

export type Accrual = typeof rebateAccruals.$inferSelect;

export interface PartyBasis extends Basis {
  partyId: string;
}

/** What the engine needs once per run: products, facts by range, versions and task marks. */
export class Engine {
  readonly catalog: Catalog;
  readonly facts: FactCache;
  private readonly versions = new Map<string, Version[]>();
  private marks: Map<string, boolean> | null = null;

  constructor(private readonly core: Core) {
    this.catalog = new Catalog(core);
    this.facts = new FactCache(core);
    for (const v of core.db.select().from(rebatePolicyVersions).orderBy(asc(rebatePolicyVersions.validFrom)).all()) {
      this.versions.set(v.policyId, [...(this.versions.get(v.policyId) ?? []), v]);
    }
  }

  versionsOf(policyId: string): Version[] {
    return this.versions.get(policyId) ?? [];
  }

  /** The period of a policy containing a date, with the version in force then (null when none). */
  periodAt(policy: Policy, date: string): { period: Period; version: Version } | null {
    for (const v of this.versionsOf(policy.id)) {
      const period = periodOf(v.periodKind, date);
      const version = versionFor(this.versionsOf(policy.id), period);
      if (version && version.periodKind === v.periodKind) return { period, version };
    }
    return null;
  }

  achieved(policyId: string, periodKey: string, partyId: string): boolean {
    if (!this.marks) {
      this.marks = new Map();
      const rows = this.core.db.select().from(rebateTaskMarks).orderBy(asc(rebateTaskMarks.markedAt), asc(rebateTaskMarks.id)).all();
      for (const m of rows) this.marks.set(`${m.policyId}|${m.periodKey}|${m.partyId}`, m.achieved);
    }
    return this.marks.get(`${policyId}|${periodKey}|${partyId}`) ?? false;
  }

  /**
   * The basis per party ('' for brand policies; every store with facts, or the policy's one store). Facts come
   * summed per product (and store), so whole units are counted per product without a second grouping.
   */
  bases(policy: Policy, version: Version, period: Period): PartyBasis[] {
    const set = this.catalog.setOf(version, policy.brandId);
    const source = sourceOf(version);
    const facts = policy.scope === 'brand' ? this.facts.byProduct(source, period.from, period.to) : this.facts.get(source, period.from, period.to);
    const byParty = new Map<string, PartyBasis>();
    const only = policy.scope === 'store' ? policy.customerId : null;
    for (const f of facts) {
      if (!set.has(f.productId)) continue;
      if (version.kind === 'prompt_payment' && (f.lateDays ?? Infinity) > (version.paymentDays ?? 0)) continue;
      const party = policy.scope === 'brand' ? '' : f.partyId;
      if (only && party !== only) continue;
      let b = byParty.get(party);
      if (!b) byParty.set(party, (b = { partyId: party, amount: 0, qty: 0 }));
      b.amount += f.amount;
      b.qty += this.catalog.units(f.productId, version.unitName, f.qtyBase);
    }
    const must = policy.scope === 'brand' ? '' : only;
    if (must !== null && !byParty.has(must)) byParty.set(must, { partyId: must, amount: 0, qty: 0 });
    return [...byParty.values()];
  }

  outcomeOf(policy: Policy, version: Version, period: Period, b: PartyBasis): Outcome {
    return outcome(version, b, { achieved: version.kind === 'fixed' ? this.achieved(policy.id, period.key, b.partyId) : false });
  }
}

const today = (core: Core) => businessDate(core.now(), core.timeZone);

function policiesOf(core: Core, f: { policyIds?: string[]; brandId?: string }): Policy[] {
  return core.db
    .select()
    .from(rebatePolicies)
    .where(and(f.policyIds ? inArray(rebatePolicies.id, f.policyIds) : undefined, f.brandId ? eq(rebatePolicies.brandId, f.brandId) : undefined))
    .orderBy(asc(rebatePolicies.code))
    .all();
}

/** The period a request names: a key ('2026-Q1'), or the period of each policy containing a date. */
function targetPeriod(engine: Engine, policy: Policy, at: { periodKey?: string; date: string }): { period: Period; version: Version } | null {
  if (!at.periodKey) return engine.periodAt(policy, at.date);
  const period = parsePeriod(at.periodKey);
  const version = versionFor(engine.versionsOf(policy.id), period);
  return version && version.periodKind === period.kind ? { period, version } : null;
}

export interface RecomputeInput {
  periodKey?: string;
  /** Business date whose periods are computed; defaults to today. */
  date?: string;
  policyIds?: string[];
  brandId?: string;
}

/** Recomputes (inside the caller's transaction) the snapshots of the matching policies; closed ones stay. */
export function recomputeIn(core: Core, input: RecomputeInput = {}): Accrual[] {
  if (input.periodKey) parsePeriod(input.periodKey);
  const date = input.date ? assertBusinessDate(input.date) : today(core);
  const engine = new Engine(core);
  const now = core.now().toISOString();
  const upsert = core.sqlite.prepare(
    `INSERT INTO rebate_accruals (id, policy_id, version_id, period_key, party_id, period_from, period_to, basis_amount, basis_qty, tier_no, rate_value, amount, status, computed_at)
     VALUES (@id, @policyId, @versionId, @periodKey, @partyId, @periodFrom, @periodTo, @basisAmount, @basisQty, @tierNo, @rateValue, @amount, 'estimated', @computedAt)
     ON CONFLICT (policy_id, period_key, party_id) DO UPDATE SET version_id = excluded.version_id, basis_amount = excluded.basis_amount,
       basis_qty = excluded.basis_qty, tier_no = excluded.tier_no, rate_value = excluded.rate_value, amount = excluded.amount,
       computed_at = excluded.computed_at
     WHERE rebate_accruals.status = 'estimated'`,
  );
  const keys: { policyId: string; periodKey: string }[] = [];
  for (const policy of policiesOf(core, input)) {
    const at = targetPeriod(engine, policy, { periodKey: input.periodKey, date });
    if (!at) continue;
    const { period, version } = at;
    for (const b of engine.bases(policy, version, period)) {
      const o = engine.outcomeOf(policy, version, period, b);
      upsert.run({ id: newId(), policyId: policy.id, versionId: version.id, periodKey: period.key, partyId: b.partyId, periodFrom: period.from, periodTo: period.to, basisAmount: b.amount, basisQty: b.qty, tierNo: o.tierNo, rateValue: o.rateValue, amount: o.amount, computedAt: now });
    }
    keys.push({ policyId: policy.id, periodKey: period.key });
  }
  if (keys.length === 0) return [];
  const rows = core.db.select().from(rebateAccruals).where(inArray(rebateAccruals.policyId, [...new Set(keys.map((k) => k.policyId))])).all();
  const wanted = new Set(keys.map((k) => `${k.policyId}|${k.periodKey}`));
  return rows.filter((r) => wanted.has(`${r.policyId}|${r.periodKey}`));
}

export function recomputeAccruals(core: Core, actor: Actor | null, input: RecomputeInput = {}): Accrual[] {
  return mutate(core, actor, (rows) => ({ action: 'rebates.accruals.recompute', entity: 'rebate_accrual', data: { ...input, rows: rows.length } }), () => recomputeIn(core, input));
}

/**
 * Closes a period of the matching policies: recomputes once more, then freezes the snapshots. Store policies credit
 * each store's rebate account with its amount (no expiry), dated the period's last day.
 */
export function closePeriod(core: Core, actor: Actor, input: { periodKey: string; policyIds?: string[]; brandId?: string }): Accrual[] {
  return mutate(
    core,
    actor,
    (rows) => ({ action: 'rebates.period.close', entity: 'rebate_accrual', data: { ...input, rows: rows.map((r) => r.id) } }),
    () => {
      const period = parsePeriod(input.periodKey);
      if (period.to >= today(core)) throw new AppError('REBATE_PERIOD_NOT_ENDED', { period: period.key, to: period.to });
      const rows = recomputeIn(core, input).filter((r) => r.status === 'estimated');
      const closedAt = core.now().toISOString();
      for (const r of rows) {
        core.db.update(rebateAccruals).set({ status: 'closed', closedBy: actor.userId, closedAt }).where(eq(rebateAccruals.id, r.id)).run();
        const policy = core.db.select().from(rebatePolicies).where(eq(rebatePolicies.id, r.policyId)).get()!;
        if (policy.scope === 'store' && r.amount > 0) {
          postEntry(core, actor, { accountKind: 'store', accountId: r.partyId, kind: 'credit', amount: r.amount, businessDate: period.to, policyId: policy.id, periodKey: period.key, refNo: policy.code, note: `${policy.name} ${period.key}` });
        }
      }
      return rows.map((r) => ({ ...r, status: 'closed' as const, closedBy: actor.userId, closedAt }));
    },
  );
}

export interface AccrualView extends Accrual {
  policyCode: string;
  policyName: string;
  scope: Policy['scope'];
  brandId: string;
  kind: Version['kind'];
  measure: Version['measure'];
  unitName: string;
  /** Brand policies: credits the brand confirmed for this policy and period, and confirmed − estimated. */
  confirmed: number;
  difference: number;
}

export function listAccruals(core: Core, f: { periodKey?: string; brandId?: string; policyId?: string; partyId?: string } = {}): AccrualView[] {
  const rows = core.db
    .select({ a: rebateAccruals, p: rebatePolicies, v: rebatePolicyVersions })
    .from(rebateAccruals)
    .innerJoin(rebatePolicies, eq(rebatePolicies.id, rebateAccruals.policyId))
    .innerJoin(rebatePolicyVersions, eq(rebatePolicyVersions.id, rebateAccruals.versionId))
    .where(
      and(
        f.periodKey ? eq(rebateAccruals.periodKey, f.periodKey) : undefined,
        f.brandId ? eq(rebatePolicies.brandId, f.brandId) : undefined,
        f.policyId ? eq(rebateAccruals.policyId, f.policyId) : undefined,
        f.partyId !== undefined ? eq(rebateAccruals.partyId, f.partyId) : undefined,
      ),
    )
    .orderBy(asc(rebateAccruals.periodFrom), asc(rebatePolicies.code), asc(rebateAccruals.partyId))
    .all();
  const confirmed = new Map(
    (
      core.db
        .select({ policyId: rebateLedger.policyId, periodKey: rebateLedger.periodKey, sum: sql<number>`sum(${rebateLedger.amount})` })
        .from(rebateLedger)
        .where(and(eq(rebateLedger.kind, 'credit'), eq(rebateLedger.accountKind, 'brand')))
        .groupBy(rebateLedger.policyId, rebateLedger.periodKey)
        .all()
    ).map((c) => [`${c.policyId}|${c.periodKey}`, c.sum]),
  );
  return rows.map(({ a, p, v }) => {
    const c = p.scope === 'brand' ? (confirmed.get(`${a.policyId}|${a.periodKey}`) ?? 0) : 0;
    return { ...a, policyCode: p.code, policyName: p.name, scope: p.scope, brandId: p.brandId, kind: v.kind, measure: v.measure, unitName: v.unitName, confirmed: c, difference: p.scope === 'brand' ? c - a.amount : 0 };
  });
}

/** A fixed task reward is achieved (or not) for a period: the latest mark counts until the period is closed. */
export function markTask(core: Core, actor: Actor, input: { policyId: string; periodKey: string; partyId?: string; achieved: boolean; note?: string }) {
  return mutate(
    core,
    actor,
    (m) => ({ action: 'rebates.task.mark', entity: 'rebate_policy', entityId: input.policyId, data: m }),
    () => {
      const policy = core.db.select().from(rebatePolicies).where(eq(rebatePolicies.id, input.policyId)).get();
      if (!policy) throw new AppError('REBATE_POLICY_NOT_FOUND', { id: input.policyId });
      const period = parsePeriod(input.periodKey);
      const engine = new Engine(core);
      const version = versionFor(engine.versionsOf(policy.id), period);
      if (!version) throw new AppError('REBATE_NO_VERSION', { policy: policy.name, period: period.key });
      if (version.kind !== 'fixed') throw new AppError('REBATE_NOT_TASK', { policy: policy.name });
      const partyId = input.partyId ?? '';
      assertOpen(core, policy, period.key, partyId);
      const mark = { id: newId(), policyId: policy.id, periodKey: period.key, partyId, achieved: input.achieved, note: input.note ?? '', markedBy: actor.userId, markedAt: core.now().toISOString() };
      core.db.insert(rebateTaskMarks).values(mark).run();
      recomputeIn(core, { periodKey: period.key, policyIds: [policy.id] });
      return mark;
    },
  );
}

export function assertOpen(core: Core, policy: Policy, periodKey: string, partyId: string): void {
  const row = core.db
    .select({ status: rebateAccruals.status })
    .from(rebateAccruals)
    .where(and(eq(rebateAccruals.policyId, policy.id), eq(rebateAccruals.periodKey, periodKey), eq(rebateAccruals.partyId, partyId)))
    .get();
  if (row?.status === 'closed') throw new AppError('REBATE_PERIOD_CLOSED', { policy: policy.name, period: periodKey });
}
