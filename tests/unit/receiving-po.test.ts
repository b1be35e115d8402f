// Purchase orders to the brand and receiving against them: partial deliveries reduce what is still expected, the
// order closes when all has arrived, and each receipt is valued at the order's price, so the moving-average cost
// follows in whole fen.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addManualCount } from '../../electron/core/receiving/manual';
import { postReceiving } from '../../electron/core/receiving/post';
import {
  cancelPurchaseOrder,
  createPurchaseOrder,
  purchaseOrderView,
  submitPurchaseOrder,
} from '../../electron/core/receiving/purchase-orders';
import { scanIntoSession } from '../../electron/core/receiving/scan';
import { startReceiving } from '../../electron/core/receiving/sessions';
import { receivingState } from '../../electron/core/receiving/state';
import { AppError } from '../../electron/core/shared/errors';
import { createAdjustment } from '../../electron/core/stock/adjustments';
import { stockBalances } from '../../electron/core/stock/balances';
import { checkLedger } from '../../electron/core/stock/check';
import { documentView } from '../../electron/core/stock/doc-views';
import { insertBrand } from '../../electron/core/catalog/brands';
import { stockWorld, type StockWorld } from './stock-fixtures';

let w: StockWorld;
beforeEach(async () => {
  w = await stockWorld();
});
afterEach(() => w.close());

const pool = () => w.t.sqlite.prepare('SELECT qty, value FROM stock_costs WHERE product_id = ?').get(w.cola.id);

function order(lines: { productId: string; unitId: string; qty: number; price: number }[]) {
  const po = createPurchaseOrder(w.t.core, w.owner, { brandId: w.brandId, warehouseId: w.main, lines });
  return submitPurchaseOrder(w.t.core, w.owner, { id: po.id });
}

const errorOf = (fn: () => unknown): AppError => {
  try {
    fn();
  } catch (e) {
    if (e instanceof AppError) return e;
    throw e;
  }
  throw new Error('expected an AppError');
};

