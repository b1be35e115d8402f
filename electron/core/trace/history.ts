// What trace.lookup shows for a scanned code: the code with its contents, where it is now, and its whole life:
// events on the code, on the case/box around it (they carried it) and on what is inside it (parts that left).
import type { Core } from '../shared/context';
import { descendantsOf, requireCode, type CodeInfo } from './codes';
import { listDiversionAlerts, type DiversionAlert } from './diversion';
import { codeState, eventColumns, type CodeState, type TraceEvent } from './state';
import { prepared } from './statements';

export type EventRelation = 'self' | 'outer' | 'inner';

export interface HistoryEvent extends TraceEvent {
  /** Whether the event was recorded on this code, on a code around it, or on one inside it. */
  relation: EventRelation;
  warehouseName: string | null;
  /** Where a moved code came from. */
  fromWarehouseName: string | null;
  customerName: string | null;
  userName: string | null;
}

export interface CodeHistory {
  info: CodeInfo;
  state: CodeState & { warehouseName: string | null; customerName: string | null };
  events: HistoryEvent[];
  alerts: DiversionAlert[];
}

/** A case holds at most a few hundred codes; the cap keeps a corrupt registry from flooding the screen. */
const MAX_EVENTS = 1000;

export function codeHistory(core: Core, code: string): CodeHistory {
  const info = requireCode(core, code);
  const relation = new Map<string, EventRelation>([[code, 'self']]);
  for (const a of info.ancestors) relation.set(a, 'outer');
  for (const d of descendantsOf(info)) relation.set(d, 'inner');
  const events = prepared(
    core.sqlite,
    `SELECT ${eventColumns('e')},
       w.name AS warehouseName, fw.name AS fromWarehouseName, c.name AS customerName, u.display_name AS userName
     FROM trace_events e
     LEFT JOIN warehouses w ON w.id = e.warehouse_id
     LEFT JOIN warehouses fw ON fw.id = e.from_warehouse_id
     LEFT JOIN customers c ON c.id = e.customer_id
     LEFT JOIN users u ON u.id = e.user_id
     WHERE e.code IN (SELECT value FROM json_each(?)) ORDER BY e.seq LIMIT ?`,
  ).all(JSON.stringify([...relation.keys()]), MAX_EVENTS) as Omit<HistoryEvent, 'relation'>[];
  const state = codeState(core, code, info.ancestors);
  return {
    info,
    state: { ...state, warehouseName: nameOf(core, 'warehouses', state.warehouseId), customerName: nameOf(core, 'customers', state.customerId) },
    events: events.map((e) => ({ ...e, relation: relation.get(e.code) ?? 'self' })),
    alerts: listDiversionAlerts(core, { code, limit: 100 }),
  };
}

function nameOf(core: Core, table: 'warehouses' | 'customers', id: string | null): string | null {
  if (!id) return null;
  const row = prepared(core.sqlite, `SELECT name FROM ${table} WHERE id = ?`).get(id) as { name: string } | undefined;
  return row?.name ?? null;
}
