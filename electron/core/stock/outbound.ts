// Taking a line's quantity out of a warehouse: from the batch the line names, or first-expiring-first. Each line
// is posted before the next is allocated, so two lines of one product never count the same stock twice.
import type { Core } from '../shared/context';
import { businessDate } from '../shared/dates';
import { AppError } from '../shared/errors';
import type { StockDoc, StockDocLine } from './documents';
import { allocateFefo, type Allocation } from './fefo';
import { postMoves, type PostedMove } from './ledger';
import type { PreparedLine } from './lines';

export interface OutboundOptions {
  allowExpired?: boolean;
}

/** Where a line's quantity comes from: its named batch (checked for expiry) or FEFO. */
export function allocateLine(core: Core, warehouseId: string, line: PreparedLine, opts: OutboundOptions = {}): Allocation[] {
  const batch = line.batch;
  if (!batch) return allocateFefo(core, warehouseId, line.productId, line.qtyBase, { allowExpired: opts.allowExpired });
  const today = businessDate(core.now(), core.timeZone);
  if (!opts.allowExpired && batch.expiresOn !== null && batch.expiresOn < today) {
    throw new AppError('BATCH_EXPIRED', { product: line.product.name, batch: batch.batchNo || '-', date: batch.expiresOn });
  }
  return [{ batchId: batch.id, batchNo: batch.batchNo, expiresOn: batch.expiresOn, qty: line.qtyBase }];
}

/**
 * Posts a line out of `from`; with `to`, the same goods (same batches, same cost) arrive there, on its shelves or
 * in transit. Returns the moves in posting order.
 */
export function postOutboundLine(
  core: Core,
  doc: StockDoc,
  line: PreparedLine & Pick<StockDocLine, 'lineNo'>,
  from: string,
  to: { warehouseId: string; inTransit: boolean } | null,
  opts: OutboundOptions = {},
): PostedMove[] {
  const allocations = allocateLine(core, from, line, opts);
  const out = postMoves(
    core,
    doc,
    allocations.map((a) => ({ lineNo: line.lineNo, warehouseId: from, productId: line.productId, batchId: a.batchId, qty: -a.qty })),
  );
  if (!to) return out;
  const into = postMoves(
    core,
    doc,
    out.map((m) => ({ lineNo: line.lineNo, warehouseId: to.warehouseId, productId: m.productId, batchId: m.batchId, inTransit: to.inTransit, qty: -m.qty, value: -m.value })),
  );
  return [...out, ...into];
}
