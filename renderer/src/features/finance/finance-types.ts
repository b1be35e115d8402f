// The shapes the finance screens show, inferred from the API so they follow it.
import type { ApiOutputs } from '../../api/types';

export type AgingRow = ApiOutputs['receivables']['aging'][number];
export type OverdueRow = ApiOutputs['receivables']['overdue'][number];
export type ItemRow = ApiOutputs['receivables']['items'][number];
export type ReceiptMethod = 'cash' | 'bank' | 'wechat' | 'alipay' | 'other';
export const RECEIPT_METHODS: readonly ReceiptMethod[] = ['cash', 'bank', 'wechat', 'alipay', 'other'];

/** Today as a business date (YYYY-MM-DD) in the PC's local time. */
export function todayDate(): string {
  const d = new Date();
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
}
