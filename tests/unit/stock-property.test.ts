// Property: whatever sequence of warehouse documents is posted and reversed — receipts (priced and blind),
// transfers shipped and received short or over, van loads and returns, damage and write-offs, stocktakes — every
// cached balance equals the sum of its ledger moves, no balance is negative, every cost pool equals its product's
// moves, a refused action changes nothing, and a document plus its reversal nets to zero on every key.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addManualCount } from '../../electron/core/receiving/manual';
import { postReceiving } from '../../electron/core/receiving/post';
import { createPurchaseOrder, submitPurchaseOrder } from '../../electron/core/receiving/purchase-orders';
import { startReceiving } from '../../electron/core/receiving/sessions';
import { AppError } from '../../electron/core/shared/errors';
import { createAdjustment } from '../../electron/core/stock/adjustments';
import { checkLedger } from '../../electron/core/stock/check';
import { reverseDocument } from '../../electron/core/stock/reverse';
import { receiveTransfer, shipTransfer } from '../../electron/core/stock/transfers';
import { loadVan, returnVan } from '../../electron/core/stock/vans';
import { manualCount } from '../../electron/core/stocktake/counting';
import { approveStocktake } from '../../electron/core/stocktake/review';
import { closeCounting, startStocktake } from '../../electron/core/stocktake/stocktakes';
import { stockSnapshot, stockWorld, type StockWorld } from './stock-fixtures';

let w: StockWorld;
beforeAll(async () => {
  w = await stockWorld();
});
afterAll(() => w.close());

const BATCHES = [
  { batchNo: 'A', expiresOn: '2026-05-31' },
  { batchNo: 'B', expiresOn: '2026-11-30' },
  { batchNo: 'X', expiresOn: '2026-03-01' }, // already expired: FEFO must never hand it out
  { batchNo: '' },
];

type Cmd =
  | { k: 'receive'; wh: number; p: number; qty: number; batch: number; price: number | null }
  | { k: 'ship'; from: number; p: number; qty: number }
  | { k: 'arrive'; pick: number; delta: number }
  | { k: 'load'; p: number; qty: number }
  | { k: 'return'; counts: number[] }
  | { k: 'adjust'; wh: number; p: number; qty: number; kind: 'damage' | 'write_off' | 'sample' }
  | { k: 'stocktake'; wh: number; counts: number[] }
  | { k: 'reverse'; pick: number };

const idx = (n: number) => fc.nat({ max: n - 1 });
const cmd: fc.Arbitrary<Cmd> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ k: fc.constant('receive' as const), wh: idx(2), p: idx(3), qty: fc.integer({ min: 1, max: 60 }), batch: idx(4), price: fc.option(fc.integer({ min: 0, max: 9999 })) }) },
  { weight: 2, arbitrary: fc.record({ k: fc.constant('ship' as const), from: idx(2), p: idx(3), qty: fc.integer({ min: 1, max: 40 }) }) },
  { weight: 2, arbitrary: fc.record({ k: fc.constant('arrive' as const), pick: fc.nat(), delta: fc.integer({ min: -5, max: 3 }) }) },
  { weight: 2, arbitrary: fc.record({ k: fc.constant('load' as const), p: idx(3), qty: fc.integer({ min: 1, max: 30 }) }) },
  { weight: 1, arbitrary: fc.record({ k: fc.constant('return' as const), counts: fc.array(fc.integer({ min: -3, max: 2 }), { minLength: 3, maxLength: 3 }) }) },
  { weight: 2, arbitrary: fc.record({ k: fc.constant('adjust' as const), wh: idx(2), p: idx(3), qty: fc.integer({ min: 1, max: 20 }), kind: fc.constantFrom('damage' as const, 'write_off' as const, 'sample' as const) }) },
  { weight: 1, arbitrary: fc.record({ k: fc.constant('stocktake' as const), wh: idx(2), counts: fc.array(fc.integer({ min: -4, max: 4 }), { minLength: 3, maxLength: 3 }) }) },
  { weight: 3, arbitrary: fc.record({ k: fc.constant('reverse' as const), pick: fc.nat() }) },
);

const products = () => [w.cola, w.tea, w.chips];
const mains = () => [w.main, w.second];

function book(warehouseId: string, productId: string): number {
  const r = w.t.sqlite.prepare('SELECT coalesce(sum(qty), 0) AS q FROM stock_balances WHERE warehouse_id = ? AND product_id = ? AND in_transit = 0').get(warehouseId, productId) as { q: number };
  return r.q;
}

function docs(where: string): { id: string; number: string }[] {
  return w.t.sqlite.prepare(`SELECT id, number FROM stock_documents WHERE ${where} ORDER BY rowid`).all() as { id: string; number: string }[];
}

