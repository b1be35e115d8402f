// The stock ledger through its core: receipts put goods in by batch, moves and balances agree, FEFO picks the
// first-expiring batch and never an expired one, the cost pool follows the moving average in whole fen, and a
// refused action writes nothing.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkLedger } from '../../electron/core/stock/check';
import { allocateFefo } from '../../electron/core/stock/fefo';
import { stockBalances } from '../../electron/core/stock/balances';
import { nearExpiry, stockByBatch } from '../../electron/core/stock/batch-stock';
import { setNearExpiryDays } from '../../electron/core/stock/settings';
import { createAdjustment } from '../../electron/core/stock/adjustments';
import { documentView } from '../../electron/core/stock/doc-views';
import { expiryFromShelfLife } from '../../electron/core/stock/batches';
import { AppError } from '../../electron/core/shared/errors';
import { receiveBlind, stockSnapshot, stockWorld, type StockWorld } from './stock-fixtures';

let w: StockWorld;
beforeEach(async () => {
  w = await stockWorld();
});
afterEach(() => w.close());

const qtyOf = (warehouseId: string, productId: string) =>
  stockBalances(w.t.core, { warehouseId, productId }).rows[0]?.qty ?? 0;

const codeOf = (fn: () => unknown): string => {
  try {
    fn();
  } catch (e) {
    if (e instanceof AppError) return e.code;
    throw e;
  }
  throw new Error('expected an AppError');
};

describe('receipts and the ledger', () => {
  it('posts a blind receipt by batch with its moves, balances, number, outbox and audit rows', () => {
    const { doc, reportId } = receiveBlind(w, w.main, [
      { productId: w.cola.id, qty: 48, batchNo: 'B1', producedOn: '2026-01-10' },
      { productId: w.tea.id, qty: 10 },
    ]);
    expect(doc.number).toMatch(/^RK-20260315-\d{4}$/);
    expect(doc.status).toBe('posted');
    expect(reportId).toBeNull();
    expect(qtyOf(w.main, w.cola.id)).toBe(48);
    expect(qtyOf(w.main, w.tea.id)).toBe(10);
    const view = documentView(w.t.core, doc.id);
    expect(view.moves.map((m) => [m.sku, m.batchNo, m.qty])).toEqual([
      ['KL001', 'B1', 48],
      ['CY002', '', 10],
    ]);
    // Expiry from the shelf life: made 2026-01-10, 365 days → expires 2027-01-10.
    expect(view.moves[0]!.expiresOn).toBe('2027-01-10');
    expect(checkLedger(w.t.core).ok).toBe(true);
    const outbox = w.t.sqlite.prepare("SELECT topic, entity_id AS id FROM outbox WHERE topic LIKE 'stock.%'").all();
    expect(outbox).toEqual([{ topic: 'stock.document.posted', id: doc.id }]);
    const audit = w.t.sqlite.prepare("SELECT action FROM audit_log WHERE entity_id = ? ORDER BY rowid").all(doc.id) as { action: string }[];
    expect(audit.map((a) => a.action)).toEqual(['receiving.start', 'receiving.count', 'receiving.count', 'receiving.post']);
  });

  it('pages the stock list with its total, per warehouse or over all of them, valued at average cost', () => {
    receiveBlind(w, w.main, [{ productId: w.cola.id, qty: 5 }, { productId: w.tea.id, qty: 3 }]);
    receiveBlind(w, w.second, [{ productId: w.cola.id, qty: 2 }]);
    const page = stockBalances(w.t.core, { limit: 2 });
    expect(page.total).toBe(3);
    expect(page.rows.map((r) => [r.sku, r.warehouseName, r.qty])).toEqual([
      ['CY002', '总仓', 3],
      ['KL001', '二号仓', 2],
    ]);
    expect(stockBalances(w.t.core, { limit: 2, offset: 5 })).toEqual({ total: 3, rows: [] });
    expect(stockBalances(w.t.core, { allWarehouses: true }).rows.map((r) => [r.sku, r.warehouseId, r.qty])).toEqual([
      ['CY002', null, 3],
      ['KL001', null, 7],
    ]);
    expect(stockBalances(w.t.core, { search: 'kl0' }).rows.map((r) => r.sku)).toEqual(['KL001', 'KL001']);
  });

  it('numbers documents per prefix and business day', () => {
    const a = receiveBlind(w, w.main, [{ productId: w.cola.id, qty: 1 }]).doc.number;
    const b = receiveBlind(w, w.main, [{ productId: w.cola.id, qty: 1 }]).doc.number;
    expect(Number(b.slice(-4))).toBe(Number(a.slice(-4)) + 1);
  });

  it('keeps the stock ledger append-only at the database level', () => {
    receiveBlind(w, w.main, [{ productId: w.cola.id, qty: 5 }]);
    expect(() => w.t.sqlite.prepare('UPDATE stock_moves SET qty = 6').run()).toThrow(/append-only/);
    expect(() => w.t.sqlite.prepare('DELETE FROM stock_moves').run()).toThrow(/append-only/);
    expect(() => w.t.sqlite.prepare('UPDATE stock_balances SET qty = -1').run()).toThrow(/CHECK/);
  });

  it('computes expiry as production date plus shelf life', () => {
    expect(expiryFromShelfLife('2025-01-01', 365)).toBe('2026-01-01');
    expect(expiryFromShelfLife('2024-02-28', 1)).toBe('2024-02-29');
    expect(expiryFromShelfLife(null, 365)).toBeNull();
    expect(expiryFromShelfLife('2025-01-01', null)).toBeNull();
  });

  it('refuses a batch whose stated expiry contradicts the registered one, writing nothing', () => {
    receiveBlind(w, w.main, [{ productId: w.cola.id, qty: 5, batchNo: 'B1', expiresOn: '2026-12-31' }]);
    const before = stockSnapshot(w);
    expect(codeOf(() => receiveBlind(w, w.main, [{ productId: w.cola.id, qty: 5, batchNo: 'B1', expiresOn: '2027-01-31' }]))).toBe('BATCH_EXPIRY_CONFLICT');
    // The draft the helper started before the refusal stays a draft; stock did not move.
    const after = stockSnapshot(w) as { balances: unknown; costs: unknown };
    expect(after.balances).toEqual((before as { balances: unknown }).balances);
    expect(after.costs).toEqual((before as { costs: unknown }).costs);
  });
});

