// Adjustments: damage and samples post at once with a reason; a clerk's write-off waits for the owner, who approves
// or rejects it; samples may not take expired goods, write-offs may; only the owner reverses an adjustment.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppError } from '../../electron/core/shared/errors';
import { approveAdjustment, createAdjustment, rejectAdjustment } from '../../electron/core/stock/adjustments';
import { stockBalances } from '../../electron/core/stock/balances';
import { checkLedger } from '../../electron/core/stock/check';
import { documentView } from '../../electron/core/stock/doc-views';
import { reverseDocument } from '../../electron/core/stock/reverse';
import { receiveBlind, stockSnapshot, stockWorld, type StockWorld } from './stock-fixtures';

let w: StockWorld;
let oldBatch: string;
beforeEach(async () => {
  w = await stockWorld();
  const { doc } = receiveBlind(w, w.main, [
    { productId: w.cola.id, qty: 10, batchNo: 'OLD', expiresOn: '2026-03-01' },
    { productId: w.cola.id, qty: 10, batchNo: 'NEW', expiresOn: '2026-12-31' },
  ]);
  oldBatch = documentView(w.t.core, doc.id).moves.find((m) => m.batchNo === 'OLD')!.batchId;
});
afterEach(() => w.close());

const qty = () => stockBalances(w.t.core, { warehouseId: w.main, productId: w.cola.id }).rows[0]?.qty ?? 0;
const errorOf = (fn: () => unknown): AppError => {
  try {
    fn();
  } catch (e) {
    if (e instanceof AppError) return e;
    throw e;
  }
  throw new Error('expected an AppError');
};

describe('adjustments', () => {
  it('posts damage at once with its reason, from the named batch', () => {
    const doc = createAdjustment(w.t.core, w.clerk, { warehouseId: w.main, kind: 'damage', reason: '搬运摔破', lines: [{ productId: w.cola.id, qty: 2, batchId: oldBatch }] });
    expect(doc).toMatchObject({ status: 'posted', kind: 'damage', reason: '搬运摔破' });
    expect(documentView(w.t.core, doc.id).moves.map((m) => [m.batchNo, m.qty])).toEqual([['OLD', -2]]);
    expect(qty()).toBe(18);
  });

  it('keeps expired goods out of samples but lets write-offs take them', () => {
    expect(errorOf(() => createAdjustment(w.t.core, w.clerk, { warehouseId: w.main, kind: 'sample', reason: '门店样品', lines: [{ productId: w.cola.id, qty: 1, batchId: oldBatch }] }))).toMatchObject({
      code: 'BATCH_EXPIRED',
      params: { batch: 'OLD', date: '2026-03-01' },
    });
    const sample = createAdjustment(w.t.core, w.clerk, { warehouseId: w.main, kind: 'sample', reason: '门店样品', lines: [{ productId: w.cola.id, qty: 1 }] });
    expect(documentView(w.t.core, sample.id).moves.map((m) => m.batchNo)).toEqual(['NEW']);
    const writeOff = createAdjustment(w.t.core, w.owner, { warehouseId: w.main, kind: 'write_off', reason: '过期报废', lines: [{ productId: w.cola.id, qty: 10 }] });
    expect(writeOff.status).toBe('posted');
    expect(documentView(w.t.core, writeOff.id).moves.map((m) => [m.batchNo, m.qty])).toEqual([['OLD', -10]]);
  });

  it("holds a clerk's write-off for the owner, who approves it once", () => {
    const doc = createAdjustment(w.t.core, w.clerk, { warehouseId: w.main, kind: 'write_off', reason: '过期', lines: [{ productId: w.cola.id, qty: 10, batchId: oldBatch }] });
    expect(doc.status).toBe('pending');
    expect(qty()).toBe(20);
    const approved = approveAdjustment(w.t.core, w.owner, { id: doc.id });
    expect(approved.status).toBe('posted');
    expect(qty()).toBe(10);
    const before = stockSnapshot(w);
    expect(errorOf(() => approveAdjustment(w.t.core, w.owner, { id: doc.id })).code).toBe('STOCK_DOC_NOT_PENDING');
    expect(stockSnapshot(w)).toEqual(before);
    expect(checkLedger(w.t.core).ok).toBe(true);
  });

  it('lets the owner reject a pending write-off, and refuses one that could never be posted', () => {
    const doc = createAdjustment(w.t.core, w.clerk, { warehouseId: w.main, kind: 'write_off', reason: '过期', lines: [{ productId: w.cola.id, qty: 5 }] });
    expect(rejectAdjustment(w.t.core, w.owner, { id: doc.id, reason: '还能卖' }).status).toBe('cancelled');
    expect(qty()).toBe(20);
    const before = stockSnapshot(w);
    expect(errorOf(() => createAdjustment(w.t.core, w.clerk, { warehouseId: w.main, kind: 'write_off', reason: '过期', lines: [{ productId: w.cola.id, qty: 21 }] })).code).toBe('STOCK_INSUFFICIENT');
    expect(errorOf(() => createAdjustment(w.t.core, w.clerk, { warehouseId: w.main, kind: 'damage', reason: '  ', lines: [{ productId: w.cola.id, qty: 1 }] })).code).toBe('ADJUSTMENT_REASON');
    expect(stockSnapshot(w)).toEqual(before);
  });

  it('lets only the owner reverse an adjustment', () => {
    const doc = createAdjustment(w.t.core, w.clerk, { warehouseId: w.main, kind: 'damage', reason: '破损', lines: [{ productId: w.cola.id, qty: 3 }] });
    expect(errorOf(() => reverseDocument(w.t.core, w.clerk, { id: doc.id, reason: '弄错了' })).code).toBe('STOCK_REVERSE_NEEDS_OWNER');
    reverseDocument(w.t.core, w.owner, { id: doc.id, reason: '弄错了' });
    expect(qty()).toBe(20);
    expect(checkLedger(w.t.core).ok).toBe(true);
  });
});
