// The promotion form's values (what the boxes hold: text, yuan, percent) and their mapping to promotions.create's
// input. Field paths mirror the input (gift.buyQty, tiers.0.discountFen, …) so the server's errors land on the field.
import type { PromotionInput } from '../../../../electron/api/contract/promotions';
import { parseYuan } from '../../components/money';

export interface TierValues {
  threshold: string;
  /** Percent off as typed ("2" = 2%); sent as basis points. */
  discountBp: string;
  /** Yuan off as typed; sent as fen. */
  discountFen: string;
}

export interface PromotionValues {
  name: string;
  kind: 'gift' | 'tiered';
  startsOn: string;
  endsOn: string;
  productIds: string[];
  categoryIds: string[];
  brandIds: string[];
  unitId: string | null;
  gift: { buyQty: string; productId: string | null; unitId: string | null; qty: string };
  basis: 'amount' | 'quantity';
  tiers: TierValues[];
  note: string;
}

export const emptyTier = (): TierValues => ({ threshold: '', discountBp: '', discountFen: '' });

export function initialPromotion(today: string): PromotionValues {
  return {
    name: '',
    kind: 'gift',
    startsOn: today,
    endsOn: today,
    productIds: [],
    categoryIds: [],
    brandIds: [],
    unitId: null,
    gift: { buyQty: '', productId: null, unitId: null, qty: '' },
    basis: 'amount',
    tiers: [emptyTier()],
    note: '',
  };
}

const whole = (s: string): number | null => (/^\s*\d+\s*$/.test(s) ? Number(s) : s.trim() === '' ? null : Number.NaN);
/** "2.5" (percent) → 250 basis points; the same two-decimal digits as yuan → fen. */
const percentToBp = (s: string): number | null => parseYuan(s);

/** Fields whose text is not a number, so the form says so before asking the server. */
export function numberProblems(v: PromotionValues): string[] {
  const bad: string[] = [];
  const check = (path: string, n: number | null) => {
    if (n !== null && !Number.isFinite(n)) bad.push(path);
  };
  if (v.kind === 'gift') {
    check('gift.buyQty', whole(v.gift.buyQty));
    check('gift.qty', whole(v.gift.qty));
  } else {
    v.tiers.forEach((t, i) => {
      check(`tiers.${i}.threshold`, v.basis === 'amount' ? parseYuan(t.threshold) : whole(t.threshold));
      check(`tiers.${i}.discountBp`, percentToBp(t.discountBp));
      check(`tiers.${i}.discountFen`, parseYuan(t.discountFen));
    });
  }
  return bad;
}

// Empty numbers go as 0 so the server names the missing field with its own rule (PROMOTION_GIFT_REQUIRED …).
export function toPromotionInput(v: PromotionValues): PromotionInput {
  const base = {
    name: v.name,
    kind: v.kind,
    startsOn: v.startsOn,
    endsOn: v.endsOn,
    productIds: v.productIds,
    categoryIds: v.categoryIds,
    brandIds: v.brandIds,
    unitId: v.unitId,
    note: v.note,
  };
  if (v.kind === 'gift') {
    return {
      ...base,
      gift: { buyQty: whole(v.gift.buyQty) ?? 0, productId: v.gift.productId ?? '', unitId: v.gift.unitId, qty: whole(v.gift.qty) ?? 0 },
    };
  }
  return {
    ...base,
    basis: v.basis,
    tiers: v.tiers.map((t) => ({
      threshold: (v.basis === 'amount' ? parseYuan(t.threshold) : whole(t.threshold)) ?? 0,
      discountBp: percentToBp(t.discountBp),
      discountFen: parseYuan(t.discountFen),
    })),
  };
}
