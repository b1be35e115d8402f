// How a suggestion reads in the workbench, and the match call that accepts it.
import type { TFunction } from 'i18next';
import type { ApiInputs, ApiOutputs } from '../../../api/types';
import { formatFen } from '../../../components/money';

export type QueueLine = ApiOutputs['bankStatements']['queue'][number];
export type MatchedLine = ApiOutputs['bankStatements']['matched'][number];
export type Suggestion = QueueLine['suggestions'][number];
export type MatchInput = ApiInputs['bankStatements']['match'];

export function suggestionText(t: TFunction, s: Suggestion, lineAmount: number): string {
  if (s.kind === 'receipt') {
    return `${t(`finance.matching.why.${s.why}`)}：${t('finance.matching.receiptSuggestion', { docNo: s.docNo, customer: s.customerName, amount: formatFen(s.amount), date: s.businessDate })}`;
  }
  const used = s.allocations.reduce((sum, a) => sum + a.amount, 0);
  const docs = s.allocations.map((a) => `${a.sourceNo || a.docNo} ¥${formatFen(a.amount)}${a.amount < a.open ? `/${formatFen(a.open)}` : ''}`).join('，');
  const rest = lineAmount - used;
  return [`${t(`finance.matching.why.${s.why}`)}：${s.customerName}`, docs, s.partial ? t('finance.matching.partial') : '', rest > 0 ? t('finance.matching.prepay', { amount: formatFen(rest) }) : '']
    .filter(Boolean)
    .join(' · ');
}

export function acceptInput(lineId: string, s: Suggestion): MatchInput {
  if (s.kind === 'receipt') return { lineId, receiptId: s.receiptId };
  return { lineId, customerId: s.customerId, allocations: s.allocations.map((a) => ({ debitItemId: a.debitItemId, amount: a.amount })) };
}
