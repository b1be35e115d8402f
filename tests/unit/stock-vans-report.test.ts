// The van's day on paper: the return report (loaded / sold / expected / returned / variance per product), the A4
// loading list and return report HTML, and the loading list as a receipt-printer document.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { transact } from '../../db/tx';
import { printDocumentSchema } from '../../electron/core/devices/print-document';
import { AppError } from '../../electron/core/shared/errors';
import { createDocument, insertLines } from '../../electron/core/stock/documents';
import { prepareLines } from '../../electron/core/stock/lines';
import { postOutboundLine } from '../../electron/core/stock/outbound';
import { printableLoadingList } from '../../electron/core/stock/van-loading-list';
import { loadingListHtml, loadingSlip, vanReturnHtml } from '../../electron/core/stock/van-print';
import { vanReturnReport } from '../../electron/core/stock/van-return-report';
import { loadVan, returnVan } from '../../electron/core/stock/vans';
import { receiveBlind, stockWorld, type StockWorld } from './stock-fixtures';

let w: StockWorld;
beforeEach(async () => {
  w = await stockWorld();
  receiveBlind(w, w.main, [
    { productId: w.cola.id, qty: 96, batchNo: 'K2603', expiresOn: '2026-12-31' },
    { productId: w.tea.id, qty: 40, batchNo: 'T1', expiresOn: '2026-08-31' },
  ]);
});
afterEach(() => w.close());

/** A van sale as the sales module will post it: a 'sale' document taking goods out of the van. */
function sellFromVan(productId: string, qty: number) {
  transact(w.t.sqlite, () => {
    const prepared = prepareLines(w.t.core, [{ productId, qty }]);
    const doc = createDocument(w.t.core, w.driver, { type: 'sale', status: 'posted', warehouseId: w.van });
    insertLines(w.t.core, doc.id, prepared).forEach((l, i) => postOutboundLine(w.t.core, doc, { ...prepared[i]!, lineNo: l.lineNo }, w.van, null));
  });
}

const options = { company: '长沙湘江商贸有限公司', printed: '2026-03-15' };

describe('van return report', () => {
  it('shows loaded, sold, expected, returned and the shortfall valued at cost', () => {
    loadVan(w.t.core, w.clerk, { vanId: w.van, fromWarehouseId: w.main, lines: [{ productId: w.cola.id, unitId: w.cola.units.case, qty: 2 }, { productId: w.tea.id, qty: 12 }] });
    sellFromVan(w.cola.id, 30);
    // 18 cola should come back; the driver brings 16. All 12 tea come back.
    const { doc } = returnVan(w.t.core, w.clerk, { vanId: w.van, toWarehouseId: w.main, lines: [{ productId: w.cola.id, qty: 16 }, { productId: w.tea.id, qty: 12 }] });
    const r = vanReturnReport(w.t.core, w.owner, doc.id);
    expect(r.van).toMatchObject({ name: '一号车', plate: '粤A12345', driverName: '王师傅' });
    expect(r.lines.map((l) => [l.sku, l.baseUnit, l.loaded, l.sold, l.expected, l.returned, l.diff])).toEqual([
      ['KL001', '瓶', 48, 30, 18, 16, -2],
      ['CY002', '瓶', 12, 0, 12, 12, 0],
    ]);
    // Blind receipts carry no price, so the shortfall is valued at the pool's cost of zero; the value comes from the stored variance report.
    expect(r.totals.diffValue).toBe(r.lines[0]!.diffValue);
    expect(r.totals).toMatchObject({ loaded: 60, sold: 30, expected: 30, returned: 28, short: 2, over: 0 });

    // The next day starts from the return: only what is loaded after it counts.
    loadVan(w.t.core, w.clerk, { vanId: w.van, fromWarehouseId: w.main, lines: [{ productId: w.tea.id, qty: 5 }] });
    const next = returnVan(w.t.core, w.clerk, { vanId: w.van, toWarehouseId: w.main, lines: [{ productId: w.tea.id, qty: 6 }] });
    expect(vanReturnReport(w.t.core, w.owner, next.doc.id).lines.map((l) => [l.sku, l.loaded, l.sold, l.expected, l.returned, l.diff])).toEqual([['CY002', 5, 0, 5, 6, 1]]);

    const html = vanReturnHtml(r, options);
    expect(html).toContain('回库差异表');
    expect(html).toContain('可口可乐 500ml');
    expect(html).toMatch(/<tr class="short">.*KL001.*<td class="num">-2<\/td>/);
    expect(html).not.toMatch(/\{\{/);
  });

  it('refuses a loading document as a return, and another driver', () => {
    const load = loadVan(w.t.core, w.clerk, { vanId: w.van, fromWarehouseId: w.main, lines: [{ productId: w.tea.id, qty: 1 }] });
    expect(() => vanReturnReport(w.t.core, w.owner, load.id)).toThrow(AppError);
    const { doc } = returnVan(w.t.core, w.clerk, { vanId: w.van, toWarehouseId: w.main, lines: [] });
    expect(vanReturnReport(w.t.core, w.driver, doc.id).lines).toHaveLength(1);
    const other = loadVan(w.t.core, w.clerk, { vanId: w.otherVan, fromWarehouseId: w.main, lines: [{ productId: w.tea.id, qty: 1 }] });
    expect(() => printableLoadingList(w.t.core, w.driver, other.id)).toThrow(expect.objectContaining({ code: 'VAN_NOT_YOURS' }));
  });
});

describe('loading list printing', () => {
  it('prints cases and loose bottles with batches, on A4 and on the receipt printer', () => {
    const doc = loadVan(w.t.core, w.clerk, {
      vanId: w.van,
      fromWarehouseId: w.main,
      lines: [{ productId: w.cola.id, unitId: w.cola.units.case, qty: 3 }, { productId: w.tea.id, qty: 7 }],
    });
    const list = printableLoadingList(w.t.core, w.clerk, doc.id);
    const html = loadingListHtml(list, options);
    expect(html).toContain('装车单');
    expect(html).toContain('长沙湘江商贸有限公司');
    expect(html).toContain('<td class="num">3箱</td><td class="num">72瓶</td>');
    expect(html).toContain('K2603 至2026-12-31 ×72');
    expect(html).toContain('<td class="num">7瓶</td>');
    expect(html).not.toMatch(/\{\{/);

    const slip = printDocumentSchema.parse(loadingSlip(list, options));
    const text = slip.lines.flatMap((l) => (l.kind === 'text' ? [l.text] : l.kind === 'columns' ? [l.cells.map((c) => c.text).join('|')] : []));
    expect(text).toContain(`单号：${list.number}`);
    expect(text).toContain('可口可乐 500ml|3箱');
    expect(text).toContain('冰红茶 500ml|7瓶');
    expect(slip.lines.at(-1)).toEqual({ kind: 'cut' });
  });
});
