// Vans (车销): loading a van from a main warehouse first-expiring-first, and its evening return, where the driver's
// count is checked against the van's book stock. The difference is a variance (a shortage leaves at cost, extra
// comes in at average cost) and everything counted goes back to the main warehouse, leaving the van empty.
import type { Actor, Core } from '../shared/context';
import { AppError } from '../shared/errors';
import { mutate } from '../shared/mutate';
import { announce } from './announce';
import { createDocument, insertLines, type StockDoc } from './documents';
import { batchesInFefoOrder } from './fefo';
import { ensureBatch } from './batches';
import { postMoves, type MoveSpec, type PostedMove } from './ledger';
import { prepareLine, prepareLines, type PreparedLine, type QtyLineInput } from './lines';
import { postOutboundLine } from './outbound';
import { writeVarianceReport, type VarianceLineInput } from './variance';
import { stockWarehouse } from './warehouses';
import { moveCodes } from '../trace';

export interface LoadVanInput {
  vanId: string;
  fromWarehouseId: string;
  lines: QtyLineInput[];
  /** Trace codes scanned onto the load: each gets a "moved" event to the van (../trace/moves.ts). */
  codes?: string[];
}

export function loadVan(core: Core, actor: Actor, input: LoadVanInput): StockDoc {
  return mutate(
    core,
    actor,
    (doc) => ({ action: 'vans.load', entity: 'stock_document', entityId: doc.id, data: { number: doc.number, vanId: input.vanId } }),
    () => {
      stockWarehouse(core, input.fromWarehouseId, 'main');
      stockWarehouse(core, input.vanId, 'van');
      const prepared = prepareLines(core, input.lines);
      const doc = createDocument(core, actor, { type: 'van_load', status: 'posted', warehouseId: input.fromWarehouseId, toWarehouseId: input.vanId });
      const lines = insertLines(core, doc.id, prepared);
      const moves = lines.flatMap((l, i) =>
        postOutboundLine(core, doc, { ...prepared[i]!, lineNo: l.lineNo }, input.fromWarehouseId, { warehouseId: input.vanId, inTransit: false }),
      );
      moveCodes(core, actor, { codes: input.codes ?? [], fromWarehouseId: input.fromWarehouseId, toWarehouseId: input.vanId, docType: doc.type, docId: doc.id, number: doc.number, lines });
      announce(core, 'stock.document.posted', doc, moves);
      return doc;
    },
  );
}

export interface ReturnVanInput {
  vanId: string;
  toWarehouseId: string;
  /** The driver's count of everything in the van; a product on the van's books but not listed counts as zero. */
  lines: QtyLineInput[];
  reason?: string;
}

/** The van's book stock per product (on hand, all batches). */
function vanBook(core: Core, vanId: string): Map<string, number> {
  const rows = core.sqlite
    .prepare<[string], { productId: string; qty: number }>(
      `SELECT product_id AS productId, sum(qty) AS qty FROM stock_balances
       WHERE warehouse_id = ? AND in_transit = 0 GROUP BY product_id HAVING sum(qty) > 0`,
    )
    .all(vanId);
  return new Map(rows.map((r) => [r.productId, r.qty]));
}

/** Moves that bring the van's stock of one product to the counted quantity. */
function varianceMoves(core: Core, vanId: string, line: PreparedLine, lineNo: number, book: number): MoveSpec[] {
  const diff = line.qtyBase - book;
  const batches = batchesInFefoOrder(core, vanId, line.productId);
  if (diff > 0) {
    // Extra goods join the van's latest batch, or the "batch unknown" bucket if the van had none.
    const batchId = batches.at(-1)?.batchId ?? ensureBatch(core, line.product, { batchNo: '' }).id;
    return [{ lineNo, warehouseId: vanId, productId: line.productId, batchId, qty: diff }];
  }
  const specs: MoveSpec[] = [];
  let left = -diff;
  for (const b of batches) {
    if (left === 0) break;
    const take = Math.min(left, b.qty);
    specs.push({ lineNo, warehouseId: vanId, productId: line.productId, batchId: b.batchId, qty: -take });
    left -= take;
  }
  return specs;
}

/** Moves that empty the van's stock of a product into the main warehouse, batch by batch, at cost. */
function returnMoves(core: Core, doc: StockDoc, vanId: string, toId: string, productId: string, lineNo: number): PostedMove[] {
  const out = postMoves(
    core,
    doc,
    batchesInFefoOrder(core, vanId, productId).map((b) => ({ lineNo, warehouseId: vanId, productId, batchId: b.batchId, qty: -b.qty })),
  );
  const into = postMoves(
    core,
    doc,
    out.map((m) => ({ lineNo, warehouseId: toId, productId, batchId: m.batchId, qty: -m.qty, value: -m.value })),
  );
  return [...out, ...into];
}

export function returnVan(core: Core, actor: Actor, input: ReturnVanInput): { doc: StockDoc; reportId: string | null } {
  return mutate(
    core,
    actor,
    (r) => ({ action: 'vans.return', entity: 'stock_document', entityId: r.doc.id, data: { number: r.doc.number, reportId: r.reportId } }),
    () => {
      const van = stockWarehouse(core, input.vanId, 'van');
      stockWarehouse(core, input.toWarehouseId, 'main');
      const counted = input.lines.map((l) => prepareLine(core, l, { allowZero: true }));
      const seen = new Set<string>();
      for (const c of counted) {
        if (seen.has(c.productId)) throw new AppError('VAN_RETURN_LINE_DUPLICATE', { product: c.product.name });
        seen.add(c.productId);
      }
      const book = vanBook(core, input.vanId);
      // Products on the books the driver did not list were counted as none.
      const missing = [...book.keys()].filter((id) => !seen.has(id));
      const all = [...counted, ...missing.map((productId) => prepareLine(core, { productId, qty: 0 }, { allowZero: true }))];
      const doc = createDocument(core, actor, { type: 'van_return', status: 'posted', warehouseId: input.vanId, toWarehouseId: input.toWarehouseId, reason: input.reason });
      const lines = insertLines(core, doc.id, all);
      const moves: PostedMove[] = [];
      const variance: VarianceLineInput[] = [];
      lines.forEach((l, i) => {
        const line = all[i]!;
        const had = book.get(line.productId) ?? 0;
        const adjusted = line.qtyBase === had ? [] : postMoves(core, doc, varianceMoves(core, input.vanId, line, l.lineNo, had));
        moves.push(...adjusted);
        variance.push({ productId: line.productId, expectedQty: had, actualQty: line.qtyBase, diffValue: adjusted.reduce((a, m) => a + m.value, 0) });
        if (line.qtyBase > 0) moves.push(...returnMoves(core, doc, input.vanId, input.toWarehouseId, line.productId, l.lineNo));
      });
      const reportId = writeVarianceReport(
        core,
        actor,
        { kind: 'van_return', sourceId: doc.id, sourceNumber: doc.number, warehouseId: input.vanId, reference: van.plate },
        variance,
      );
      announce(core, 'stock.document.posted', doc, moves);
      return { doc, reportId };
    },
  );
}
