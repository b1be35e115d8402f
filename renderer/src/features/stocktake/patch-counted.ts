// Keeping the counting screen's list current from each scan's answer, without fetching the whole list again: an
// hour of scanning then costs one row per scan, not the whole list per scan.
import type { CountedLine } from './stocktake-types';

/** The cached counted list with one row replaced (or added, in the list's order: SKU, then batch). */
export function patchCounted(rows: readonly CountedLine[], line: CountedLine): CountedLine[] {
  const i = rows.findIndex((r) => r.productId === line.productId && r.batchNo === line.batchNo);
  if (i >= 0) return rows.map((r, j) => (j === i ? line : r));
  const at = rows.findIndex((r) => r.sku > line.sku || (r.sku === line.sku && r.batchNo > line.batchNo));
  return at < 0 ? [...rows, line] : [...rows.slice(0, at), line, ...rows.slice(at)];
}