describe('FEFO allocation', () => {
  beforeEach(() => {
    receiveBlind(w, w.main, [
      { productId: w.cola.id, qty: 10, batchNo: 'LATE', expiresOn: '2026-12-31' },
      { productId: w.cola.id, qty: 5, batchNo: 'EARLY', expiresOn: '2026-06-30' },
      { productId: w.cola.id, qty: 7, batchNo: 'GONE', expiresOn: '2026-03-01' },
      { productId: w.cola.id, qty: 3, batchNo: '' },
    ]);
  });

  it('takes the first-expiring batch first, unknown expiry last, and skips expired stock', () => {
    const a = allocateFefo(w.t.core, w.main, w.cola.id, 17);
    expect(a.map((x) => [x.batchNo, x.qty])).toEqual([
      ['EARLY', 5],
      ['LATE', 10],
      ['', 2],
    ]);
  });

  it('refuses when only expired stock would make up the quantity, saying so', () => {
    const e = (() => {
      try {
        allocateFefo(w.t.core, w.main, w.cola.id, 20);
      } catch (err) {
        return err as AppError;
      }
    })();
    expect(e?.code).toBe('STOCK_EXPIRED_ONLY');
    expect(e?.params).toMatchObject({ needed: 20, available: 18, expired: 7 });
  });

  it('refuses more than there is, and allocates expired stock only when told to', () => {
    expect(codeOf(() => allocateFefo(w.t.core, w.main, w.cola.id, 26, { allowExpired: true }))).toBe('STOCK_INSUFFICIENT');
    const all = allocateFefo(w.t.core, w.main, w.cola.id, 25, { allowExpired: true });
    expect(all[0]).toMatchObject({ batchNo: 'GONE', qty: 7 });
  });

  it('refuses a quantity that is not a positive whole number', () => {
    expect(codeOf(() => allocateFefo(w.t.core, w.main, w.cola.id, 0))).toBe('STOCK_QTY_INVALID');
    expect(codeOf(() => allocateFefo(w.t.core, w.main, w.cola.id, 1.5))).toBe('STOCK_QTY_INVALID');
  });

  it('lists stock by batch with days left, and the near-expiry batches by the configured days', () => {
    const rows = stockByBatch(w.t.core, { warehouseId: w.main, productId: w.cola.id });
    expect(rows.map((r) => [r.batchNo, r.daysLeft, r.expired])).toEqual([
      ['GONE', -14, true],
      ['EARLY', 107, false],
      ['LATE', 291, false],
      ['', null, false],
    ]);
    expect(nearExpiry(w.t.core).rows.map((r) => r.batchNo)).toEqual(['GONE']);
    setNearExpiryDays(w.t.core, w.owner, 120);
    const near = nearExpiry(w.t.core);
    expect(near.days).toBe(120);
    expect(near.rows.map((r) => r.batchNo)).toEqual(['GONE', 'EARLY']);
    expect(codeOf(() => setNearExpiryDays(w.t.core, w.owner, -1))).toBe('NEAR_EXPIRY_DAYS');
  });
});

describe('moving-average cost', () => {
  it('values damage at the average cost and keeps the pool equal to its moves', () => {
    receiveBlind(w, w.main, [{ productId: w.cola.id, qty: 10, batchNo: 'B1' }]);
    // A blind receipt has no price: its value is the average (nothing yet), so the pool holds 0 fen.
    const pool = () => w.t.sqlite.prepare('SELECT qty, value FROM stock_costs WHERE product_id = ?').get(w.cola.id);
    expect(pool()).toEqual({ qty: 10, value: 0 });
    createAdjustment(w.t.core, w.clerk, { warehouseId: w.main, kind: 'damage', reason: '破损', lines: [{ productId: w.cola.id, qty: 10 }] });
    expect(pool()).toEqual({ qty: 0, value: 0 });
    expect(checkLedger(w.t.core).ok).toBe(true);
  });
});
