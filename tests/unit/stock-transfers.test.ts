// Transfers between warehouses: shipped goods leave the source first-expiring-first and sit in transit at the
// destination; arrival puts them on its shelves and turns any difference into a variance report; a reversal undoes
// either state, refused when the goods have already gone on.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppError } from '../../electron/core/shared/errors';
import { stockBalances } from '../../electron/core/stock/balances';
import { checkLedger } from '../../electron/core/stock/check';
import { createAdjustment } from '../../electron/core/stock/adjustments';
import { documentView } from '../../electron/core/stock/doc-views';
import { reverseDocument } from '../../electron/core/stock/reverse';
import { receiveTransfer, shipTransfer, spreadReceived } from '../../electron/core/stock/transfers';
import { varianceReportView } from '../../electron/core/stock/variance';
import { receiveBlind, stockSnapshot, stockWorld, type StockWorld } from './stock-fixtures';

let w: StockWorld;
beforeEach(async () => {
  w = await stockWorld();
  receiveBlind(w, w.main, [
    { productId: w.cola.id, qty: 30, batchNo: 'LATE', expiresOn: '2026-12-31' },
    { productId: w.cola.id, qty: 20, batchNo: 'EARLY', expiresOn: '2026-06-30' },
    { productId: w.tea.id, qty: 12, batchNo: 'T1', expiresOn: '2026-09-30' },
  ]);
});
afterEach(() => w.close());

const row = (warehouseId: string, productId: string) => stockBalances(w.t.core, { warehouseId, productId }).rows[0] ?? { qty: 0, inTransit: 0 };
const errorOf = (fn: () => unknown): AppError => {
  try {
    fn();
  } catch (e) {
    if (e instanceof AppError) return e;
    throw e;
  }
  throw new Error('expected an AppError');
};

