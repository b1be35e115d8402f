// Vans: loading from the main warehouse first-expiring-first (never expired stock), the loading list for the driver,
// the evening return with the driver's count turned into a variance report, and drivers seeing only their van.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppError } from '../../electron/core/shared/errors';
import { stockBalances } from '../../electron/core/stock/balances';
import { checkLedger } from '../../electron/core/stock/check';
import { loadingList, vanStock, vansFor } from '../../electron/core/stock/van-views';
import { loadVan, returnVan } from '../../electron/core/stock/vans';
import { varianceReportView } from '../../electron/core/stock/variance';
import { receiveBlind, stockSnapshot, stockWorld, type StockWorld } from './stock-fixtures';

let w: StockWorld;
beforeEach(async () => {
  w = await stockWorld();
  receiveBlind(w, w.main, [
    { productId: w.cola.id, qty: 48, batchNo: 'OLD', expiresOn: '2026-03-10' },
    { productId: w.cola.id, qty: 30, batchNo: 'NEW', expiresOn: '2026-10-31' },
    { productId: w.tea.id, qty: 40, batchNo: 'T1', expiresOn: '2026-08-31' },
  ]);
});
afterEach(() => w.close());

const qty = (warehouseId: string, productId: string) => stockBalances(w.t.core, { warehouseId, productId }).rows[0]?.qty ?? 0;
const errorOf = (fn: () => unknown): AppError => {
  try {
    fn();
  } catch (e) {
    if (e instanceof AppError) return e;
    throw e;
  }
  throw new Error('expected an AppError');
};

describe('vans', () => {
  it('loads a van skipping expired batches and prints a loading list with batches and whole units', () => {
    const doc = loadVan(w.t.core, w.clerk, { vanId: w.van, fromWarehouseId: w.main, lines: [{ productId: w.cola.id, unitId: w.cola.units.case, qty: 1 }, { productId: w.tea.id, qty: 30 }] });
    expect(doc.number).toMatch(/^ZC-/);
    expect(qty(w.van, w.cola.id)).toBe(24);
    const list = loadingList(w.t.core, w.driver, doc.id);
    expect(list.van).toEqual({ name: '一号车', plate: '粤A12345', driverName: '王师傅' });
    expect(list.lines.map((l) => [l.sku, l.unitName, l.qty, l.whole, l.rest, l.batches.map((b) => [b.batchNo, b.qty])])).toEqual([
      ['KL001', '箱', 1, 1, 0, [['NEW', 24]]],
      ['CY002', '瓶', 30, 30, 0, [['T1', 30]]],
    ]);
    expect(list.totalBase).toBe(54);
    expect(checkLedger(w.t.core).ok).toBe(true);
  });

  it('refuses loading more than the unexpired stock, saying expired stock cannot go, and changes nothing', () => {
    const before = stockSnapshot(w);
    const e = errorOf(() => loadVan(w.t.core, w.clerk, { vanId: w.van, fromWarehouseId: w.main, lines: [{ productId: w.cola.id, qty: 31 }] }));
    expect(e).toMatchObject({ code: 'STOCK_EXPIRED_ONLY', params: { needed: 31, available: 30, expired: 48 } });
    expect(errorOf(() => loadVan(w.t.core, w.clerk, { vanId: w.main, fromWarehouseId: w.main, lines: [{ productId: w.cola.id, qty: 1 }] })).code).toBe('WAREHOUSE_NOT_VAN');
    expect(errorOf(() => loadVan(w.t.core, w.clerk, { vanId: w.van, fromWarehouseId: w.second, lines: [{ productId: w.cola.id, qty: 1 }] })).code).toBe('STOCK_INSUFFICIENT');
    expect(stockSnapshot(w)).toEqual(before);
  });

  it('takes the evening return: the count against the book is a variance, everything counted goes back', () => {
    loadVan(w.t.core, w.clerk, { vanId: w.van, fromWarehouseId: w.main, lines: [{ productId: w.cola.id, qty: 20 }, { productId: w.tea.id, qty: 10 }] });
    // The driver counts 18 cola (2 missing) and lists no tea at all (none left): both are shortages.
    const { doc, reportId } = returnVan(w.t.core, w.clerk, { vanId: w.van, toWarehouseId: w.main, lines: [{ productId: w.cola.id, qty: 18 }, { productId: w.chips.id, qty: 0 }] });
    expect(doc.number).toMatch(/^HC-/);
    expect(qty(w.van, w.cola.id)).toBe(0);
    expect(qty(w.van, w.tea.id)).toBe(0);
    expect(qty(w.main, w.cola.id)).toBe(48 + 10 + 18);
    const report = varianceReportView(w.t.core, reportId!);
    expect(report).toMatchObject({ kind: 'van_return', reference: '粤A12345' });
    expect(report.lines.map((l) => [l.sku, l.expectedQty, l.actualQty, l.diffQty])).toEqual([
      ['KL001', 20, 18, -2],
      ['CY002', 10, 0, -10],
    ]);
    expect(checkLedger(w.t.core).ok).toBe(true);
  });

  it('takes extra goods found in the van in at average cost', () => {
    loadVan(w.t.core, w.clerk, { vanId: w.van, fromWarehouseId: w.main, lines: [{ productId: w.tea.id, qty: 10 }] });
    const { reportId } = returnVan(w.t.core, w.clerk, { vanId: w.van, toWarehouseId: w.main, lines: [{ productId: w.tea.id, qty: 11 }] });
    expect(varianceReportView(w.t.core, reportId!).lines.map((l) => [l.sku, l.diffQty])).toEqual([['CY002', 1]]);
    expect(qty(w.main, w.tea.id)).toBe(41);
    expect(errorOf(() => returnVan(w.t.core, w.clerk, { vanId: w.van, toWarehouseId: w.main, lines: [{ productId: w.tea.id, qty: 1 }, { productId: w.tea.id, qty: 2 }] })).code).toBe('VAN_RETURN_LINE_DUPLICATE');
  });

  it('shows drivers their own van only', () => {
    loadVan(w.t.core, w.clerk, { vanId: w.van, fromWarehouseId: w.main, lines: [{ productId: w.tea.id, qty: 5 }] });
    expect(vansFor(w.t.core, w.driver).map((v) => v.id)).toEqual([w.van]);
    expect(vansFor(w.t.core, w.clerk).map((v) => v.id).sort()).toEqual([w.van, w.otherVan].sort());
    expect(vanStock(w.t.core, w.driver, w.van).products).toMatchObject([{ sku: 'CY002', qty: 5 }]);
    expect(errorOf(() => vanStock(w.t.core, w.driver, w.otherVan)).code).toBe('VAN_NOT_YOURS');
    expect(vanStock(w.t.core, w.accountant, w.otherVan).products).toEqual([]);
  });
});
