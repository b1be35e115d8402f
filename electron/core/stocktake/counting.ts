// Counting (blind): each scan or manual entry adds to one aggregated row per product and batch and appends an
// entry; nothing grows per scan but the entry table, so an hour of continuous scanning stays as fast as the first
// minute. A case barcode counts its factor, a case trace code the bottles nested in it (never twice).
import type { Statement } from 'better-sqlite3';
import type { Sqlite } from '../../../db/open';
import { getCategory } from '../catalog/categories';
import { resolveScan } from '../scan/resolve';
import type { Actor, Core } from '../shared/context';
import { AppError } from '../shared/errors';
import { newId } from '../shared/ids';
import { mutate } from '../shared/mutate';
import { isUnderPrefix, locationOf } from '../stock/locations';
import { lineUnit, stockProduct, type StockProduct } from '../stock/products';
import { lookupCode } from '../trace';
import { ScanSet } from '../trace/overlap';
import { descendantsOf } from '../trace/codes';
import { categoryTree, openForCounting, type Stocktake } from './stocktakes';

interface Statements {
  update: Statement<[number, string, string, string, string]>;
  insert: Statement<[string, string, string, number, string]>;
  count: Statement<[string, string, string], { qty: number }>;
  productTotal: Statement<[string, string], { qty: number | null }>;
  entry: Statement<[string, string, string, string, number, string, string | null, string | null, string, string]>;
  codes: Statement<[string, string], { code: string }>;
}

const cache = new WeakMap<Sqlite, Statements>();

