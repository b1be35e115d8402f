// A stocktake by storage location: 'A-01' freezes and compares only the products located at A-01-* in that
// warehouse; a product elsewhere is refused (by scan and by hand) with nothing written.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { translate } from '../../electron/core/shared/messages';
import { setLocation } from '../../electron/core/stock/locations';
import { manualCount, scanCount } from '../../electron/core/stocktake/counting';
import { stocktakeReview } from '../../electron/core/stocktake/review';
import { closeCounting, listStocktakes, snapshotOf, startStocktake } from '../../electron/core/stocktake/stocktakes';
import { errorOf, receiveBlind, stockWorld, tableCounts, type StockWorld } from './stock-fixtures';

let w: StockWorld;
beforeEach(async () => {
  w = await stockWorld();
  receiveBlind(w, w.main, [
    { productId: w.cola.id, qty: 50, batchNo: 'B1', expiresOn: '2026-12-31' },
    { productId: w.tea.id, qty: 12, batchNo: 'T1' },
    { productId: w.chips.id, qty: 7 },
  ]);
  receiveBlind(w, w.second, [{ productId: w.chips.id, qty: 3 }]);
  setLocation(w.t.core, w.clerk, { warehouseId: w.main, productId: w.cola.id, location: 'A-01-03' });
  setLocation(w.t.core, w.clerk, { warehouseId: w.main, productId: w.tea.id, location: 'A-01-05' });
  // Chips sit at A-010 in the main warehouse (not under A-01) and at A-01-01 in the second one.
  setLocation(w.t.core, w.clerk, { warehouseId: w.main, productId: w.chips.id, location: 'A-010-01' });
  setLocation(w.t.core, w.clerk, { warehouseId: w.second, productId: w.chips.id, location: 'A-01-01' });
});
afterEach(() => w.close());

describe('stocktake by location', () => {
  it('counts only the products under the prefix and compares only them', () => {
    const st = startStocktake(w.t.core, w.clerk, { warehouseId: w.main, locationPrefix: ' a-01 ' });
    expect(st.locationPrefix).toBe('A-01');
    expect(listStocktakes(w.t.core, { warehouseId: w.main })[0]).toMatchObject({ id: st.id, locationPrefix: 'A-01', categoryId: null });
    expect(snapshotOf(w.t.core, st.id).map((s) => s.bookQty).sort((a, b) => a - b)).toEqual([12, 50]);

    scanCount(w.t.core, w.clerk, { stocktakeId: st.id, raw: w.cola.case });
    manualCount(w.t.core, w.clerk, { stocktakeId: st.id, productId: w.tea.id, qty: 12 });
    closeCounting(w.t.core, w.clerk, { id: st.id });
    expect(stocktakeReview(w.t.core, st.id).lines.map((l) => [l.sku, l.book, l.counted, l.diff])).toEqual([
      ['CY002', 12, 12, 0],
      ['KL001', 50, 24, -26],
    ]);
  });

  it('refuses a product located elsewhere or nowhere, by scan and by hand, writing nothing', () => {
    const st = startStocktake(w.t.core, w.clerk, { warehouseId: w.main, locationPrefix: 'A-01' });
    const before = tableCounts(w);
    const byScan = errorOf(() => scanCount(w.t.core, w.clerk, { stocktakeId: st.id, raw: w.chips.bottle }));
    expect(byScan.code).toBe('STOCKTAKE_OUT_OF_SCOPE_LOCATION');
    expect(translate(byScan.code, 'zh-CN', byScan.params)).toBe(`“${w.chips.name}”不在本次盘点范围（货位：A-01）`);
    expect(translate(byScan.code, 'en', byScan.params)).toBe(`"${w.chips.name}" is outside this stocktake (location A-01)`);
    // Moved off the shelf meanwhile: the tea has no location any more.
    w.t.sqlite.prepare('DELETE FROM product_locations WHERE product_id = ? AND warehouse_id = ?').run(w.tea.id, w.main);
    const before2 = tableCounts(w);
    expect(errorOf(() => manualCount(w.t.core, w.clerk, { stocktakeId: st.id, productId: w.tea.id, qty: 1 })).code).toBe('STOCKTAKE_OUT_OF_SCOPE_LOCATION');
    expect(tableCounts(w)).toEqual(before2);
    expect(before2).toEqual(before);
    expect(w.t.sqlite.prepare('SELECT count(*) AS n FROM stocktake_counts').get()).toEqual({ n: 0 });
  });

  it('refuses a bad prefix with nothing started', () => {
    const e = errorOf(() => startStocktake(w.t.core, w.clerk, { warehouseId: w.main, locationPrefix: 'A_01' }));
    expect(e.code).toBe('LOCATION_PREFIX_INVALID');
    expect(translate(e.code, 'zh-CN', e.params)).toContain('货位前缀“A_01”无效');
    expect(listStocktakes(w.t.core)).toEqual([]);
  });
});
