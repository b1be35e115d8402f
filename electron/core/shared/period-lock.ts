// Period lock: once the owner closes a month, nothing may be posted with a business date inside it. Every posting
// (receivables, cash, and stock documents of other domains) calls assertPeriodOpen inside its transaction, before
// writing, so a refused posting changes nothing.
import { stmt } from '../finance/statements-cache';
import type { Core } from './context';
import { AppError } from './errors';

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A valid YYYY-MM-DD business date, or a translated DATE_FORMAT error. */
export function assertBusinessDate(value: string): string {
  const m = DATE_RE.exec(value);
  const d = m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : null;
  if (!m || !d || d.toISOString().slice(0, 10) !== value) throw new AppError('DATE_FORMAT', { value });
  return value;
}

export function isPeriodClosed(core: Core, month: string): boolean {
  // Every posting asks this, so the statement is prepared once per connection.
  const last = stmt(core, 'SELECT action FROM period_events WHERE month = ? ORDER BY seq DESC LIMIT 1').get(month) as { action: string } | undefined;
  return last?.action === 'close';
}

export function assertPeriodOpen(core: Core, businessDate: string): void {
  assertBusinessDate(businessDate);
  const month = businessDate.slice(0, 7);
  if (isPeriodClosed(core, month)) throw new AppError('PERIOD_CLOSED', { month, date: businessDate });
}
