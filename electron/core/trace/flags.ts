// What a check says about one scanned code. Each flag carries a message code and its parameters, so the API can
// put the sentence in the caller's language; `kind` is what screens and callers branch on.
import type { DiversionDirection, DiversionReason } from '../../../db/schema';
import type { Core } from '../shared/context';
import { businessDate } from '../shared/dates';
import type { MessageCode } from '../shared/messages';
import type { CodeInfo } from './codes';
import type { CodeState } from './state';

export type FlagKind =
  | 'unknown'
  | 'duplicate_scan'
  | 'nested_scan'
  | 'already_received'
  | 'foreign'
  | 'not_in_stock'
  | 'opened'
  | 'region'
  | 'channel';

export interface CodeFlag {
  kind: FlagKind;
  code: MessageCode;
  params: Record<string, string | number>;
}

/** One diversion to log with logDiversionAlerts, as a check found it. */
export interface DiversionAlertInput {
  direction: DiversionDirection;
  reason: DiversionReason;
  code: string;
  productId: string | null;
  registeredTo?: string | null;
  customerId?: string | null;
  /** The store's region or channel that fell outside the territory. */
  actual?: string | null;
}

/** A scanned code as a check sees it. `flags` empty means nothing is wrong with it. */
export interface CheckedCode {
  code: string;
  info: CodeInfo | null;
  state: CodeState | null;
  flags: CodeFlag[];
}

export const flag = (kind: FlagKind, code: MessageCode, params: CodeFlag['params']): CodeFlag => ({ kind, code, params });

/** The business date of an event, as messages show it. */
export const eventDate = (core: Core, at: string): string => businessDate(new Date(at), core.timeZone);

/** Registered to a distributor other than us (never flagged while our own code is not set). */
export function registeredElsewhere(info: CodeInfo, ours: string | null): boolean {
  return ours !== null && info.distributorCode !== null && info.distributorCode !== ours;
}
