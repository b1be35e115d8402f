// stock.*: the stock balance query over 5,000 SKUs × 20 warehouses, two batches each (200,000 balances, written by
// posting 20 receipts of 10,000 lines through the ledger), on a database of its own (stock-fixture.ts).
//   balance_query_ms: stockBalances for one warehouse — all 5,000 SKUs, batches summed, valued at moving-average
//     cost — median over the 20 warehouses.
//   balance_all_ms: stockBalances over all warehouses, one row per SKU (200,000 balances summed), median of 5.
//   fefo_p99_ms: allocateFefo of 1–30 bottles of a random SKU in a random warehouse, 2,000 calls.
//   post_line_ms: posting one receipt line (batch, line, move, balance, cost pool) while seeding, averaged.
import { transact } from '../../../db/tx';
import { ensureBatch } from '../../../electron/core/stock/batches';
import { stockBalances } from '../../../electron/core/stock/balances';
import { createDocument, insertLines } from '../../../electron/core/stock/documents';
import { allocateFefo } from '../../../electron/core/stock/fefo';
import { postMoves } from '../../../electron/core/stock/ledger';
import { lineUnit, stockProduct } from '../../../electron/core/stock/products';
import type { Figure } from '../figure';
import { note } from '../figure';
import { stockBench, type StockBench } from '../stock-fixture';
import { pick, seededRandom, summarize, timeMs } from '../stats';

export const prefix = 'stock';

const SKUS = 5_000;
const WAREHOUSES = 20;
const BATCHES = ['A', 'B'];

/** A posted receipt of every SKU in two batches, through the ledger, as postReceiving writes it. */
function receiveAll(bench: StockBench, warehouseId: string, rnd: () => number): void {
  transact(bench.core.sqlite, () => {
    const doc = createDocument(bench.core, bench.clerk, { type: 'receipt', status: 'posted', warehouseId });
    const lines = bench.products.flatMap((p) => {
      const product = stockProduct(bench.core, p.id);
      const unit = lineUnit(bench.core, product);
      return BATCHES.map((b, i) => {
        const batch = ensureBatch(bench.core, product, { batchNo: `${b}${p.sku}`, producedOn: i === 0 ? '2026-01-05' : '2026-02-20' });
        const qty = 24 + Math.floor(rnd() * 200);
        return { productId: p.id, unitId: unit.id, unitName: unit.name, factor: 1, qty, qtyBase: qty, batchId: batch.id, price: 150 + Math.floor(rnd() * 300) };
      });
    });
    const written = insertLines(bench.core, doc.id, lines);
    postMoves(
      bench.core,
      doc,
      written.map((l) => ({ lineNo: l.lineNo, warehouseId, productId: l.productId, batchId: l.batchId!, qty: l.qtyBase, value: l.qtyBase * l.price! })),
    );
  });
}

export async function run(): Promise<Figure[]> {
  note(`stock: seeding ${SKUS} SKUs × ${WAREHOUSES} warehouses × ${BATCHES.length} batches`);
  const bench = await stockBench({ products: SKUS, warehouses: WAREHOUSES });
  const rnd = seededRandom(7);
  const seedMs = bench.warehouses.map((w) => timeMs(() => receiveAll(bench, w, rnd)));
  const lineMs = summarize(seedMs).p50 / (SKUS * BATCHES.length);
  bench.core.sqlite.pragma('optimize');

  stockBalances(bench.core, { warehouseId: bench.warehouses[0], limit: SKUS });
  const one = bench.warehouses.map((w) =>
    timeMs(() => {
      const r = stockBalances(bench.core, { warehouseId: w, limit: SKUS });
      if (r.rows.length !== SKUS) throw new Error(`expected ${SKUS} rows, got ${r.rows.length}`);
    }),
  );
  const all = Array.from({ length: 5 }, () => timeMs(() => stockBalances(bench.core, { allWarehouses: true, limit: SKUS })));
  const fefo = Array.from({ length: 2_000 }, () => {
    const w = pick(bench.warehouses, rnd);
    const p = pick(bench.products, rnd);
    return timeMs(() => allocateFefo(bench.core, w, p.id, 1 + Math.floor(rnd() * 30)));
  });
  return [
    { name: 'stock.balance_query_ms', value: summarize(one).p50, unit: 'ms' },
    { name: 'stock.balance_all_ms', value: summarize(all).p50, unit: 'ms' },
    { name: 'stock.fefo_p99_ms', value: summarize(fefo).p99, unit: 'ms' },
    { name: 'stock.post_line_ms', value: lineMs, unit: 'ms' },
  ];
}
