// The evening return of a van as a report (回库差异表): for each product, what was loaded since the van's previous
// return, what left it as sales, what should have come back, what the driver counted, and the difference with its
// value. Built from the return document, its stored variance report and the van's moves in between.
import type { Actor, Core } from '../shared/context';
import { AppError } from '../shared/errors';
import { documentView } from './doc-views';
import { baseUnitsByLine } from './van-loading-list';
import { vanFor } from './van-views';
import { varianceReportView } from './variance';

export interface VanReturnLine {
  lineNo: number;
  productId: string;
  sku: string;
  name: string;
  baseUnit: string;
  /** Loaded onto the van (net of load reversals) since its previous return. */
  loaded: number;
  /** Sold from the van (net of sales returns) since its previous return. */
  sold: number;
  /** The van's book stock just before the return: what the driver should have brought back. */
  expected: number;
  returned: number;
  /** returned − expected: negative is a shortfall. */
  diff: number;
  /** The difference valued at cost, in fen. */
  diffValue: number;
}

export interface VanReturnReport {
  id: string;
  number: string;
  businessDate: string;
  status: string;
  van: { id: string; name: string; plate: string; driverName: string | null };
  to: string;
  reason: string;
  lines: VanReturnLine[];
  totals: { loaded: number; sold: number; expected: number; returned: number; short: number; over: number; diffValue: number };
}

interface WindowRow {
  productId: string;
  loaded: number;
  sold: number;
}

/** Loads and sales at the van between its previous return and this one (move rowids in between). */
function movesSincePreviousReturn(core: Core, vanId: string, returnId: string): Map<string, WindowRow> {
  const rows = core.sqlite
    .prepare<[{ ret: string; van: string }], WindowRow>(
      `WITH this AS (SELECT min(rowid) AS first FROM stock_moves WHERE doc_id = @ret),
            prev AS (SELECT coalesce(max(m.rowid), 0) AS last FROM stock_moves m, this
                     WHERE m.doc_type = 'van_return' AND m.warehouse_id = @van AND m.rowid < this.first)
       SELECT m.product_id AS productId,
              coalesce(sum(CASE WHEN m.doc_type = 'van_load' OR (m.doc_type = 'reversal' AND d.type = 'van_load') THEN m.qty END), 0) AS loaded,
              -coalesce(sum(CASE WHEN m.doc_type IN ('sale', 'sale_return') OR (m.doc_type = 'reversal' AND d.type IN ('sale', 'sale_return')) THEN m.qty END), 0) AS sold
       FROM stock_moves m, this, prev
       LEFT JOIN stock_documents r ON r.id = m.doc_id
       LEFT JOIN stock_documents d ON d.id = r.reverses_id
       WHERE m.warehouse_id = @van AND m.in_transit = 0 AND m.rowid > prev.last AND m.rowid < this.first
       GROUP BY m.product_id`,
    )
    .all({ ret: returnId, van: vanId });
  return new Map(rows.map((r) => [r.productId, r]));
}

export function vanReturnReport(core: Core, actor: Actor, returnId: string): VanReturnReport {
  const view = documentView(core, returnId);
  if (view.doc.type !== 'van_return') throw new AppError('STOCK_DOC_NOT_FOUND');
  const van = vanFor(core, actor, view.doc.warehouseId);
  const variance = new Map<string, { expectedQty: number; diffValue: number }>();
  for (const id of view.varianceReportIds) for (const l of varianceReportView(core, id).lines) variance.set(l.productId, l);
  const window = movesSincePreviousReturn(core, van.id, returnId);
  const baseUnits = baseUnitsByLine(core, returnId);
  const lines = view.lines.map((l): VanReturnLine => {
    const v = variance.get(l.productId);
    const expected = v?.expectedQty ?? l.qtyBase;
    const w = window.get(l.productId);
    return {
      lineNo: l.lineNo,
      productId: l.productId,
      sku: l.sku,
      name: l.name,
      baseUnit: baseUnits.get(l.lineNo) ?? l.unitName,
      loaded: w?.loaded ?? 0,
      sold: w?.sold ?? 0,
      expected,
      returned: l.qtyBase,
      diff: l.qtyBase - expected,
      diffValue: v?.diffValue ?? 0,
    };
  });
  const totals = { loaded: 0, sold: 0, expected: 0, returned: 0, short: 0, over: 0, diffValue: 0 };
  for (const l of lines) {
    totals.loaded += l.loaded;
    totals.sold += l.sold;
    totals.expected += l.expected;
    totals.returned += l.returned;
    if (l.diff < 0) totals.short -= l.diff;
    else totals.over += l.diff;
    totals.diffValue += l.diffValue;
  }
  return {
    id: view.doc.id,
    number: view.doc.number,
    businessDate: view.doc.businessDate,
    status: view.doc.status,
    van: { id: van.id, name: van.name, plate: van.plate, driverName: van.driverName },
    to: view.toWarehouseName ?? '',
    reason: view.doc.reason,
    lines,
    totals,
  };
}
