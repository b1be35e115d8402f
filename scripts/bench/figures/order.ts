// order.*: confirming and delivering a presale order of 100 lines through the real core, on a database of its own
// (stock-fixture.ts: 100 products in bottle/box/case, two batches each in one main warehouse, a store on a price
// list). Each timed run is two committed transactions (WAL, synchronous=FULL): confirm (price-limit and credit
// checks, reservations of 100 lines) and deliver (a 'sale' stock document of 100 lines allocated first-expiring-
// first through the ledger, the invoice, reservations consumed, order status, outbox and audit rows).
//   post_100_lines_p50_ms / _p99_ms: confirm + deliver, 200 orders after 10 to warm up (entry is not timed).
import { transact } from '../../../db/tx';
import { insertPriceList } from '../../../electron/core/catalog/price-lists';
import { writePrice } from '../../../electron/core/catalog/prices';
import { saveCustomer } from '../../../electron/core/parties/customers';
import { confirmOrder } from '../../../electron/core/sales/orders-confirm';
import { deliverOrder } from '../../../electron/core/sales/orders-deliver';
import { createOrder } from '../../../electron/core/sales/orders-edit';
import { ensureBatch } from '../../../electron/core/stock/batches';
import { createDocument, insertLines } from '../../../electron/core/stock/documents';
import { postMoves } from '../../../electron/core/stock/ledger';
import { lineUnit, stockProduct } from '../../../electron/core/stock/products';
import type { Figure } from '../figure';
import { note } from '../figure';
import { stockBench, type StockBench } from '../stock-fixture';
import { seededRandom, summarize, timeMs } from '../stats';

export const prefix = 'order';

const PRODUCTS = 100;
const RUNS = 200;
const WARMUP = 10;

/** Two batches of every product (the earlier expiry goes first), enough for every order below. */
function stockUp(bench: StockBench, warehouseId: string): void {
  transact(bench.core.sqlite, () => {
    const doc = createDocument(bench.core, bench.clerk, { type: 'receipt', status: 'posted', warehouseId });
    const lines = bench.products.flatMap((p) => {
      const product = stockProduct(bench.core, p.id);
      const unit = lineUnit(bench.core, product);
      return ['A', 'B'].map((b, i) => {
        const batch = ensureBatch(bench.core, product, { batchNo: `${b}${p.sku}`, producedOn: i === 0 ? '2026-01-05' : '2026-02-20' });
        return { productId: p.id, unitId: unit.id, unitName: unit.name, factor: 1, qty: 3_000, qtyBase: 3_000, batchId: batch.id, price: 200 };
      });
    });
    const written = insertLines(bench.core, doc.id, lines);
    postMoves(bench.core, doc, written.map((l) => ({ lineNo: l.lineNo, warehouseId, productId: l.productId, batchId: l.batchId!, qty: l.qtyBase, value: l.qtyBase * 200 })));
  });
}

export async function run(): Promise<Figure[]> {
  note(`order: ${PRODUCTS} products, ${RUNS + WARMUP} orders of ${PRODUCTS} lines`);
  const bench = await stockBench({ products: PRODUCTS, warehouses: 1 });
  const core = bench.core;
  const warehouseId = bench.warehouses[0]!;
  stockUp(bench, warehouseId);
  const units = core.sqlite.prepare('SELECT id, factor FROM product_units WHERE product_id = ? ORDER BY factor');
  const customerId = transact(core.sqlite, () => {
    const list = insertPriceList(core, { code: 'PF', name: '批发价' }).id;
    for (const p of bench.products) {
      for (const u of units.all(p.id) as { id: string; factor: number }[]) writePrice(core, p.id, { priceListId: list, unitId: u.id, price: 250 * u.factor });
    }
    return saveCustomer(core, null, { code: 'K0001', name: '天河便利店', priceListId: list, paymentTermsDays: 30 });
  });
  const boxUnit = new Map(bench.products.map((p) => [p.id, (units.all(p.id) as { id: string; factor: number }[]).find((u) => u.factor === 6)!.id]));
  const rnd = seededRandom(11);
  const samples: number[] = [];
  for (let i = 0; i < RUNS + WARMUP; i++) {
    const order = createOrder(core, bench.clerk, {
      kind: 'presale',
      customerId,
      warehouseId,
      orderDiscountFen: 500,
      lines: bench.products.map((p) => (rnd() < 0.3 ? { productId: p.id, unitId: boxUnit.get(p.id), qty: 1 } : { productId: p.id, qty: 1 + Math.floor(rnd() * 5) })),
    });
    const ms = timeMs(() => {
      const r = confirmOrder(core, bench.clerk, { id: order.id });
      if (r.status !== 'confirmed') throw new Error(`order not confirmed: ${r.status}`);
      const d = deliverOrder(core, bench.clerk, { orderId: order.id });
      if (d.status !== 'delivered') throw new Error(`order not delivered: ${d.status}`);
    });
    if (i >= WARMUP) samples.push(ms);
  }
  const s = summarize(samples);
  return [
    { name: 'order.post_100_lines_p50_ms', value: s.p50, unit: 'ms' },
    { name: 'order.post_100_lines_p99_ms', value: s.p99, unit: 'ms' },
  ];
}
