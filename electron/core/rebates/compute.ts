// The rebate arithmetic, pure: from a version's terms and the basis (amount in fen, quantity in whole units) to the
// tier reached, the rate applied and the amount in fen. Rates are basis points; one rounding, half up, at the end.
import type { RebateTier, rebatePolicyVersions } from '../../../db/schema';

export type Version = typeof rebatePolicyVersions.$inferSelect;

export interface Basis {
  amount: number;
  qty: number;
}

export interface Outcome {
  /** 1-based tier reached (tiered) or 1 when a target/task is met; 0 otherwise. */
  tierNo: number;
  /** Rate (bp) or fen per unit applied at the tier reached; 0 when nothing applies. */
  rateValue: number;
  amount: number;
}

/** n / d rounded half up (away from zero), in BigInt so amounts × rates never lose a fen. */
function divRound(n: bigint, d: bigint): number {
  const twice = (n * 2n) / d;
  return Number((twice + (twice >= 0n ? 1n : -1n)) / 2n);
}

const bpOf = (amount: number, bp: number) => divRound(BigInt(amount) * BigInt(bp), 10_000n);

/** The measure a tier or target is compared with. */
export const measureOf = (v: Pick<Version, 'measure'>, b: Basis) => (v.measure === 'amount' ? b.amount : b.qty);

/** Index of the highest tier whose start the measure reaches (-1 when none). Thresholds are inclusive. */
export function tierIndex(tiers: readonly RebateTier[], measure: number): number {
  let i = -1;
  tiers.forEach((t, k) => {
    if (measure >= t.from) i = k;
  });
  return i;
}

/**
 * Tiered: whole = the reached tier's value on the whole basis; marginal = each tier's value on the part of the
 * basis within it. Amount measure: values are bp of the amount; quantity measure: fen per unit.
 */
function tiered(v: Version, b: Basis): Outcome {
  const m = measureOf(v, b);
  const i = tierIndex(v.tiers, m);
  if (i < 0) return { tierNo: 0, rateValue: 0, amount: 0 };
  const tier = v.tiers[i]!;
  const scale = v.measure === 'amount' ? 10_000n : 1n;
  if (v.tierMode !== 'marginal') return { tierNo: i + 1, rateValue: tier.value, amount: divRound(BigInt(m) * BigInt(tier.value), scale) };
  let sum = 0n;
  for (let k = 0; k <= i; k++) {
    const t = v.tiers[k]!;
    const end = k < i ? v.tiers[k + 1]!.from : m;
    sum += BigInt(end - t.from) * BigInt(t.value);
  }
  return { tierNo: i + 1, rateValue: tier.value, amount: divRound(sum, scale) };
}

/** Prompt payment and fixed tasks need facts beyond the basis: the caller passes what they resolved to. */
export function outcome(v: Version, b: Basis, opts: { achieved?: boolean } = {}): Outcome {
  switch (v.kind) {
    case 'tiered':
      return tiered(v, b);
    case 'per_unit':
      return { tierNo: b.qty > 0 ? 1 : 0, rateValue: v.perUnit ?? 0, amount: b.qty * (v.perUnit ?? 0) };
    case 'target': {
      const met = measureOf(v, b) >= (v.target ?? 0);
      return met ? { tierNo: 1, rateValue: v.rateBp ?? 0, amount: bpOf(b.amount, v.rateBp ?? 0) } : { tierNo: 0, rateValue: 0, amount: 0 };
    }
    case 'prompt_payment':
      return { tierNo: b.amount > 0 ? 1 : 0, rateValue: v.rateBp ?? 0, amount: bpOf(b.amount, v.rateBp ?? 0) };
    case 'fixed':
      return opts.achieved ? { tierNo: 1, rateValue: 0, amount: v.fixedAmount ?? 0 } : { tierNo: 0, rateValue: 0, amount: 0 };
  }
}

export interface NextStep {
  /** What the measure still needs: fen (amount measure) or whole units (quantity measure). */
  gap: number;
  /** 1-based tier (or 1 for a target) the gap reaches. */
  tierNo: number;
  /** The extra rebate in fen once the gap is closed. */
  extra: number;
}

/**
 * How far to the next tier (or the target) and what it adds. For a quantity measure the added units are valued at
 * the basis's average price so far (the amount a rate applies to grows with them).
 */
export function nextStep(v: Version, b: Basis): NextStep | null {
  const m = measureOf(v, b);
  let goal: number | null = null;
  let tierNo = 0;
  if (v.kind === 'tiered') {
    const i = tierIndex(v.tiers, m);
    const next = v.tiers[i + 1];
    if (next) {
      goal = next.from;
      tierNo = i + 2;
    }
  } else if (v.kind === 'target' && m < (v.target ?? 0)) {
    goal = v.target ?? 0;
    tierNo = 1;
  }
  if (goal === null) return null;
  const gap = goal - m;
  const grown: Basis =
    v.measure === 'amount'
      ? { amount: goal, qty: b.qty }
      : { qty: goal, amount: b.qty > 0 ? b.amount + divRound(BigInt(b.amount) * BigInt(gap), BigInt(b.qty)) : b.amount };
  return { gap, tierNo, extra: outcome(v, grown).amount - outcome(v, b).amount };
}
