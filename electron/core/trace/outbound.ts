// Checking codes about to be shipped to a store: unknown, duplicate or nested scans, not in stock, opened cases,
// codes registered to another distributor, and a store outside our territory (diversion going out, 窜货).
import type { Core } from '../shared/context';
import { AppError } from '../shared/errors';
import { lookupCode } from './codes';
import { flag, registeredElsewhere, type CheckedCode, type DiversionAlertInput } from './flags';
import { ScanSet } from './overlap';
import { getTraceSettings } from './settings';
import { codeState } from './state';
import { notInStockFlag, openedFlag } from './stock-flags';
import { prepared } from './statements';
import { rulesFor, territoryFlags, type Store } from './territory';

export interface OutboundCheck {
  customer: Store;
  codes: CheckedCode[];
  /** Diversion going out, ready for logDiversionAlerts when the shipment is posted. */
  alerts: DiversionAlertInput[];
}

export function findStore(core: Core, customerId: string): Store {
  const store = prepared(core.sqlite, 'SELECT id, name, region, channel FROM customers WHERE id = ?').get(customerId) as
    | Store
    | undefined;
  if (!store) throw new AppError('CUSTOMER_NOT_FOUND');
  return store;
}

export function checkOutbound(
  core: Core,
  codes: readonly string[],
  customerId: string,
  previous: Iterable<string> = [],
): OutboundCheck {
  const store = findStore(core, customerId);
  const { distributorCode: ours, territory } = getTraceSettings(core);
  const scans = new ScanSet(previous);
  const out: OutboundCheck = { customer: store, codes: [], alerts: [] };
  for (const code of codes) {
    const info = lookupCode(core, code);
    const flags = scans.add(code, info);
    if (!info) {
      out.codes.push({ code, info: null, state: null, flags: [...flags, flag('unknown', 'TRACE_CODE_UNKNOWN', { code })] });
      continue;
    }
    // The same code again says nothing new, and must not log its alerts twice.
    if (flags.some((f) => f.kind === 'duplicate_scan')) {
      out.codes.push({ code, info, state: null, flags });
      continue;
    }
    const state = codeState(core, code, info.ancestors);
    const stock = notInStockFlag(core, code, state) ?? openedFlag(core, code, state);
    if (stock) flags.push(stock);
    if (registeredElsewhere(info, ours)) {
      flags.push(flag('foreign', 'TRACE_FOREIGN', { code, registeredTo: info.distributorCode ?? '' }));
      out.alerts.push({ direction: 'out', reason: 'foreign_code', code, productId: info.productId, registeredTo: info.distributorCode, customerId });
    }
    for (const f of territoryFlags(code, store, rulesFor(territory, info.productId))) {
      flags.push(f);
      const actual = f.kind === 'region' ? store.region : store.channel;
      out.alerts.push({ direction: 'out', reason: f.kind === 'region' ? 'region' : 'channel', code, productId: info.productId, customerId, actual });
    }
    out.codes.push({ code, info, state, flags });
  }
  return out;
}
