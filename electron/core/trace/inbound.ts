// Checking codes scanned while receiving: unknown codes, duplicate or nested scans, codes with stock history
// already, and codes the brand registered to another distributor (diverted goods coming in).
import type { Core } from '../shared/context';
import { lookupCode } from './codes';
import { eventDate, flag, registeredElsewhere, type CheckedCode, type CodeFlag, type DiversionAlertInput } from './flags';
import { ScanSet } from './overlap';
import { getTraceSettings } from './settings';
import { codeState, heldEvent, type CodeState } from './state';

export interface InboundCheck {
  codes: CheckedCode[];
  /** Diverted goods coming in, ready for logDiversionAlerts once the receipt is posted. */
  alerts: DiversionAlertInput[];
}

export function checkInbound(core: Core, codes: readonly string[], previous: Iterable<string> = []): InboundCheck {
  const ours = getTraceSettings(core).distributorCode;
  const scans = new ScanSet(previous);
  const out: InboundCheck = { codes: [], alerts: [] };
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
    const history = historyFlag(core, code, state);
    if (history) flags.push(history);
    if (registeredElsewhere(info, ours)) {
      flags.push(flag('foreign', 'TRACE_FOREIGN', { code, registeredTo: info.distributorCode ?? '' }));
      out.alerts.push({ direction: 'in', reason: 'foreign_code', code, productId: info.productId, registeredTo: info.distributorCode });
    }
    out.codes.push({ code, info, state, flags });
  }
  return out;
}

/**
 * A code arriving from the brand must have no history: not itself, its case, nor anything inside it (history a
 * reversed receipt released does not count).
 */
function historyFlag(core: Core, code: string, state: CodeState): CodeFlag | null {
  const event = heldEvent(core, code, state);
  if (!event) return null;
  return flag('already_received', 'TRACE_ALREADY_RECEIVED', { code, on: event.code, date: eventDate(core, event.at) });
}
