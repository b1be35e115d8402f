// Whether a code can leave the warehouse (ship, move, write off): it must be in stock and still whole.
import type { Core } from '../shared/context';
import { eventDate, flag, type CodeFlag } from './flags';
import { laterInnerEvent, type CodeState } from './state';
import { prepared } from './statements';

export function notInStockFlag(core: Core, code: string, state: CodeState): CodeFlag | null {
  const e = state.event;
  if (state.status === 'in_stock') return null;
  // Never received, or received and released by the receipt's reversal.
  if (!e || state.status === 'new') return flag('not_in_stock', 'TRACE_NOT_RECEIVED', { code });
  if (state.status === 'at_customer') {
    const customer = prepared(core.sqlite, 'SELECT name FROM customers WHERE id = ?').get(e.customerId) as
      | { name: string }
      | undefined;
    return flag('not_in_stock', 'TRACE_AT_CUSTOMER', { code, customer: customer?.name ?? '', date: eventDate(core, e.at) });
  }
  return flag('not_in_stock', 'TRACE_WRITTEN_OFF', { code, date: eventDate(core, e.at) });
}

/** A case one of whose boxes or bottles moved on its own since the case last moved. */
export function openedFlag(core: Core, code: string, state: CodeState): CodeFlag | null {
  const inner = laterInnerEvent(core, code, state.event?.seq ?? 0);
  return inner ? flag('opened', 'TRACE_OPENED', { code, inner: inner.code }) : null;
}