function statements(sqlite: Sqlite): Statements {
  let st = cache.get(sqlite);
  if (!st) {
    st = {
      update: sqlite.prepare('UPDATE stocktake_counts SET qty = qty + ?, updated_at = ? WHERE stocktake_id = ? AND product_id = ? AND batch_no = ?'),
      insert: sqlite.prepare('INSERT INTO stocktake_counts (stocktake_id, product_id, batch_no, qty, updated_at) VALUES (?, ?, ?, ?, ?)'),
      count: sqlite.prepare('SELECT qty FROM stocktake_counts WHERE stocktake_id = ? AND product_id = ? AND batch_no = ?'),
      productTotal: sqlite.prepare('SELECT sum(qty) AS qty FROM stocktake_counts WHERE stocktake_id = ? AND product_id = ?'),
      entry: sqlite.prepare(
        `INSERT INTO stocktake_entries (id, stocktake_id, product_id, batch_no, qty, source, raw, code, user_id, at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      ),
      codes: sqlite.prepare('SELECT code FROM stocktake_entries WHERE stocktake_id = ? AND code IN (SELECT value FROM json_each(?))'),
    };
    cache.set(sqlite, st);
  }
  return st;
}

export interface CountResult {
  productId: string;
  name: string;
  batchNo: string;
  /** Base units this entry added (negative for a correction). */
  qty: number;
  /** Counted so far of this product, all batches. */
  productCounted: number;
  /** The counted row this entry changed, as countedLines shows it: a screen patches its list with it instead of
   *  fetching every row again after each scan. */
  line: CountedLine;
}

function checkScope(core: Core, st: Stocktake, product: StockProduct): void {
  if (st.locationPrefix && !isUnderPrefix(locationOf(core, st.warehouseId, product.id), st.locationPrefix)) {
    throw new AppError('STOCKTAKE_OUT_OF_SCOPE_LOCATION', { product: product.name, location: st.locationPrefix });
  }
  if (!st.categoryId) return;
  if (product.categoryId && categoryTree(core, st.categoryId).includes(product.categoryId)) return;
  throw new AppError('STOCKTAKE_OUT_OF_SCOPE', { product: product.name, category: getCategory(core, st.categoryId).name });
}

function addCount(core: Core, actor: Actor, st: Stocktake, e: { product: StockProduct; batchNo: string; qty: number; source: 'scan' | 'manual'; raw?: string; code?: string }): CountResult {
  const s = statements(core.sqlite);
  const now = core.now().toISOString();
  const current = s.count.get(st.id, e.product.id, e.batchNo)?.qty ?? 0;
  if (current + e.qty < 0) throw new AppError('STOCKTAKE_COUNT_NEGATIVE', { product: e.product.name });
  if (s.update.run(e.qty, now, st.id, e.product.id, e.batchNo).changes === 0) s.insert.run(st.id, e.product.id, e.batchNo, e.qty, now);
  s.entry.run(newId(), st.id, e.product.id, e.batchNo, e.qty, e.source, e.raw ?? null, e.code ?? null, actor.userId, now);
  const line = { productId: e.product.id, sku: e.product.sku, name: e.product.name, baseUnit: e.product.baseUnit, batchNo: e.batchNo, qty: current + e.qty };
  return { productId: e.product.id, name: e.product.name, batchNo: e.batchNo, qty: e.qty, productCounted: s.productTotal.get(st.id, e.product.id)?.qty ?? 0, line };
}

/** A trace code counts what it holds, once: not again, not inside a case already counted, not around a box counted. */
function traceCount(core: Core, st: Stocktake, code: string): { productId: string; batchNo: string; qty: number } {
  const info = lookupCode(core, code);
  if (!info) throw new AppError('TRACE_CODE_UNKNOWN', { code });
  const related = [code, ...info.ancestors, ...descendantsOf(info)];
  const seen = statements(core.sqlite).codes.all(st.id, JSON.stringify(related)).map((r) => r.code);
  const flags = new ScanSet(seen).add(code, info);
  if (flags[0]) throw new AppError(flags[0].code, flags[0].params);
  if (info.quantity === null || info.quantity <= 0) throw new AppError('CODE_EMPTY', { code });
  return { productId: info.productId, batchNo: info.batch ?? '', qty: info.quantity };
}

export function scanCount(core: Core, actor: Actor, input: { stocktakeId: string; raw: string }): CountResult {
  return mutate(
    core,
    actor,
    (r) => ({ action: 'stocktakes.scan', entity: 'stocktake', entityId: input.stocktakeId, data: { raw: input.raw, productId: r.productId, qty: r.qty } }),
    () => {
      const st = openForCounting(core, input.stocktakeId);
      const scan = resolveScan(core, input.raw);
      if (scan.kind === 'document') throw new AppError('RECEIVING_NOT_GOODS', { code: scan.code });
      if (scan.kind === 'unknown') throw new AppError(scan.hint.code, scan.hint.params);
      if (scan.kind === 'trace') {
        const t = traceCount(core, st, scan.code);
        const product = stockProduct(core, t.productId);
        checkScope(core, st, product);
        return addCount(core, actor, st, { product, batchNo: t.batchNo, qty: t.qty, source: 'scan', raw: input.raw, code: scan.code });
      }
      const product = stockProduct(core, scan.product.id);
      checkScope(core, st, product);
      const qty = scan.unit.factor * (scan.quantity !== null && scan.quantity > 0 ? scan.quantity : 1);
      return addCount(core, actor, st, { product, batchNo: scan.batch ?? '', qty, source: 'scan', raw: input.raw });
    },
  );
}

export interface ManualCountInput {
  stocktakeId: string;
  productId: string;
  unitId?: string | null;
  /** Signed, in the unit: a negative entry takes back a miscount. */
  qty: number;
  batchNo?: string;
}

export function manualCount(core: Core, actor: Actor, input: ManualCountInput): CountResult {
  return mutate(
    core,
    actor,
    (r) => ({ action: 'stocktakes.count', entity: 'stocktake', entityId: input.stocktakeId, data: { productId: r.productId, batchNo: r.batchNo, qty: r.qty } }),
    () => {
      const st = openForCounting(core, input.stocktakeId);
      const product = stockProduct(core, input.productId);
      checkScope(core, st, product);
      const unit = lineUnit(core, product, input.unitId);
      if (!Number.isSafeInteger(input.qty) || input.qty === 0) throw new AppError('STOCK_QTY_INVALID', { product: product.name, qty: input.qty });
      return addCount(core, actor, st, { product, batchNo: (input.batchNo ?? '').trim(), qty: input.qty * unit.factor, source: 'manual' });
    },
  );
}

export interface CountedLine {
  productId: string;
  sku: string;
  name: string;
  baseUnit: string;
  batchNo: string;
  qty: number;
}

/** What has been counted so far, without book quantities (counting is blind). */
export function countedLines(core: Core, stocktakeId: string): CountedLine[] {
  return core.sqlite
    .prepare(
      `SELECT c.product_id AS productId, p.sku, p.name, p.base_unit AS baseUnit, c.batch_no AS batchNo, c.qty
       FROM stocktake_counts c JOIN products p ON p.id = c.product_id WHERE c.stocktake_id = ? ORDER BY p.sku, c.batch_no`,
    )
    .all(stocktakeId) as CountedLine[];
}
