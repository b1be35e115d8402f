// Appending to a code's life (trace_events). Runs inside the caller's transaction (receiving, shipping, moving,
// returns): it never opens one, so the events commit or roll back with the document that caused them.
import type { TraceEventKind } from '../../../db/schema';
import type { Actor, Core } from '../shared/context';
import { AppError } from '../shared/errors';
import { newId } from '../shared/ids';
import { writeOutbox } from '../shared/journal';
import { lookupCode, type CodeInfo } from './codes';
import { eventDate, flag, type CodeFlag } from './flags';
import { ScanSet } from './overlap';
import { codeState, heldEvent, type CodeState, type TraceEvent } from './state';
import { notInStockFlag, openedFlag } from './stock-flags';
import { prepared } from './statements';

export interface CodeEventInput {
  code: string;
  kind: TraceEventKind;
  /** Where the code is after the event: required for received, moved and returned. */
  warehouseId?: string | null;
  /** Moved: where it must be now (refused otherwise), shown in its history as where it came from. */
  fromWarehouseId?: string | null;
  /** Who has it after the event: required for shipped. */
  customerId?: string | null;
  docType?: string | null;
  docId?: string | null;
  note?: string | null;
}

const needsWarehouse = new Set<TraceEventKind>(['received', 'moved', 'returned']);

/**
 * Validates every event first (unknown codes, duplicate or nested codes in the batch, a receipt of a code with
 * history, shipping what is not in stock or an opened case, a return of what no customer has), then appends them
 * all and queues one outbox row. Throws the first problem (all of them in details) and writes nothing.
 */
export function recordCodeEvents(core: Core, actor: Actor | null, events: readonly CodeEventInput[]): TraceEvent[] {
  const problems = validateEvents(core, events);
  const first = problems[0];
  if (first) throw new AppError(first.code, first.params, problems);
  const at = core.now().toISOString();
  const insert = prepared(
    core.sqlite,
    `INSERT INTO trace_events (id, code, kind, at, warehouse_id, from_warehouse_id, customer_id, doc_type, doc_id, user_id, note)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const written: TraceEvent[] = events.map((e) => {
    const row = {
      id: newId(),
      code: e.code,
      kind: e.kind,
      at,
      warehouseId: e.kind === 'shipped' ? null : (e.warehouseId ?? null),
      fromWarehouseId: e.kind === 'moved' ? (e.fromWarehouseId ?? null) : null,
      customerId: e.kind === 'shipped' ? (e.customerId ?? null) : null,
      docType: e.docType ?? null,
      docId: e.docId ?? null,
      userId: actor?.userId ?? null,
      note: e.note ?? null,
    };
    const { lastInsertRowid } = insert.run(row.id, row.code, row.kind, at, row.warehouseId, row.fromWarehouseId, row.customerId, row.docType, row.docId, row.userId, row.note);
    return { seq: Number(lastInsertRowid), ...row };
  });
  if (written.length > 0) writeOutbox(core, 'trace.events', written[0]?.docId ?? null, { events: written });
  return written;
}

function validateEvents(core: Core, events: readonly CodeEventInput[]): CodeFlag[] {
  const scans = new ScanSet();
  const problems: CodeFlag[] = [];
  for (const e of events) {
    const info = lookupCode(core, e.code);
    problems.push(...scans.add(e.code, info));
    const target = targetProblem(core, e);
    if (target) problems.push(target);
    if (!info) {
      problems.push(flag('unknown', 'TRACE_CODE_UNKNOWN', { code: e.code }));
      continue;
    }
    const state = codeState(core, e.code, info.ancestors);
    const transition = transitionProblem(core, e, info, state);
    if (transition) problems.push(transition);
  }
  return problems;
}

/** The warehouse or customer an event needs, and that it exists. */
function targetProblem(core: Core, e: CodeEventInput): CodeFlag | null {
  if (e.kind === 'shipped') {
    if (!e.customerId) return flag('not_in_stock', 'TRACE_EVENT_CUSTOMER', { code: e.code });
    const found = prepared(core.sqlite, 'SELECT 1 FROM customers WHERE id = ?').get(e.customerId);
    return found ? null : flag('not_in_stock', 'CUSTOMER_NOT_FOUND', {});
  }
  if (!needsWarehouse.has(e.kind)) return null;
  if (!e.warehouseId) return flag('not_in_stock', 'TRACE_EVENT_WAREHOUSE', { code: e.code });
  const found = prepared(core.sqlite, 'SELECT 1 FROM warehouses WHERE id = ?').get(e.warehouseId);
  return found ? null : flag('not_in_stock', 'WAREHOUSE_NOT_FOUND', {});
}

function transitionProblem(core: Core, e: CodeEventInput, info: CodeInfo, state: CodeState): CodeFlag | null {
  switch (e.kind) {
    case 'received': {
      const event = heldEvent(core, info.code, state);
      if (!event) return null;
      return flag('already_received', 'TRACE_ALREADY_RECEIVED', { code: e.code, on: event.code, date: eventDate(core, event.at) });
    }
    case 'returned':
      return state.status === 'at_customer' ? null : flag('not_in_stock', 'TRACE_NOT_AT_CUSTOMER', { code: e.code });
    case 'moved':
      return notInStockFlag(core, e.code, state) ?? openedFlag(core, e.code, state) ?? elsewhereFlag(core, e, state);
    case 'shipped':
    case 'written_off':
      return notInStockFlag(core, e.code, state) ?? openedFlag(core, e.code, state);
  }
}

/** A move names where the code leaves from: it must be there (a transfer cannot move a case that is on a van). */
function elsewhereFlag(core: Core, e: CodeEventInput, state: CodeState): CodeFlag | null {
  if (!e.fromWarehouseId || state.warehouseId === e.fromWarehouseId) return null;
  const name = (id: string | null) => (id ? ((prepared(core.sqlite, 'SELECT name FROM warehouses WHERE id = ?').get(id) as { name: string } | undefined)?.name ?? '') : '');
  return flag('not_in_stock', 'TRACE_NOT_IN_WAREHOUSE', { code: e.code, warehouse: name(e.fromWarehouseId), actual: name(state.warehouseId) });
}