function run(c: Cmd): void {
  const core = w.t.core;
  const product = products()[('p' in c ? c.p : 0) % 3]!;
  switch (c.k) {
    case 'receive': {
      const batch = BATCHES[c.batch]!;
      let poId: string | undefined;
      if (c.price !== null && c.wh === 0) {
        const po = createPurchaseOrder(core, w.owner, { brandId: w.brandId, warehouseId: w.main, lines: [{ productId: product.id, unitId: product.units.bottle, qty: c.qty, price: c.price }] });
        poId = submitPurchaseOrder(core, w.owner, { id: po.id }).id;
      }
      const s = startReceiving(core, w.clerk, { warehouseId: mains()[c.wh]!, poId });
      addManualCount(core, w.clerk, { sessionId: s.id, productId: product.id, qty: c.qty, batchNo: batch.batchNo, expiresOn: batch.expiresOn });
      postReceiving(core, w.clerk, { id: s.id });
      return;
    }
    case 'ship':
      shipTransfer(core, w.clerk, { fromWarehouseId: mains()[c.from]!, toWarehouseId: mains()[1 - c.from]!, lines: [{ productId: product.id, qty: c.qty }] });
      return;
    case 'arrive': {
      const open = docs("type = 'transfer' AND status = 'in_transit'");
      if (open.length === 0) return;
      const doc = open[c.pick % open.length]!;
      const shipped = (w.t.sqlite.prepare('SELECT qty_base AS q FROM stock_document_lines WHERE doc_id = ? AND line_no = 1').get(doc.id) as { q: number }).q;
      receiveTransfer(core, w.clerk, { id: doc.id, lines: [{ lineNo: 1, receivedQty: Math.max(0, shipped + c.delta) }] });
      return;
    }
    case 'load':
      loadVan(core, w.clerk, { vanId: w.van, fromWarehouseId: w.main, lines: [{ productId: product.id, qty: c.qty }] });
      return;
    case 'return':
      returnVan(core, w.clerk, {
        vanId: w.van,
        toWarehouseId: w.main,
        lines: products().map((p, i) => ({ productId: p.id, qty: Math.max(0, book(w.van, p.id) + c.counts[i]!) })),
      });
      return;
    case 'adjust':
      createAdjustment(core, w.owner, { warehouseId: mains()[c.wh]!, kind: c.kind, reason: '属性测试', lines: [{ productId: product.id, qty: c.qty }] });
      return;
    case 'stocktake': {
      const wh = mains()[c.wh]!;
      const st = startStocktake(core, w.clerk, { warehouseId: wh });
      products().forEach((p, i) => {
        const counted = Math.max(0, book(wh, p.id) + c.counts[i]!);
        if (counted > 0) manualCount(core, w.clerk, { stocktakeId: st.id, productId: p.id, qty: counted });
      });
      closeCounting(core, w.clerk, { id: st.id });
      approveStocktake(core, w.owner, { id: st.id });
      return;
    }
    case 'reverse': {
      const candidates = docs("status IN ('posted', 'in_transit') AND type <> 'reversal'");
      if (candidates.length === 0) return;
      reverseDocument(core, w.owner, { id: candidates[c.pick % candidates.length]!.id, reason: '属性测试' });
      return;
    }
  }
}

/** Per (warehouse, product, batch, transit): a reversed document and its reversal net to zero. */
function reversalsNetZero(): void {
  const rows = w.t.sqlite
    .prepare(
      `SELECT d.id, m.warehouse_id, m.product_id, m.batch_id, m.in_transit, sum(m.qty) AS q
       FROM stock_documents d JOIN stock_moves m ON m.doc_id IN (d.id, d.reversed_by_id)
       WHERE d.status = 'reversed' GROUP BY d.id, m.warehouse_id, m.product_id, m.batch_id, m.in_transit HAVING q <> 0`,
    )
    .all();
  expect(rows).toEqual([]);
}

describe('stock ledger property', () => {
  it('keeps every balance equal to its ledger and never negative, through random documents and reversals', () => {
    let refused = 0;
    let done = 0;
    const succeeded = new Set<Cmd['k']>();
    fc.assert(
      fc.property(fc.array(cmd, { minLength: 5, maxLength: 30 }), (cmds) => {
        for (const c of cmds) {
          const before = stockSnapshot(w);
          try {
            run(c);
            done++;
            succeeded.add(c.k);
          } catch (e) {
            // A business refusal (not enough stock, an expired batch, a reversal that would go negative…) must
            // come as a translated AppError and leave stock exactly as it was; anything else fails the property.
            if (!(e instanceof AppError)) throw e;
            refused++;
            const after = stockSnapshot(w) as { balances: unknown; costs: unknown; counts: Record<string, number> };
            const was = before as typeof after;
            expect(after.balances).toEqual(was.balances);
            expect(after.costs).toEqual(was.costs);
            expect(after.counts.stock_moves).toBe(was.counts.stock_moves);
          }
          const check = checkLedger(w.t.core);
          expect(check, JSON.stringify(c)).toMatchObject({ ok: true, balances: [], pools: [], negative: 0, badPools: 0 });
        }
        reversalsNetZero();
      }),
      { numRuns: 40 },
    );
    // The generator must exercise both paths, or the property says little.
    expect(done).toBeGreaterThan(100);
    expect(refused).toBeGreaterThan(10);
    expect([...succeeded].sort()).toEqual(['adjust', 'arrive', 'load', 'receive', 'return', 'reverse', 'ship', 'stocktake']);
    const reversed = w.t.sqlite.prepare("SELECT type, count(*) AS n FROM stock_documents WHERE status = 'reversed' GROUP BY type").all() as { type: string }[];
    expect(reversed.length).toBeGreaterThan(3);
    expect((w.t.sqlite.prepare('SELECT sum(value) AS v FROM stock_costs').get() as { v: number }).v).toBeGreaterThan(0);
  });
});
