// The outbox event of a posted warehouse document: what the brand cloud receives as the distributor's stock facts.
import type { Core } from '../shared/context';
import { writeOutbox } from '../shared/journal';
import type { StockDoc } from './documents';
import type { PostedMove } from './ledger';

export type StockTopic = 'stock.document.posted' | 'stock.document.received' | 'stock.document.reversed';

export function announce(core: Core, topic: StockTopic, doc: StockDoc, moves: readonly PostedMove[]): void {
  writeOutbox(core, topic, doc.id, {
    id: doc.id,
    number: doc.number,
    type: doc.type,
    kind: doc.kind,
    warehouseId: doc.warehouseId,
    toWarehouseId: doc.toWarehouseId,
    businessDate: doc.businessDate,
    reversesId: doc.reversesId,
    moves: moves.map((m) => ({
      id: m.id,
      lineNo: m.lineNo,
      warehouseId: m.warehouseId,
      productId: m.productId,
      batchId: m.batchId,
      inTransit: m.inTransit,
      qty: m.qty,
      value: m.value,
    })),
  });
}
