// Rebate policies and their versions. A policy names the brand (and, for store policies, the store); its terms live
// in versions valid over business-date ranges that never overlap, so every period has at most one version in force.
// Versions are append-only: a change of terms is a new version from a later date.
import { asc, eq } from 'drizzle-orm';
import { customers, rebatePolicies, rebatePolicyVersions, type RebateTier } from '../../../db/schema';
import { getBrand } from '../catalog/brands';
import type { Actor, Core } from '../shared/context';
import { AppError } from '../shared/errors';
import { newId } from '../shared/ids';
import { assertFen } from '../shared/money';
import { mutate } from '../shared/mutate';
import { assertBusinessDate } from '../shared/period-lock';
import type { Version } from './compute';
import type { Period, PeriodKind } from './periods';

export type Policy = typeof rebatePolicies.$inferSelect;

export interface VersionInput {
  validFrom: string;
  validTo?: string | null;
  periodKind?: PeriodKind | null;
  basis: Version['basis'];
  measure?: Version['measure'];
  kind: Version['kind'];
  tierMode?: Version['tierMode'];
  unitName?: string;
  productIds?: string[];
  categoryIds?: string[];
  brandIds?: string[];
  tiers?: RebateTier[];
  rateBp?: number | null;
  perUnit?: number | null;
  target?: number | null;
  paymentDays?: number | null;
  fixedAmount?: number | null;
  settlement?: Version['settlement'];
  goodsProductId?: string | null;
}

export interface PolicyInput {
  code: string;
  name: string;
  scope: Policy['scope'];
  brandId: string;
  customerId?: string | null;
  note?: string;
  version: VersionInput;
}

const KIND_NAMES: Record<Version['kind'], string> = { tiered: '阶梯', per_unit: '按件', target: '目标达成', prompt_payment: '及时打款', fixed: '任务奖励' };

function need(kind: Version['kind'], field: string, value: number | null | undefined, min = 1): number {
  if (value === null || value === undefined) throw new AppError('REBATE_VALUE_MISSING', { kind: KIND_NAMES[kind], field });
  if (!Number.isSafeInteger(value) || value < min) throw new AppError('REBATE_VALUE_RANGE', { field, value });
  return value;
}

function checkTiers(tiers: readonly RebateTier[] | undefined): RebateTier[] {
  if (!tiers || tiers.length === 0) throw new AppError('REBATE_TIERS_EMPTY');
  tiers.forEach((t, i) => {
    if (!Number.isSafeInteger(t.from) || t.from < 0) throw new AppError('REBATE_VALUE_RANGE', { field: 'from', value: t.from });
    if (!Number.isSafeInteger(t.value) || t.value <= 0) throw new AppError('REBATE_VALUE_RANGE', { field: 'value', value: t.value });
    const prev = tiers[i - 1];
    if (prev && (t.from <= prev.from || t.value <= prev.value)) throw new AppError('REBATE_TIERS_ORDER', { tier: i + 1 });
  });
  return tiers.map((t) => ({ from: t.from, value: t.value }));
}

/** Validates a version's terms and returns the row to insert (without policy id, number and audit fields). */
function versionRow(core: Core, policy: Pick<Policy, 'scope'>, v: VersionInput) {
  if (!v.periodKind) throw new AppError('REBATE_PERIOD_REQUIRED');
  assertBusinessDate(v.validFrom);
  if (v.validTo) {
    assertBusinessDate(v.validTo);
    if (v.validTo < v.validFrom) throw new AppError('DATE_RANGE', { from: v.validFrom, to: v.validTo });
  }
  if (policy.scope === 'store' && v.basis !== 'sellout') throw new AppError('REBATE_SCOPE_BASIS');
  for (const id of v.brandIds ?? []) getBrand(core, id);
  const measure = v.kind === 'per_unit' ? 'quantity' : v.kind === 'prompt_payment' ? 'amount' : (v.measure ?? 'amount');
  const row = {
    validFrom: v.validFrom,
    validTo: v.validTo ?? null,
    periodKind: v.periodKind,
    basis: v.kind === 'prompt_payment' ? ('purchase' as const) : v.basis,
    measure,
    kind: v.kind,
    tierMode: v.kind === 'tiered' ? (v.tierMode ?? 'whole') : null,
    unitName: v.unitName?.trim() || '箱',
    productIds: v.productIds ?? [],
    categoryIds: v.categoryIds ?? [],
    brandIds: v.brandIds ?? [],
    tiers: v.kind === 'tiered' ? checkTiers(v.tiers) : [],
    rateBp: v.kind === 'target' || v.kind === 'prompt_payment' ? need(v.kind, 'rateBp', v.rateBp) : null,
    perUnit: v.kind === 'per_unit' ? need(v.kind, 'perUnit', v.perUnit) : null,
    target: v.kind === 'target' ? need(v.kind, 'target', v.target) : null,
    paymentDays: v.kind === 'prompt_payment' ? need(v.kind, 'paymentDays', v.paymentDays, 0) : null,
    fixedAmount: v.kind === 'fixed' ? need(v.kind, 'fixedAmount', v.fixedAmount) : null,
    settlement: v.settlement ?? 'credit',
    goodsProductId: v.settlement === 'goods' ? (v.goodsProductId ?? null) : null,
  };
  if (row.rateBp !== null && row.rateBp > 10_000) throw new AppError('REBATE_VALUE_RANGE', { field: 'rateBp', value: row.rateBp });
  if (row.fixedAmount !== null) assertFen(row.fixedAmount);
  if (row.settlement === 'goods' && !row.goodsProductId) throw new AppError('REBATE_GOODS_PRODUCT');
  return row;
}

