// Where a code is now, derived from the append-only events: the latest event recorded on the code itself or on
// any code enclosing it (receiving a case receives every bottle in it; shipping one box moves only that box).
import type { TraceEventKind } from '../../../db/schema';
import type { Core } from '../shared/context';
import { prepared } from './statements';

export type CodeStatus = 'new' | 'in_stock' | 'at_customer' | 'written_off';

export interface TraceEvent {
  seq: number;
  id: string;
  /** The code the event was recorded on: the code itself, or a case or box around it. */
  code: string;
  kind: TraceEventKind;
  at: string;
  warehouseId: string | null;
  /** Where a moved code came from. */
  fromWarehouseId: string | null;
  customerId: string | null;
  docType: string | null;
  docId: string | null;
  userId: string | null;
  note: string | null;
}

export interface CodeState {
  status: CodeStatus;
  warehouseId: string | null;
  customerId: string | null;
  /** The event that decides the state; null for a code with no history. */
  event: TraceEvent | null;
}

/** The columns of a TraceEvent, read from trace_events under the alias `t`. */
export const eventColumns = (t: string) => `${t}.seq, ${t}.id, ${t}.code, ${t}.kind, ${t}.at, ${t}.warehouse_id AS warehouseId,
  ${t}.from_warehouse_id AS fromWarehouseId, ${t}.customer_id AS customerId, ${t}.doc_type AS docType, ${t}.doc_id AS docId, ${t}.user_id AS userId, ${t}.note`;

const statusAfter: Record<TraceEventKind, CodeStatus> = {
  received: 'in_stock',
  moved: 'in_stock',
  returned: 'in_stock',
  shipped: 'at_customer',
  written_off: 'written_off',
};

export function latestEvent(core: Core, code: string): TraceEvent | undefined {
  return prepared(core.sqlite, `SELECT ${eventColumns('e')} FROM trace_events e WHERE e.code = ? ORDER BY e.seq DESC LIMIT 1`).get(
    code,
  ) as TraceEvent | undefined;
}

/** The state of `code` given its enclosing codes (CodeInfo.ancestors). */
export function codeState(core: Core, code: string, ancestors: readonly string[]): CodeState {
  let decisive: TraceEvent | undefined;
  for (const c of [code, ...ancestors]) {
    const e = latestEvent(core, c);
    if (e && (!decisive || e.seq > decisive.seq)) decisive = e;
  }
  if (!decisive) return { status: 'new', warehouseId: null, customerId: null, event: null };
  return {
    status: isRelease(decisive) ? 'new' : statusAfter[decisive.kind],
    warehouseId: decisive.warehouseId,
    customerId: decisive.customerId,
    event: decisive,
  };
}

/**
 * A receipt's reversal takes its codes back out as if they had never arrived (the goods go back to the brand): it
 * is recorded as a write-off naming the reversal, and leaves the code free to be received again.
 */
export const RELEASE_DOC_TYPE = 'reversal';
export const isRelease = (e: Pick<TraceEvent, 'kind' | 'docType'>): boolean => e.kind === 'written_off' && e.docType === RELEASE_DOC_TYPE;

const INNER_CODES = `SELECT code FROM trace_codes WHERE parent_code = @code
       UNION ALL
       SELECT i.code FROM trace_codes b JOIN trace_codes i ON i.parent_code = b.code WHERE b.parent_code = @code`;

/**
 * The history that stops `code` from being received: the event that decides its state unless that is a release,
 * else the latest event inside it after `afterSeq` that no later release on the same code undid.
 */
export function heldEvent(core: Core, code: string, state: CodeState): TraceEvent | undefined {
  if (state.event && !isRelease(state.event)) return state.event;
  return prepared(
    core.sqlite,
    `SELECT ${eventColumns('e')} FROM trace_events e
     WHERE e.seq > @after AND e.code IN (${INNER_CODES})
       AND NOT (e.kind = 'written_off' AND e.doc_type = '${RELEASE_DOC_TYPE}')
       AND NOT EXISTS (SELECT 1 FROM trace_events r WHERE r.code = e.code AND r.seq > e.seq AND r.kind = 'written_off' AND r.doc_type = '${RELEASE_DOC_TYPE}')
     ORDER BY e.seq DESC LIMIT 1`,
  ).get({ code, after: state.event?.seq ?? 0 }) as TraceEvent | undefined;
}

/**
 * The latest event on a box or item inside `code` recorded after `afterSeq`: when there is one, part of the case
 * went its own way and the case can no longer be moved or shipped whole.
 */
export function laterInnerEvent(core: Core, code: string, afterSeq: number): TraceEvent | undefined {
  return prepared(
    core.sqlite,
    `SELECT ${eventColumns('e')} FROM trace_events e
     WHERE e.seq > @after AND e.code IN (${INNER_CODES})
     ORDER BY e.seq DESC LIMIT 1`,
  ).get({ code, after: afterSeq }) as TraceEvent | undefined;
}
