// How a promotion reads in the list: its product set and its rule (买10箱赠1箱 …, 满 ¥1,000.00 减 ¥50.00).
import type { TFunction } from 'i18next';
import type { ApiOutputs } from '../../api/types';
import { formatFen } from '../../components/money';

export type PromotionView = ApiOutputs['promotions']['get'];

export function scopeText(p: PromotionView): string {
  return [...p.products.map((x) => x.name), ...p.categories.map((x) => x.name), ...p.brands.map((x) => x.name)].join('、');
}

export function ruleText(t: TFunction, p: PromotionView): string {
  if (p.kind === 'gift' && p.gift) {
    return t('promotions.rule.gift', { buy: p.gift.buyQty, unit: p.unitName, qty: p.gift.qty, giftUnit: p.gift.unitName, product: p.gift.productName });
  }
  return p.tiers
    .map((tier) => {
      const threshold = p.basis === 'amount' ? `¥${formatFen(tier.threshold)}` : `${tier.threshold}${p.unitName}`;
      return tier.discountBp !== null
        ? t('promotions.rule.tierRate', { threshold, rate: formatFen(tier.discountBp).replace(/\.00$/, '') })
        : t('promotions.rule.tierOff', { threshold, off: formatFen(tier.discountFen ?? 0) });
    })
    .join('；');
}
