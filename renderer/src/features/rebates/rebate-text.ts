// How an accrual's tier and rate read on screen: the same words the printed statement uses (第 2 档, 1.50%, ¥0.50/箱).
import type { TFunction } from 'i18next';
import type { ApiOutputs } from '../../api/types';
import { formatFen } from '../../components/money';

export type AccrualRow = ApiOutputs['rebates']['accruals'][number];

export function tierText(t: TFunction, a: Pick<AccrualRow, 'tierNo' | 'kind'>): string {
  if (a.tierNo === 0) return t('rebates.accrual.notReached');
  return a.kind === 'tiered' ? t('rebates.accrual.tierNo', { n: a.tierNo }) : t('rebates.accrual.reached');
}

/** Basis points read as a percentage; fen per unit as ¥/unit (per-unit policies and quantity tiers). */
export function rateText(a: Pick<AccrualRow, 'rateValue' | 'kind' | 'measure' | 'unitName'>): string {
  if (a.rateValue === 0) return '';
  if (a.kind === 'per_unit' || (a.kind === 'tiered' && a.measure === 'quantity')) return `¥${formatFen(a.rateValue)}/${a.unitName}`;
  return `${(a.rateValue / 100).toFixed(2)}%`;
}

/** This month as a period key (2026-11), by the computer's calendar like the other screens' date defaults. */
export function thisMonth(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}`;
}

export function today(): string {
  const d = new Date();
  return `${thisMonth()}-${String(d.getDate()).padStart(2, '0')}`;
}
