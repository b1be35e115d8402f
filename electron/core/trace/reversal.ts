// What reversing a warehouse document does to the codes it touched, in the reversal's transaction: a reversed
// receipt releases the codes it received (they can be received again, e.g. when the shipment is re-received after
// a mistake), a reversed transfer or van load moves its codes back where they came from. History stays
// append-only: these are new events naming the reversal.
import type { Actor, Core } from '../shared/context';
import { recordCodeEvents, type CodeEventInput } from './events';
import { RELEASE_DOC_TYPE, type TraceEvent } from './state';
import { prepared } from './statements';

export interface ReversedDoc {
  id: string;
  type: string;
}

export function reverseCodeEvents(core: Core, actor: Actor | null, doc: ReversedDoc, reversal: { id: string; number: string }): TraceEvent[] {
  const events = prepared(
    core.sqlite,
    `SELECT code, kind, warehouse_id AS warehouseId, from_warehouse_id AS fromWarehouseId
     FROM trace_events WHERE doc_type = ? AND doc_id = ? AND kind IN ('received', 'moved') ORDER BY seq`,
  ).all(doc.type, doc.id) as { code: string; kind: 'received' | 'moved'; warehouseId: string | null; fromWarehouseId: string | null }[];
  const undo: CodeEventInput[] = events.flatMap((e): CodeEventInput[] => {
    const common = { code: e.code, docType: RELEASE_DOC_TYPE, docId: reversal.id, note: reversal.number };
    if (e.kind === 'received') return [{ ...common, kind: 'written_off' }];
    if (!e.fromWarehouseId) return [];
    return [{ ...common, kind: 'moved', fromWarehouseId: e.warehouseId, warehouseId: e.fromWarehouseId }];
  });
  return undo.length > 0 ? recordCodeEvents(core, actor, undo) : [];
}