describe('transfers', () => {
  it('ships first-expiring-first into transit, then receives in full', () => {
    const doc = shipTransfer(w.t.core, w.clerk, { fromWarehouseId: w.main, toWarehouseId: w.second, lines: [{ productId: w.cola.id, unitId: w.cola.units.case, qty: 1 }] });
    expect(doc).toMatchObject({ status: 'in_transit', type: 'transfer' });
    expect(doc.number).toMatch(/^DB-/);
    expect(row(w.main, w.cola.id)).toMatchObject({ qty: 26 });
    expect(row(w.second, w.cola.id)).toMatchObject({ qty: 0, inTransit: 24 });
    const shipped = documentView(w.t.core, doc.id).moves.filter((m) => m.warehouseId === w.main).map((m) => [m.batchNo, m.qty]);
    expect(shipped).toEqual([
      ['EARLY', -20],
      ['LATE', -4],
    ]);
    const { reportId } = receiveTransfer(w.t.core, w.clerk, { id: doc.id });
    expect(reportId).toBeNull();
    expect(row(w.second, w.cola.id)).toMatchObject({ qty: 24, inTransit: 0 });
    expect(documentView(w.t.core, doc.id).doc.status).toBe('posted');
    expect(checkLedger(w.t.core).ok).toBe(true);
  });

  it('turns a short arrival into a variance report, the loss leaving at cost', () => {
    const doc = shipTransfer(w.t.core, w.clerk, { fromWarehouseId: w.main, toWarehouseId: w.second, lines: [{ productId: w.cola.id, qty: 24 }, { productId: w.tea.id, qty: 6 }] });
    const { reportId } = receiveTransfer(w.t.core, w.clerk, { id: doc.id, lines: [{ lineNo: 1, receivedQty: 21 }] });
    expect(row(w.second, w.cola.id)).toMatchObject({ qty: 21, inTransit: 0 });
    expect(row(w.second, w.tea.id)).toMatchObject({ qty: 6 });
    const report = varianceReportView(w.t.core, reportId!);
    expect(report.lines.map((l) => [l.sku, l.expectedQty, l.actualQty, l.diffQty])).toEqual([['KL001', 24, 21, -3]]);
    // The three missing bottles come off the latest-expiring batch shipped.
    const arrived = documentView(w.t.core, doc.id).moves.filter((m) => m.warehouseId === w.second && !m.inTransit).map((m) => [m.batchNo, m.qty]);
    expect(arrived).toEqual([
      ['EARLY', 20],
      ['LATE', 1],
      ['T1', 6],
    ]);
    expect(checkLedger(w.t.core).ok).toBe(true);
  });

  it('spreads received quantities over shipped batches: shortage from the last, excess onto the last', () => {
    expect(spreadReceived([20, 4], 21)).toEqual([20, 1]);
    expect(spreadReceived([20, 4], 3)).toEqual([3, 0]);
    expect(spreadReceived([20, 4], 30)).toEqual([20, 10]);
    expect(spreadReceived([5], 5)).toEqual([5]);
  });

  it('reverses a transfer in transit back to its source, and refuses receiving it afterwards', () => {
    const doc = shipTransfer(w.t.core, w.clerk, { fromWarehouseId: w.main, toWarehouseId: w.second, lines: [{ productId: w.cola.id, qty: 10 }] });
    const rev = reverseDocument(w.t.core, w.clerk, { id: doc.id, reason: '取消调拨' });
    expect(row(w.main, w.cola.id)).toMatchObject({ qty: 50 });
    expect(row(w.second, w.cola.id)).toMatchObject({ qty: 0, inTransit: 0 });
    expect(documentView(w.t.core, rev.id).doc).toMatchObject({ type: 'reversal', reversesId: doc.id });
    expect(errorOf(() => receiveTransfer(w.t.core, w.clerk, { id: doc.id })).code).toBe('TRANSFER_NOT_IN_TRANSIT');
    expect(errorOf(() => reverseDocument(w.t.core, w.clerk, { id: doc.id, reason: 'again' })).code).toBe('STOCK_DOC_ALREADY_REVERSED');
    expect(errorOf(() => reverseDocument(w.t.core, w.clerk, { id: rev.id, reason: 'again' })).code).toBe('STOCK_REVERSE_REVERSAL');
    expect(checkLedger(w.t.core).ok).toBe(true);
  });

  it('refuses a reversal that would make stock negative, changing nothing', () => {
    const doc = shipTransfer(w.t.core, w.clerk, { fromWarehouseId: w.main, toWarehouseId: w.second, lines: [{ productId: w.tea.id, qty: 12 }] });
    receiveTransfer(w.t.core, w.clerk, { id: doc.id });
    createAdjustment(w.t.core, w.clerk, { warehouseId: w.second, kind: 'damage', reason: '破损', lines: [{ productId: w.tea.id, qty: 5 }] });
    const before = stockSnapshot(w);
    const e = errorOf(() => reverseDocument(w.t.core, w.owner, { id: doc.id, reason: '撤销' }));
    expect(e).toMatchObject({ code: 'STOCK_REVERSAL_NEGATIVE', params: { warehouse: '二号仓', product: '冰红茶 500ml', batch: 'T1', available: 7, needed: 12 } });
    expect(stockSnapshot(w)).toEqual(before);
  });

  it('refuses bad transfers: same warehouse, unknown product, more than in stock, unknown line', () => {
    const before = stockSnapshot(w);
    expect(errorOf(() => shipTransfer(w.t.core, w.clerk, { fromWarehouseId: w.main, toWarehouseId: w.main, lines: [{ productId: w.cola.id, qty: 1 }] })).code).toBe('WAREHOUSE_SAME');
    expect(errorOf(() => shipTransfer(w.t.core, w.clerk, { fromWarehouseId: w.main, toWarehouseId: w.second, lines: [{ productId: 'nope', qty: 1 }] })).code).toBe('PRODUCT_NOT_FOUND');
    expect(errorOf(() => shipTransfer(w.t.core, w.clerk, { fromWarehouseId: w.main, toWarehouseId: w.second, lines: [{ productId: w.cola.id, qty: 51 }] })).code).toBe('STOCK_INSUFFICIENT');
    expect(errorOf(() => shipTransfer(w.t.core, w.clerk, { fromWarehouseId: w.main, toWarehouseId: w.second, lines: [{ productId: w.cola.id, qty: -1 }] })).code).toBe('STOCK_QTY_INVALID');
    expect(stockSnapshot(w)).toEqual(before);
    const doc = shipTransfer(w.t.core, w.clerk, { fromWarehouseId: w.main, toWarehouseId: w.second, lines: [{ productId: w.cola.id, qty: 1 }] });
    expect(errorOf(() => receiveTransfer(w.t.core, w.clerk, { id: doc.id, lines: [{ lineNo: 9, receivedQty: 1 }] })).code).toBe('TRANSFER_LINE_UNKNOWN');
  });
});
