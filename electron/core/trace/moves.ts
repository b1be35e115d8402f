// Trace codes scanned onto a transfer or a van load: each gets a "moved" event from the source warehouse to the
// destination, in the document's own transaction, so scanning a code later shows where it went and from where.
// The codes must hold products of the document and no more of each than it moves.
import type { Actor, Core } from '../shared/context';
import { AppError } from '../shared/errors';
import { requireCode } from './codes';
import { recordCodeEvents } from './events';
import type { TraceEvent } from './state';

export interface CodeMove {
  codes: readonly string[];
  fromWarehouseId: string;
  toWarehouseId: string;
  docType: string;
  docId: string;
  /** The document's number, for messages and the events' note. */
  number: string;
  /** What the document moves per product, in base units. */
  lines: readonly { productId: string; qtyBase: number }[];
}

export function moveCodes(core: Core, actor: Actor | null, move: CodeMove): TraceEvent[] {
  if (move.codes.length === 0) return [];
  const onDoc = new Map<string, number>();
  for (const l of move.lines) onDoc.set(l.productId, (onDoc.get(l.productId) ?? 0) + l.qtyBase);
  const scanned = new Map<string, { name: string; qty: number }>();
  for (const code of move.codes) {
    const info = requireCode(core, code);
    if (!onDoc.has(info.productId)) throw new AppError('TRACE_MOVE_NOT_ON_DOC', { code, product: info.product.name, number: move.number });
    const s = scanned.get(info.productId) ?? { name: info.product.name, qty: 0 };
    s.qty += info.quantity ?? 0;
    scanned.set(info.productId, s);
  }
  for (const [productId, s] of scanned) {
    const qty = onDoc.get(productId) ?? 0;
    if (s.qty > qty) throw new AppError('TRACE_MOVE_TOO_MANY', { product: s.name, number: move.number, qty, scanned: s.qty });
  }
  return recordCodeEvents(
    core,
    actor,
    move.codes.map((code) => ({
      code,
      kind: 'moved' as const,
      fromWarehouseId: move.fromWarehouseId,
      warehouseId: move.toWarehouseId,
      docType: move.docType,
      docId: move.docId,
      note: move.number,
    })),
  );
}
