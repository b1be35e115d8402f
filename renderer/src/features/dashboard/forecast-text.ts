// The next-tier sentence of a rebate forecast row, in the screen's language: 再进 37 箱可达下一档，多返 ¥1,280.00.
import type { TFunction } from 'i18next';
import { formatFen } from '../../components/money';

export interface ForecastNext {
  measure: 'amount' | 'quantity';
  unitName: string;
  next: { gap: number; extra: number } | null;
}

export function nextTierText(t: TFunction, row: ForecastNext): string {
  if (!row.next) return t('dashboard.rebates.top');
  const extra = formatFen(row.next.extra);
  return row.measure === 'amount'
    ? t('dashboard.rebates.gapAmount', { gap: formatFen(row.next.gap), extra })
    : t('dashboard.rebates.gapQty', { gap: row.next.gap, unit: row.unitName, extra });
}