const END = '9999-12-31';

function assertNoOverlap(core: Core, policyId: string, from: string, to: string | null): void {
  for (const o of versionsOf(core, policyId)) {
    if (from <= (o.validTo ?? END) && o.validFrom <= (to ?? END)) {
      throw new AppError('REBATE_VERSION_OVERLAP', { from, to: to ?? '∞', version: o.versionNo, otherFrom: o.validFrom, otherTo: o.validTo ?? '∞' });
    }
  }
}

export function insertVersion(core: Core, actor: Actor | null, policy: Policy, input: VersionInput): Version {
  const row = versionRow(core, policy, input);
  assertNoOverlap(core, policy.id, row.validFrom, row.validTo);
  const versionNo = versionsOf(core, policy.id).length + 1;
  const version: Version = { id: newId(), policyId: policy.id, versionNo, ...row, createdBy: actor?.userId ?? null, createdAt: core.now().toISOString() };
  core.db.insert(rebatePolicyVersions).values(version).run();
  return version;
}

/** Inside the caller's transaction: the policy and its first version (used by create and by imports). */
export function insertPolicy(core: Core, actor: Actor | null, input: PolicyInput): { policy: Policy; version: Version } {
  const code = input.code.trim();
  const name = input.name.trim();
  if (!code) throw new AppError('FIELD_TYPE', { expected: 'code' });
  if (!name) throw new AppError('FIELD_TYPE', { expected: 'name' });
  if (core.db.select({ id: rebatePolicies.id }).from(rebatePolicies).where(eq(rebatePolicies.code, code)).get()) throw new AppError('REBATE_POLICY_CODE_TAKEN', { code });
  getBrand(core, input.brandId);
  if (input.customerId && !core.db.select({ id: customers.id }).from(customers).where(eq(customers.id, input.customerId)).get()) {
    throw new AppError('NOT_FOUND', { what: input.customerId });
  }
  const policy: Policy = {
    id: newId(),
    code,
    name,
    scope: input.scope,
    brandId: input.brandId,
    customerId: input.scope === 'store' ? (input.customerId ?? null) : null,
    note: input.note ?? '',
    createdBy: actor?.userId ?? null,
    createdAt: core.now().toISOString(),
  };
  // Validate the terms before the first write, so a refused policy leaves nothing behind.
  versionRow(core, policy, input.version);
  core.db.insert(rebatePolicies).values(policy).run();
  return { policy, version: insertVersion(core, actor, policy, input.version) };
}

export function createPolicy(core: Core, actor: Actor, input: PolicyInput) {
  return mutate(
    core,
    actor,
    (r) => ({ action: 'rebates.policy.create', entity: 'rebate_policy', entityId: r.policy.id, data: { code: r.policy.code, version: r.version } }),
    () => insertPolicy(core, actor, input),
  );
}

export function addVersion(core: Core, actor: Actor, input: { policyId: string; version: VersionInput }): Version {
  return mutate(
    core,
    actor,
    (v) => ({ action: 'rebates.policy.version', entity: 'rebate_policy', entityId: input.policyId, data: v }),
    () => insertVersion(core, actor, getPolicy(core, input.policyId), input.version),
  );
}

export function getPolicy(core: Core, id: string): Policy {
  const p = core.db.select().from(rebatePolicies).where(eq(rebatePolicies.id, id)).get();
  if (!p) throw new AppError('REBATE_POLICY_NOT_FOUND', { id });
  return p;
}

export const versionsOf = (core: Core, policyId: string): Version[] =>
  core.db.select().from(rebatePolicyVersions).where(eq(rebatePolicyVersions.policyId, policyId)).orderBy(asc(rebatePolicyVersions.validFrom)).all();

/**
 * The version a period is computed with: the latest-starting version that overlaps the period (versions never
 * overlap each other, so a period split between two versions takes the newer terms for the whole period).
 */
export function versionFor(versions: readonly Version[], period: Pick<Period, 'from' | 'to'>): Version | null {
  let found: Version | null = null;
  for (const v of versions) if (v.validFrom <= period.to && (v.validTo ?? END) >= period.from && (!found || v.validFrom > found.validFrom)) found = v;
  return found;
}

export interface PolicyView extends Policy {
  versions: Version[];
}

export function listPolicies(core: Core, f: { brandId?: string; scope?: Policy['scope'] } = {}): PolicyView[] {
  const all = core.db.select().from(rebatePolicies).orderBy(asc(rebatePolicies.code)).all();
  const versions = core.db.select().from(rebatePolicyVersions).orderBy(asc(rebatePolicyVersions.validFrom)).all();
  return all
    .filter((p) => (!f.brandId || p.brandId === f.brandId) && (!f.scope || p.scope === f.scope))
    .map((p) => ({ ...p, versions: versions.filter((v) => v.policyId === p.id) }));
}

export const policyView = (core: Core, id: string): PolicyView => ({ ...getPolicy(core, id), versions: versionsOf(core, id) });