describe('purchase orders', () => {
  it('creates a numbered draft with line amounts, submits it to the brand through the outbox', () => {
    const po = createPurchaseOrder(w.t.core, w.owner, {
      brandId: w.brandId,
      warehouseId: w.main,
      lines: [
        { productId: w.cola.id, unitId: w.cola.units.case, qty: 10, price: 4800 },
        { productId: w.tea.id, unitId: w.tea.units.bottle, qty: 5, price: 250 },
      ],
    });
    expect(po).toMatchObject({ status: 'draft', total: 49_250 });
    expect(po.number).toMatch(/^CG-20260315-\d{4}$/);
    submitPurchaseOrder(w.t.core, w.owner, { id: po.id });
    expect(w.t.sqlite.prepare("SELECT topic, entity_id AS id FROM outbox WHERE topic LIKE 'purchasing.%'").all()).toEqual([{ topic: 'purchasing.order.submitted', id: po.id }]);
    expect(errorOf(() => submitPurchaseOrder(w.t.core, w.owner, { id: po.id })).code).toBe('PO_NOT_DRAFT');
  });

  it("refuses another brand's product, a negative quantity and an empty order, writing nothing", () => {
    const other = insertBrand(w.t.core, { code: 'NFSQ', name: '农夫山泉' });
    expect(errorOf(() => createPurchaseOrder(w.t.core, w.owner, { brandId: other.id, warehouseId: w.main, lines: [{ productId: w.cola.id, unitId: w.cola.units.case, qty: 1, price: 1 }] })).code).toBe('PO_BRAND_MISMATCH');
    const neg = errorOf(() => createPurchaseOrder(w.t.core, w.owner, { brandId: w.brandId, warehouseId: w.main, lines: [{ productId: w.cola.id, unitId: w.cola.units.case, qty: -2, price: 1 }] }));
    expect(neg).toMatchObject({ code: 'STOCK_QTY_INVALID', params: { product: '可口可乐 500ml', qty: -2 } });
    expect(errorOf(() => createPurchaseOrder(w.t.core, w.owner, { brandId: w.brandId, warehouseId: w.main, lines: [] })).code).toBe('STOCK_LINES_EMPTY');
    expect(w.t.sqlite.prepare('SELECT count(*) AS n FROM purchase_orders').get()).toEqual({ n: 0 });
  });

  it('receives in two deliveries, expecting only what is still outstanding, and closes when complete', () => {
    const po = order([{ productId: w.cola.id, unitId: w.cola.units.case, qty: 3, price: 4800 }]);
    const first = startReceiving(w.t.core, w.clerk, { warehouseId: w.main, poId: po.id });
    expect(receivingState(w.t.core, first.id).lines.map((l) => [l.sku, l.expected, l.unitName])).toEqual([['KL001', 72, '箱']]);
    scanIntoSession(w.t.core, w.clerk, { sessionId: first.id, raw: w.cola.case });
    const { reportId } = postReceiving(w.t.core, w.clerk, { id: first.id });
    expect(reportId).not.toBeNull();
    expect(purchaseOrderView(w.t.core, po.id)).toMatchObject({ status: 'submitted', lines: [{ receivedQty: 24 }] });
    // The order cannot be cancelled once goods have arrived against it.
    expect(errorOf(() => cancelPurchaseOrder(w.t.core, w.owner, { id: po.id })).code).toBe('PO_NOT_OPEN');

    const second = startReceiving(w.t.core, w.clerk, { warehouseId: w.main, poId: po.id });
    expect(receivingState(w.t.core, second.id).lines[0]).toMatchObject({ expected: 48 });
    addManualCount(w.t.core, w.clerk, { sessionId: second.id, productId: w.cola.id, unitId: w.cola.units.case, qty: 2 });
    postReceiving(w.t.core, w.clerk, { id: second.id });
    expect(purchaseOrderView(w.t.core, po.id)).toMatchObject({ status: 'received', lines: [{ receivedQty: 72 }] });
    expect(errorOf(() => startReceiving(w.t.core, w.clerk, { warehouseId: w.main, poId: po.id })).code).toBe('PO_NOT_OPEN');
  });
});

describe('moving-average cost', () => {
  it('averages receipts at different prices and takes the outbound share, the last unit out taking what is left', () => {
    // 24 bottles at ¥48/case (200 fen each), then 48 at ¥60/case (250 fen each): average 233.33… fen.
    for (const [qty, price] of [
      [1, 4800],
      [2, 6000],
    ] as const) {
      const po = order([{ productId: w.cola.id, unitId: w.cola.units.case, qty, price }]);
      const s = startReceiving(w.t.core, w.clerk, { warehouseId: w.main, poId: po.id });
      addManualCount(w.t.core, w.clerk, { sessionId: s.id, productId: w.cola.id, unitId: w.cola.units.case, qty, batchNo: `P${price}` });
      postReceiving(w.t.core, w.clerk, { id: s.id });
    }
    expect(pool()).toEqual({ qty: 72, value: 16_800 });
    const damage = createAdjustment(w.t.core, w.clerk, { warehouseId: w.main, kind: 'damage', reason: '破损', lines: [{ productId: w.cola.id, qty: 7 }] });
    // 7 × 16800 / 72 = 1633.33… → 1633 fen, rounded half up in integers.
    expect(documentView(w.t.core, damage.id).moves.reduce((a, m) => a + m.value, 0)).toBe(-1633);
    expect(pool()).toEqual({ qty: 65, value: 15_167 });
    expect(stockBalances(w.t.core, { warehouseId: w.main }).rows[0]).toMatchObject({ qty: 65, value: 15_167 });
    createAdjustment(w.t.core, w.clerk, { warehouseId: w.main, kind: 'write_off', reason: '报废', lines: [{ productId: w.cola.id, qty: 65 }] });
    // The clerk's write-off waits for the owner: nothing moved yet.
    expect(pool()).toEqual({ qty: 65, value: 15_167 });
    expect(checkLedger(w.t.core).ok).toBe(true);
  });
});
