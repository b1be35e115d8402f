// Document numbers people read and quote: PREFIX-YYYYMMDD-NNNN, counted per prefix and business day. Call inside
// the transaction that posts the document so a rolled-back posting gives its number back.
import { stmt } from '../finance/statements-cache';
import type { Core } from './context';
import { businessDate } from './dates';

export function nextDocNumber(core: Core, prefix: string, day = businessDate(core.now(), core.timeZone)): string {
  const compact = day.replace(/-/g, '');
  const row = stmt(core, 'SELECT last FROM doc_sequences WHERE prefix = ? AND day = ?').get(prefix, compact) as { last: number } | undefined;
  const next = (row?.last ?? 0) + 1;
  if (row) stmt(core, 'UPDATE doc_sequences SET last = ? WHERE prefix = ? AND day = ?').run(next, prefix, compact);
  else stmt(core, 'INSERT INTO doc_sequences (prefix, day, last) VALUES (?, ?, ?)').run(prefix, compact, next);
  return `${prefix}-${compact}-${String(next).padStart(4, '0')}`;
}
